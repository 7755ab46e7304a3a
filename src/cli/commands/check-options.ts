import { InvalidArgumentError, Option, type Command } from 'commander'

/** The paths when none is typed: the project's `policies` folder (src/cli/project.ts). The same array object each time, so a command can tell it from typed paths. */
export const DEFAULT_PATHS: string[] = ['policies']

/** Output formats of commands that report diagnostics. */
export const REPORT_FORMATS = ['pretty', 'json', 'github', 'sarif'] as const

export interface CheckFlags {
  format: (typeof REPORT_FORMATS)[number]
  maxWarnings?: number
  quiet?: boolean
  /** Today for date-based lint rules (YYYY-MM-DD); else SOURCE_DATE_EPOCH, else the config's `now`. */
  now?: string
  /** The project config file; otherwise policyc.config.yaml from the working folder upward. */
  config?: string
  /** Worker threads (`--jobs`); see workerCount in src/parallel/check-in-workers.ts. */
  jobs?: number
}

/** `--jobs <n>`, shared by check and build. */
export const JOBS_HELP = 'worker threads to check (and build) policies in; 1: none (default: one per core but one, with 3 or more cores and 8 or more policies)'

/** `policyc check [paths...]`: options only; the work is in check.ts, imported when it runs. */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('validate policies: YAML, schema, references, directives and lint rules; exit 1 on errors')
    .argument('[paths...]', 'policy folders, YAML files, or folders of policies', DEFAULT_PATHS)
    .addOption(new Option('-f, --format <format>', 'output format').choices(REPORT_FORMATS).default('pretty'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('-q, --quiet', 'print errors only, no summary')
    .option('--now <date>', 'the date lint rules treat as today, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, then `now` in the config)')
    .option('--config <file>', 'the project config (default: policyc.config.yaml in this folder or above)')
    .option('-j, --jobs <n>', JOBS_HELP, parseJobs)
    .addHelpText(
      'after',
      '\nExamples:\n  policyc check                     check every policy under policies/\n  policyc check policies/xwms       check one policy\n  policyc check --format json       machine-readable output\n  policyc check --format github     annotations on a GitHub pull request\n  policyc check --format sarif > policyc.sarif   for code scanning\n  policyc check --max-warnings 0    fail CI on any warning\n\nExit codes: 0 no errors, 1 errors (or too many warnings), 2 usage error.',
    )
    .action(async (paths: string[], flags: CheckFlags) => {
      const { runCheck } = await import('./check.js')
      process.exitCode = await runCheck(paths, flags)
    })
}

/** A number of worker threads: a whole number from 1. */
export function parseJobs(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number from 1, such as 2.')
  return n
}

function parseCount(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number such as 0 or 10.')
  return n
}
