import { formatPlace } from '../../diagnostics/diagnostic.js'
import { indexed, listShort } from '../facts.js'
import { defineRule } from '../rule.js'

/** The erasure right the law gives is offered only as account deactivation (or not at all). */
export default defineRule({
  id: 'claim-erasure-contradicted',
  severity: 'warning',
  description: 'The notice promises erasure, but the erasure right is only account deactivation',
  docs: {
    why: 'The right to erasure means the data is deleted, subject only to the exceptions the law lists. Offering only to deactivate or hide an account, while the rights table promises erasure, tells readers they have a right the service does not honour.',
    law: 'GDPR Art 17 and Art 13(2)(b); UK GDPR Art 17; CCPA Civ. Code §1798.105; the erasure rights of the other regions served',
    fix: 'Delete (or anonymise) the data on request and describe the real exceptions (`scope: partial` with a description); if the claim says full deletion, make the retention rules delete too.',
    bad: 'regions: [eea]\nrights:\n  channels: [{ id: email, type: email, email: privacy@example.com }]\n  limits:\n    - { right: right-erasure, scope: account-deactivation-only }',
    good: 'regions: [eea]\nrights:\n  channels: [{ id: email, type: email, email: privacy@example.com }]\n  limits:\n    - { right: right-erasure, scope: partial, description: Invoices are kept for 7 years as tax law requires. }',
  },
  check({ model, report }) {
    const regions = model.regions.flatMap((region) => {
      const right = region.rights.find((r) => r.key === 'right-erasure')
      return right ? [`${region.id} (${right.citation})`] : []
    })
    const claim = model.policy.claims?.erasure
    const limit = indexed(model.policy.rights?.limits).find(({ item }) => item.right === 'right-erasure')
    const narrowed = limit && (limit.item.scope === 'account-deactivation-only' || limit.item.scope === 'not-offered')
    if (regions.length > 0 && (narrowed || claim === 'account-deactivation-only')) {
      const what = limit?.item.scope === 'not-offered' ? 'is not offered' : 'is limited to account deactivation'
      report({
        path: narrowed ? ['rights', 'limits', limit.index, 'scope'] : ['claims', 'erasure'],
        regions: model.regions.filter((region) => region.rights.some((r) => r.key === 'right-erasure')).map((region) => region.id),
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
