import type { Command } from 'commander'

/** `policyc schema`: where the schema is, for editors and the `$schema` line of policy files. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the path of the policy JSON Schema (for the `# yaml-language-server: $schema=…` line)')
    .option('--part', 'the schema for one file of a policy split over several files')
    .option('--relative-to <dir>', 'print the path relative to this folder (e.g. a policy folder)')
    .addHelpText('after', '\nExamples:\n  policyc schema                                 absolute path\n  policyc schema --relative-to policies/xwms     ../../schemas/policy.schema.json\n')
    .action(async (flags: { part?: boolean; relativeTo?: string }) => {
      const { schemaPath } = await import('./schema.js')
      process.stdout.write(`${schemaPath(flags)}\n`)
    })
}
