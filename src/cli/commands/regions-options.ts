import { Option, type Command } from 'commander'

/** Output formats of `policyc regions`. */
export const REGIONS_FORMATS = ['text', 'json'] as const

/** `policyc regions`: every region id a policy can name in `regions:`, with its name and laws. */
export function registerRegions(program: Command): void {
  program
    .command('regions')
    .description('list every region id a policy can serve, with its name and the laws policyc checks there')
    .addOption(new Option('-f, --format <format>', 'output format').choices(REGIONS_FORMATS).default('text'))
    .option('--unverified', 'list instead every catalog fact no source read has confirmed, with why')
    .addHelpText(
      'after',
      '\nUse the ids in a policy\'s `regions:` list, in `regions:` of a section and in `:::only{regions="…"}`\n(`us-*` matches every US state a policy serves).\n\nExamples:\n  policyc regions\n  policyc regions --format json\n  policyc regions --unverified\n\nExit codes: 0 listed, 2 usage error.',
    )
    .action(async (flags: { format: (typeof REGIONS_FORMATS)[number]; unverified?: boolean }) => {
      const { listRegions, listUnverified } = await import('./regions.js')
      process.stdout.write(flags.unverified ? listUnverified(flags.format) : listRegions(flags.format))
    })
}
