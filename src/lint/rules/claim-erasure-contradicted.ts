import type { Jurisdiction } from '../../catalog/catalog.js'
import { formatPlace } from '../../diagnostics/diagnostic.js'
import { indexed, listShort } from '../facts.js'
import { defineRule } from '../rule.js'

/**
 * Deletion rights the catalog files under another right: South Africa's POPIA s.24(1) lets a data
 * subject ask for personal information to be deleted (when it is inaccurate, irrelevant, excessive,
 * out of date, incomplete, misleading or unlawfully obtained) and a record destroyed once the
 * responsible party may no longer keep it (s.14), within the right to correction.
 */
const ERASURE_WITHIN_OTHER_RIGHTS: Readonly<Record<string, string>> = {
  za: 'POPIA s.24(1)(a)-(b)',
}

/** Every served region whose law gives a right to have personal data deleted, with its citation. */
function erasureRegions(regions: readonly Jurisdiction[]): { id: string; citation: string }[] {
  return regions.flatMap((region) => {
    const right = region.rights.find((r) => r.key === 'right-erasure')
    const citation = right?.citation ?? ERASURE_WITHIN_OTHER_RIGHTS[region.id]
    return citation ? [{ id: region.id, citation }] : []
  })
}

/** The erasure right the law gives is offered only as account deactivation (or not at all). */
export default defineRule({
  id: 'claim-erasure-contradicted',
  severity: 'warning',
  description: 'The notice promises erasure, but the erasure right is only account deactivation',
  docs: {
    why: 'The right to erasure means the data is deleted, subject only to the exceptions the law lists. Offering only to deactivate or hide an account, while the rights table promises erasure, tells readers they have a right the service does not honour.',
    law: 'GDPR Art 17 and Art 13(2)(b); UK GDPR Art 17; FADP Art 32(2)(c); CCPA Civ. Code §1798.105 and the deletion rights of the other US state laws; LGPD Art 18 VI; POPIA s.24(1); each finding lists the served regions whose law gives the right, with the article',
    fix: 'Delete (or anonymise) the data on request and describe the real exceptions (`scope: partial` with a description); if the claim says full deletion, make the retention rules delete too.',
    bad: 'regions: [eea]\nrights:\n  channels: [{ id: email, type: email, email: privacy@example.com }]\n  limits:\n    - { right: right-erasure, scope: account-deactivation-only }',
    good: 'regions: [eea]\nrights:\n  channels: [{ id: email, type: email, email: privacy@example.com }]\n  limits:\n    - { right: right-erasure, scope: partial, description: Invoices are kept for 7 years as tax law requires. }',
  },
  check({ model, report }) {
    const granting = erasureRegions(model.regions)
    const regions = granting.map((r) => `${r.id} (${r.citation})`)
    const claim = model.policy.claims?.erasure
    const limit = indexed(model.policy.rights?.limits).find(({ item }) => item.right === 'right-erasure')
    const narrowed = limit && (limit.item.scope === 'account-deactivation-only' || limit.item.scope === 'not-offered')
    if (regions.length > 0 && (narrowed || claim === 'account-deactivation-only')) {
      const what = limit?.item.scope === 'not-offered' ? 'is not offered' : 'is limited to account deactivation'
      report({
        path: narrowed ? ['rights', 'limits', limit.index, 'scope'] : ['claims', 'erasure'],
        regions: granting.map((r) => r.id),
        reason: `The right to erasure ${what}, but the law gives a right to have personal data deleted in ${listShort(regions, 3)}`,
        hint: 'Delete or anonymise the data on request, keeping only what a legal exception requires, and describe those exceptions (`scope: partial`).',
      })
      return
    }
    if (claim === 'full-deletion') {
      const keeps = indexed(model.policy.retention).find(({ item }) => item.then === 'deactivate' || item.then === 'isolate' || item.period === 'indefinite')
      const at = formatPlace(model.source.locate(['claims', 'erasure']))
      if (narrowed) report({ path: ['rights', 'limits', limit.index, 'scope'], reason: `The right to erasure is limited here, but \`claims.erasure\` at ${at} promises full deletion` })
      else if (keeps) report({ path: ['claims', 'erasure'], reason: `\`claims.erasure\` promises full deletion, but retention rule \`${keeps.item.id}\` keeps data (${keeps.item.period === 'indefinite' ? 'indefinitely' : `then: ${keeps.item.then}`})`, hint: 'Say which data is kept and why (`deletion-with-exceptions`), or make the rule delete.' })
    }
  },
})
