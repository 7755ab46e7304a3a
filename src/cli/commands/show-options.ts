import { Option, type Command } from 'commander'

export const SHOW_FORMATS = ['text', 'json'] as const

export interface ShowFlags {
  asOf?: string
  region?: string
  format: (typeof SHOW_FORMATS)[number]
}

/** `policyc show POLICY [--as-of DATE]`: options only; the work is in show.ts, imported when it runs. */
export function registerShow(program: Command): void {
  program
    .command('show')
    .description("list a policy's versions from git history, or the version in force on a date")
    .argument('<policy>', 'a policy folder or file (such as policies/xwms), or a policy id')
    .option('--as-of <date>', 'the version in force on this date (YYYY-MM-DD)')
    .option('--region <region>', 'with --as-of: for readers in this region (such as eea or us-ca)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(SHOW_FORMATS).default('text'))
    .addHelpText(
      'after',
      [
        '',
        'A version is each distinct effective date in the commits that changed the policy, or each',
        'tag named <policy-id>/<name> when the repository has such tags.',
        '',
        'Examples:',
        '  policyc show policies/xwms                               every version',
        '  policyc show xwms-privacy --as-of 2025-07-01 --region eea  what applied on that day',
        '',
        'Exit codes: 0 found, 1 no version in force on that date (or not in that region), 2 usage error.',
      ].join('\n'),
    )
    .action(async (policy: string, flags: ShowFlags) => {
      const { runShow } = await import('./show.js')
      process.exitCode = await runShow(policy, flags)
    })
}
