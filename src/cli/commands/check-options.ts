import { Option, type Command } from 'commander'

/** Output formats of commands that report diagnostics. */
export const REPORT_FORMATS = ['pretty', 'json'] as const

export interface CheckFlags {
  format: (typeof REPORT_FORMATS)[number]
  maxWarnings?: number
  quiet?: boolean
}

/** `policyc check [paths...]`: options only; the work is in check.ts, imported when it runs. */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('validate policies: YAML, schema, references and directives; exit 1 on errors')
    .argument('[paths...]', 'policy folders, YAML files, or folders of policies', ['policies'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(REPORT_FORMATS).default('pretty'))
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('-q, --quiet', 'print errors only, no summary')
    .addHelpText('after', '\nExamples:\n  policyc check                     check every policy under policies/\n  policyc check policies/xwms       check one policy\n  policyc check --format json       machine-readable output\n\nExit codes: 0 no errors, 1 errors (or too many warnings), 2 usage error.\n')
    .action(async (paths: string[], flags: CheckFlags) => {
      const { runCheck } = await import('./check.js')
      process.exitCode = await runCheck(paths, flags)
    })
}

function parseCount(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) throw new Error(`--max-warnings expects a whole number, got "${value}"`)
  return n
}
