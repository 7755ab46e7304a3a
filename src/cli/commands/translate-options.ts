import { Option, type Command } from 'commander'

/** Output formats of `policyc translate status`. */
export const STATUS_FORMATS = ['pretty', 'json'] as const

export interface TranslateStatusFlags {
  format: (typeof STATUS_FORMATS)[number]
}

export interface TranslateStampFlags {
  all?: boolean
}

/** `policyc translate status|stamp`: options only; the work is in translate.ts, imported when it runs. */
export function registerTranslate(program: Command): void {
  const translate = program
    .command('translate')
    .description('translations of a policy (locales/<language>.yaml): coverage, stale entries, source hashes')

  translate
    .command('status')
    .description('per translation: coverage, and the entries that are stale, missing or orphaned')
    .argument('[paths...]', 'policy folders, or folders of policies', ['policies'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(STATUS_FORMATS).default('pretty'))
    .addHelpText('after', '\nExamples:\n  policyc translate status\n  policyc translate status policies/xwms --format json\n\nExit codes: 0 status printed, 1 a policy or translation file has errors (run `policyc check`), 2 usage error.')
    .action(async (paths: string[], flags: TranslateStatusFlags) => {
      const { runTranslateStatus } = await import('./translate.js')
      process.exitCode = await runTranslateStatus(paths, flags)
    })

  translate
    .command('stamp')
    .description('record that entries are translated from the source as it is now: writes only their `source-hash`')
    .argument('<policy>', 'the policy folder, such as policies/xwms')
    .argument('<language>', 'the translation, such as nl (locales/nl.yaml)')
    .argument('[entries...]', 'entries you brought up to date: sections.cookies, categories.payment-data, title, rights, … (a bare id when it is unambiguous)')
    .option('--all', 'stamp every entry the file has (only after reviewing each one against the source)')
    .addHelpText('after', '\nExamples:\n  policyc translate stamp policies/xwms nl sections.cookies\n  policyc translate stamp policies/xwms nl purposes.marketing cookies.ga\n\nExit codes: 0 stamped (or already current), 1 an entry could not be stamped (nothing is written), 2 usage error.')
    .action(async (policy: string, language: string, entries: string[], flags: TranslateStampFlags) => {
      const { runTranslateStamp } = await import('./translate.js')
      process.exitCode = await runTranslateStamp(policy, language, entries, flags)
    })
}
