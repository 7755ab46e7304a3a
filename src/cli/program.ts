/**
 * The policyc program: commander with every command's options (commands/<name>-options.ts, tiny
 * files importing nothing but commander); a command's work (commands/<name>.ts) is imported only
 * when it runs. Loaded by index.ts for everything but `policyc --version`.
 */
import { readFileSync } from 'node:fs'
import { Command, CommanderError } from 'commander'
import { printable } from '../diagnostics/reporters/pretty.js'
import { OutputWriteFailed } from '../site/write-failure.js'
import { UsageError, EXIT } from './exit.js'
import { fileAccessMessage } from './file-access-error.js'

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }

const program = new Command('policyc')
  .description('Validate privacy notices kept as YAML and compile them into a static site.')
  .version(pkg.version, '-v, --version', 'print the version')
  .helpOption('-h, --help', 'show help')
  .showSuggestionAfterError(true)
  .exitOverride()

const { registerCheck } = await import('./commands/check-options.js')
registerCheck(program)
;(await import('./commands/build-options.js')).registerBuild(program)
for (const register of [(await import('./commands/diff-options.js')).registerDiff, (await import('./commands/show-options.js')).registerShow]) register(program)
;(await import('./commands/lint-options.js')).registerLint(program)
;(await import('./commands/dev-options.js')).registerDev(program)
;(await import('./commands/init-options.js')).registerInit(program)
;(await import('./commands/translate-options.js')).registerTranslate(program)
const { registerSchema } = await import('./commands/schema-options.js')
registerSchema(program)
;(await import('./commands/scan-options.js')).registerScan(program)
;(await import('./commands/regions-options.js')).registerRegions(program)

// `policyc check | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

try {
  await program.parseAsync(process.argv)
} catch (error) {
  process.exitCode = exitCodeFor(error)
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok
    return EXIT.usage
  }
  // A full disk or too many open files is the environment's problem, not a bug: one line, exit 2.
  if (error instanceof UsageError || error instanceof OutputWriteFailed) {
    // Messages quote what the user typed (`--now`, a path): never a raw control character.
    process.stderr.write(`policyc: ${printable(error.message)}\n`)
    return EXIT.usage
  }
  // A folder it may not read, a read-only disk: the machine's doing, one line (issue 20, finding 15).
  const access = fileAccessMessage(error)
  if (access) {
    process.stderr.write(`policyc: ${printable(access)}\n`)
    return EXIT.usage
  }
  const message = error instanceof Error ? error.message : String(error)
  process.stderr.write(`policyc: internal error: ${printable(message)}\nThis is a bug in policyc, not in your policy. Run again with POLICYC_DEBUG=1 for details and report it.\n`)
  if (process.env.POLICYC_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`)
  return EXIT.usage
}
