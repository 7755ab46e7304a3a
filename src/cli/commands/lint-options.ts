import { Option, type Command } from 'commander'
import { DEFAULT_PATHS } from './check-options.js'

/** Output formats of `policyc coverage`. */
export const COVERAGE_FORMATS = ['pretty', 'markdown', 'json'] as const

export interface CoverageFlags {
  format: (typeof COVERAGE_FORMATS)[number]
  now?: string
  config?: string
}

/** `policyc coverage [paths...]` and `policyc explain [rule]`: options only; the work is imported when they run. */
export function registerLint(program: Command): void {
  program
    .command('coverage')
    .description('show, per region, which notice elements its law requires and whether each is met')
    .argument('[paths...]', 'policy folders, YAML files, or folders of policies', DEFAULT_PATHS)
    .addOption(new Option('-f, --format <format>', 'output format').choices(COVERAGE_FORMATS).default('pretty'))
    .option('--now <date>', 'judge elements as of this date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, the config\'s `now`, then each policy\'s effective date)')
    .option('--config <file>', 'the project config (default: policyc.config.yaml in this folder or above)')
    .addHelpText(
      'after',
      '\nEach cell is ✔ met, ✖ missing, – not applicable (condition does not hold, or not in force yet) or ? not evaluated,\nwith the level: R required, C required when its condition holds, B best practice.\n\nExamples:\n  policyc coverage policies/xwms\n  policyc coverage --format markdown > coverage.md\n\nExit codes: 0 matrix printed, 1 a policy has errors and has no matrix, 2 usage error.',
    )
    .action(async (paths: string[], flags: CoverageFlags) => {
      const { runCoverage } = await import('./coverage.js')
      process.exitCode = await runCoverage(paths, flags)
    })

  program
    .command('explain')
    .description('print the documentation of a lint rule (without a rule: list them all)')
    .argument('[rule]', 'a rule id, such as category-unused')
    .action(async (rule: string | undefined) => {
      const { runExplain } = await import('./explain.js')
      process.exitCode = runExplain(rule)
    })
}
