import { basisIn, basisPath, citationOf, indexed, INTEREST_BASES, regionsRequiring } from '../facts.js'
import { defineRule } from '../rule.js'

/** Legitimate interests named as the basis, but the interest itself is not described. */
export default defineRule({
  id: 'legitimate-interest-undescribed',
  severity: 'warning',
  description: 'A purpose relies on legitimate interests without describing the interest pursued',
  docs: {
    why: 'Where processing rests on legitimate interests, the notice must say what the interest actually is, so that a person can judge the balance and decide whether to object.',
    law: 'GDPR Art 13(1)(d) and Art 14(2)(b); UK GDPR Art 13(1)(d)',
    fix: 'Describe the interest in `legitimate-interest:` on the purpose, in a sentence a reader understands.',
    bad: 'purposes:\n  - id: security\n    label: Protect the service\n    categories: [logs]\n    basis: legitimate-interests',
    good: 'purposes:\n  - id: security\n    label: Protect the service\n    categories: [logs]\n    basis: legitimate-interests\n    legitimate-interest: Keeping accounts safe from takeover and the service free of abuse.',
  },
  check({ model, report }) {
    const requiring = regionsRequiring(model, 'legitimate-interests-described')
    if (requiring.length === 0) return
    for (const { item: purpose, index } of indexed(model.policy.purposes)) {
      if (purpose['legitimate-interest']?.trim()) continue
      const where = requiring.filter(({ region }) => INTEREST_BASES.has(basisIn(purpose, region.id) ?? 'not-required'))
      if (where.length === 0) continue
      report({
        path: basisPath(purpose, index, where[0]!.region.id),
        reason: `Purpose \`${purpose.id}\` relies on legitimate interests in ${where.map((w) => w.region.id).join(', ')} but does not describe the interest (${citationOf(where)})`,
        hint: 'Add `legitimate-interest:` with the interest pursued, for example "Keeping accounts safe from takeover".',
      })
    }
  },
})
