import type { Command } from 'commander'

export interface InitFlags {
  org?: string
  regions?: string[]
  quiet?: boolean
  verbose?: boolean
}

/** `policyc init [dir]`: options only; the work is in init.ts, imported when it runs. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('start a policy project: a policy from the example, config, .gitignore and a CI workflow')
    .argument('[dir]', 'the project folder (created when missing)', '.')
    .option('--org <name>', 'your organisation\'s name, used in the policy text and its id')
    .option('--regions <ids>', 'regions to serve, comma-separated (default: every region the example covers)', splitList)
    .option('-q, --quiet', 'print nothing but errors')
    .option('--verbose', 'also say what was checked')
    .addHelpText(
      'after',
      '\nExamples:\n  policyc init                                    in this folder\n  policyc init my-policies --org "Example Org" --regions eea,uk,us-ca\n\nIt never overwrites a file: when one it would write exists, it writes nothing and says which.\nExit codes: 0 created, 2 nothing written (files exist, or a bad option).',
    )
    .action(async (dir: string, flags: InitFlags) => {
      const { runInit } = await import('./init.js')
      process.exitCode = await runInit(dir, flags)
    })
}

function splitList(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), ...value.split(/[\s,]+/).filter(Boolean)]
}
