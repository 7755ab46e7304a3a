import { applicableLaws, transferToolsFor } from '../../applicability/index.js'
import { jurisdiction } from '../../catalog/catalog.js'
import { indexed } from '../facts.js'
import { defineRule } from '../rule.js'

/**
 * A transfer a page shows under an exporting law other than the GDPR family (FADP Art 16-17, LGPD
 * Art 33, POPIA s.72, APP 8, NZ IPP 12) names no tool that law recognises, so the page says "not
 * stated" under it. The GDPR and UK GDPR are left to transfer-safeguard-missing.
 */
export default defineRule({
  id: 'transfer-tool-missing-under-law',
  severity: 'warning',
  description: 'A transfer shown to readers of a non-GDPR exporting law (FADP, LGPD, POPIA, APP, NZ Privacy Act) names no tool that law recognises',
  docs: {
    why: 'Each exporting law has its own transfer tools: EU standard contractual clauses are not the ANPD\'s clauses (LGPD Art 33(II)(b)), a binding agreement under POPIA s.72(1)(a), the reasonable steps of APP 8.1, or an IPP 12(1)(f) agreement. A page never shows another law\'s tool as this law\'s, so a recipient that names only GDPR tools is shown as "not stated" under this law.',
    law: 'FADP Art 16-17; LGPD Art 33; POPIA s.72; Privacy Act 1988 APP 8 and s.16C; Privacy Act 2020 (NZ) IPP 12',
    fix: 'Add to the recipient\'s `safeguards` the tool relied on under that law (ch-scc, br-scc, za-binding-agreement, au-contract, nz-model-clauses, bcr, consent, contract-necessity), or remove the region if the transfer does not concern its readers.',
    bad: 'regions: [br]\nrecipients:\n  - { id: mailer, name: Mailer Inc., role: processor, purposes: [newsletter], countries: [US], safeguards: [scc] }',
    good: 'regions: [br]\nrecipients:\n  - { id: mailer, name: Mailer Inc., role: processor, purposes: [newsletter], countries: [US], safeguards: [scc, br-scc] }',
  },
  check({ model, report }) {
    // One finding per recipient: every law (with the regions whose pages show it) and every country
    // for which the recipient names none of that law's tools.
    const found = new Map<number, { recipient: string; laws: Map<string, { regions: Set<string>; countries: Set<string> }> }>()
    for (const regionId of model.policy.regions) {
      const region = jurisdiction(regionId)
      if (!region) continue
      const laws = applicableLaws(model.policy, region)
      for (const { item: recipient, index } of indexed(model.policy.recipients)) {
        for (const country of recipient.countries ?? []) {
          for (const { law, tools } of transferToolsFor(recipient, country, laws)) {
            if (law.family === 'gdpr' || tools.length > 0) continue
            const entry = found.get(index) ?? { recipient: recipient.name, laws: new Map() }
            const label = law.laws[0].short
            const byLaw = entry.laws.get(label) ?? { regions: new Set<string>(), countries: new Set<string>() }
            byLaw.regions.add(regionId)
            byLaw.countries.add(country)
            entry.laws.set(label, byLaw)
            found.set(index, entry)
          }
        }
      }
    }
    for (const [index, entry] of found) {
      const laws = [...entry.laws].map(([law, { regions, countries }]) => `the ${law} (${[...regions].join(', ')} page) for ${[...countries].join(', ')}`)
      report({
        path: ['recipients', index, 'countries'],
        regions: [...new Set([...entry.laws.values()].flatMap((l) => [...l.regions]))],
        reason: `Recipient \`${entry.recipient}\` names no transfer tool recognised by ${laws.join('; ')}, so those pages say the safeguard is not stated under that law`,
        hint: 'Add to `safeguards` the tool relied on under each law (see `policyc explain transfer-tool-missing-under-law`), or leave the page saying it is not stated.',
      })
    }
  },
})
