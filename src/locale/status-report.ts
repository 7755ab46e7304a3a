import type { TranslationStatus } from './check-locale.js'
import { describeLanguage } from './check-locale.js'

/** Where the translations of one policy stand, for `policyc translate status`. */
export interface PolicyTranslations {
  /** The policy folder, as shown to the user. */
  policy: string
  /** The source language; undefined when the policy itself could not be resolved. */
  language: string | undefined
  statuses: TranslationStatus[]
  /** Files (the policy's or a translation's) with errors that kept them from being checked. */
  unreadable: string[]
}

/**
 * The human report: one line per translation with its coverage and counts, then one line per
 * stale, missing or orphaned entry, so a translator sees the work left at a glance.
 *
 *   policies/xwms  English (en)
 *     nl  Dutch  100% translated (98 of 98), 0 stale, 0 missing, 0 orphaned  policies/xwms/locales/nl.yaml
 */
export function formatStatusPretty(reports: readonly PolicyTranslations[]): string {
  const out: string[] = []
  for (const report of reports) {
    out.push(report.language ? `${report.policy}  ${describeLanguage(report.language)} (${report.language})` : report.policy)
    for (const file of report.unreadable) out.push(`  ✖ ${file} has errors: run \`policyc check ${report.policy}\``)
    if (report.language && report.statuses.length === 0 && report.unreadable.length === 0) out.push(`  no translations: add ${report.policy}/locales/<language>.yaml`)
    for (const s of report.statuses) {
      out.push(`  ${s.language}  ${describeLanguage(s.language)}  ${s.coverage}% translated (${s.translated} of ${s.required}), ${s.stale.length} stale, ${s.missing.length} missing, ${s.orphans.length} orphaned  ${s.file}`)
      for (const stale of s.stale) out.push(`    stale    ${stale.key}${stale.material ? '  (error: states facts)' : ''}`)
      for (const key of s.missing) out.push(`    missing  ${key}`)
      for (const key of s.orphans) out.push(`    orphan   ${key}`)
    }
  }
  return `${out.join('\n')}\n`
}

export function formatStatusJson(reports: readonly PolicyTranslations[]): string {
  return `${JSON.stringify({ policies: reports }, null, 2)}\n`
}
