import { Option, type Command } from 'commander'

/** Output formats of `policyc regions`. */
export const REGIONS_FORMATS = ['text', 'json'] as const

/** `policyc regions`: every region id a policy can name in `regions:`, with its name and laws. */
export function registerRegions(program: Command): void {
  program
    .command('regions')
    .argument('[paths...]', 'policy folders whose own declared regions (`declared-regions`) to list too')
    .description('list every region id a policy can serve, with its name and the laws policyc checks there')
    .addOption(new Option('-f, --format <format>', 'output format').choices(REGIONS_FORMATS).default('text'))
    .option('--unverified', 'list instead every catalog fact no source read has confirmed, with why')
    .addHelpText(
      'after',
      '\nUse the ids in a policy\'s `regions:` list, in `regions:` of a section and in `:::only{regions="…"}`\n(`us-*` matches every US state a policy serves).\n\nExamples:\n  policyc regions\n  policyc regions --format json\n  policyc regions policies/acme     (also the regions that policy declares)\n  policyc regions --unverified\n\nExit codes: 0 listed, 1 a policy does not resolve, 2 usage error.',
    )
    .action(async (paths: string[], flags: { format: (typeof REGIONS_FORMATS)[number]; unverified?: boolean }) => {
      const { listRegions, listUnverified, declaredRegionsOf } = await import('./regions.js')
      if (flags.unverified) {
        process.stdout.write(listUnverified(flags.format))
        return
      }
      const declared = await declaredRegionsOf(paths)
      if ('problem' in declared) {
        process.stderr.write(`${declared.problem}\n`)
        process.exitCode = 1
        return
      }
      process.stdout.write(listRegions(flags.format, declared.regions))
    })
}
