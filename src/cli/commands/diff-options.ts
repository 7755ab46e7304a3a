import { Option, type Command } from 'commander'

export const DIFF_FORMATS = ['text', 'markdown', 'json', 'html'] as const
export const FAIL_ON = ['material', 'any'] as const

export interface DiffFlags {
  format: (typeof DIFF_FORMATS)[number]
  failOn?: (typeof FAIL_ON)[number]
  path: string[]
  /** For `--format html`: the reader (region id) and language of the redline. */
  region?: string
  lang?: string
}

/** `policyc diff FROM [TO]`: options only; the work is in diff.ts, imported when it runs. */
export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('semantic diff of policies between two git revisions (or two paths), each change classified material or editorial')
    .argument('<from>', 'a git revision (commit, branch, tag), or a folder or file when TO is one too')
    .argument('[to]', 'a git revision, or a folder or file; the working tree when absent')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
    .addOption(new Option('--fail-on <level>', 'exit 1 when there is a material change, or any change').choices(FAIL_ON))
    .option('--region <region>', 'with --format html: the redline as readers in this region read it (default: every region\'s text)')
    .option('--lang <language>', 'with --format html: the redline in a language the policy is translated into (default: its own)')
    .option('-p, --path <path>', 'in revisions: a policy folder, file, or folder of policies (repeatable; default: policies)', (value: string, previous: string[]) => [...previous, value], [])
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  policyc diff v1                          v1 against the working tree',
        '  policyc diff main HEAD --fail-on material  CI: exit 1 when readers must be told',
        '  policyc diff v1 v2 --format markdown     a pull-request comment',
        '  policyc diff old/xwms policies/xwms      two folders',
        '  policyc diff HEAD~1 --format html --region eea > redline.html',
        '                                           the notice as EEA readers read it, changes marked',
        '',
        'Material: more data, purposes, recipients, transfers or retention, a basis no longer',
        'consent, a right removed or harder to exercise, a region dropped. Editorial: wording,',
        'order, formatting, translations (locales/*.yaml), and changes that only do less with',
        'personal data.',
        '',
        'Exit codes: 0 done, 1 a --fail-on change or sources that do not load, 2 usage error.',
      ].join('\n'),
    )
    .action(async (from: string, to: string | undefined, flags: DiffFlags) => {
      const { runDiff } = await import('./diff.js')
      process.exitCode = await runDiff(from, to, flags)
    })
}
