import type { Jurisdiction } from '../../catalog/catalog.js'
import { adequateUnder } from '../../applicability/transfer-tools.js'
import { gdprRegions, indexed } from '../facts.js'
import { defineRule } from '../rule.js'

/** A recipient in a country without adequacy, with no Art 46 safeguard (or a wrong adequacy claim). */
export default defineRule({
  id: 'transfer-safeguard-missing',
  severity: 'warning',
  description: 'A recipient outside the EEA, the UK and adequate countries with no transfer safeguard, while the EEA or UK is served',
  docs: {
    why: 'Personal data from the EEA or the UK may go to a country without an adequacy decision only with an appropriate safeguard (standard contractual clauses, BCRs, the Data Privacy Framework for certified US companies…), and the notice must name it and say where a copy can be obtained. The EU and UK adequacy lists differ (Brazil is on the EU list since 26 January 2026, not on the UK one), so each served region is judged by its own.',
    law: 'GDPR Art 44-46 and Art 13(1)(f); UK GDPR Art 44-46 and Art 13(1)(f)',
    fix: 'Set `transfer:` on the recipient to the safeguard relied on (scc, dpf, bcr, uk-idta, uk-addendum, …); if the country has no adequacy decision, do not claim `adequacy`.',
    bad: 'regions: [eea]\nrecipients:\n  - { id: mailer, name: Mailer Inc., role: processor, purposes: [newsletter], countries: [US] }',
    good: 'regions: [eea]\nrecipients:\n  - { id: mailer, name: Mailer Inc., role: processor, purposes: [newsletter], countries: [US], transfer: scc }',
  },
  check({ model, report }) {
    const regions = gdprRegions(model)
    if (regions.length === 0) return
    // Adequacy lists differ by law (src/lint/facts.ts): a country counts as lacking where any
    // served GDPR-family region has no decision for it, and the message names those regions.
    const adequate = regions.map((region) => ({ region, countries: adequateUnder(region) }))
    const lackingIn = (country: string) => adequate.filter(({ countries }) => !countries.has(country)).map(({ region }) => region)
    for (const { item: recipient, index } of indexed(model.policy.recipients)) {
      const countries = indexed(recipient.countries)
        .map((entry) => ({ ...entry, lacking: lackingIn(entry.item) }))
        .filter(({ lacking }) => lacking.length > 0)
      if (countries.length === 0) continue
      if (recipient.transfer === 'adequacy') {
        report({
          path: ['recipients', index, 'transfer'],
          reason: `Recipient \`${recipient.name}\` claims an adequacy decision, but ${countries.map((c) => c.item).join(', ')} ha${countries.length === 1 ? 's' : 've'} none${adequacyCited(countries.flatMap((c) => c.lacking), regions)}`,
          hint: 'Name the safeguard actually relied on: `scc`, `dpf` (certified US companies), `bcr`, …',
        })
        continue
      }
      if (recipient.transfer !== undefined && recipient.transfer !== 'none') continue
      for (const { item: country, index: countryIndex, lacking } of countries) {
        const served = lacking.map((r) => r.id).join(' and ')
        report({
          path: ['recipients', index, 'countries', countryIndex],
          reason: `Recipient \`${recipient.name}\` receives data in ${country}, which has no adequacy decision${lawsOf(lacking, regions)}, but no transfer safeguard is named while ${served} ${lacking.length === 1 ? 'is' : 'are'} served (${lacking.every((r) => r.id === 'uk') ? 'UK GDPR' : 'GDPR'} Art 46, Art 13(1)(f))`,
          hint: 'Set `transfer:` to the safeguard relied on, such as `scc` or `dpf`.',
        })
      }
    }
  },
})

/** " for uk (UK GDPR Art 45; DPA 2018 s.17A)": the served regions that lack a decision when only some do, and each one's own adequacy article. */
function adequacyCited(lacking: readonly Jurisdiction[], served: readonly Jurisdiction[]): string {
  const laws = served.filter((region) => lacking.includes(region))
  return `${lawsOf(laws, served)} (${laws.map((r) => r.transfers?.['adequacy-citation'] ?? 'GDPR Art 45').join('; ')})`
}

/** " for uk" when only some of the served GDPR-family regions lack a decision; nothing when all do (the message as it always read). */
function lawsOf(lacking: readonly Jurisdiction[], served: readonly Jurisdiction[]): string {
  const ids = [...new Set(lacking.map((r) => r.id))]
  return ids.length === served.length ? '' : ` for ${ids.join(' and ')}`
}
