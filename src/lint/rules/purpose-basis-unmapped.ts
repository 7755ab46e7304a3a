import { basisIn, indexed } from '../facts.js'
import { defineRule } from '../rule.js'

/**
 * A purpose with no legal basis mapped to it, in a notice that lists its bases without saying
 * which purpose uses which (`bases-relied-on`). The format accepts the notice as it stands, so
 * nothing is invented; this rule reports the gap the law sees in it.
 */
export default defineRule({
  id: 'purpose-basis-unmapped',
  severity: 'warning',
  description: 'A purpose the notice maps no legal basis to, where the law asks for the basis of each processing',
  docs: {
    why: 'A list of bases ("we rely on consent, contract and legitimate interests") does not tell the reader which basis covers which use of their data, and so which rights (to withdraw consent, to object) they have against each. The GDPR asks for the purposes "as well as the legal basis for the processing", and the EDPB/WP29 transparency guidelines (WP260 rev.01) ask that each purpose be linked to its basis.',
    law: 'GDPR Art 13(1)(c) and Art 14(1)(c); UK GDPR Art 13(1)(c); WP260 rev.01 (Annex)',
    fix: 'When the controller states which basis each purpose uses, write it in that purpose\'s `basis` (or `basis-by-region`). Until then keep `bases-relied-on` as the notice says it and leave this warning standing: it is a true gap of the notice, not of the encoding.',
    bad: 'regions: [eea]\nbases-relied-on: [consent, contract]\npurposes:\n  - { id: newsletter, label: Send the newsletter, categories: [contact] }',
    good: 'regions: [eea]\npurposes:\n  - { id: newsletter, label: Send the newsletter, categories: [contact], basis: consent }',
  },
  check({ model, report }) {
    const requiring = model.regions.filter((r) => r['requires-legal-basis'] === true)
    if (requiring.length === 0) return
    for (const { item: purpose, index } of indexed(model.policy.purposes)) {
      const regions = requiring.filter((r) => basisIn(purpose, r.id) === undefined)
      if (regions.length === 0) continue
      const cited = [...new Set(regions.map((r) => (r.family === 'gdpr' ? `${r.laws[0].short} Art 13(1)(c)` : r.laws[0].short)))]
      const listed = model.policy['bases-relied-on'] ?? []
      report({
        path: ['purposes', index],
        // An empty bases-relied-on records a notice that names no basis at all (a real notice can).
        reason: listed.length
          ? `Purpose \`${purpose.id}\` has no legal basis mapped to it in ${regions.map((r) => r.id).join(', ')}: the notice lists its bases (${listed.join(', ')}) without saying which this purpose uses (${cited.join('; ')})`
          : `Purpose \`${purpose.id}\` has no legal basis in ${regions.map((r) => r.id).join(', ')}: the notice names no legal basis at all (${cited.join('; ')})`,
        hint: 'Set `basis` when the notice states it; until then the warning is the notice\'s true gap.',
      })
    }
  },
})
