import { citationOf, collectedCategories, nameCategory, regionsRequiring } from '../facts.js'
import { defineRule } from '../rule.js'

/** A collected category that no retention rule covers. */
export default defineRule({
  id: 'category-retention-missing',
  severity: 'warning',
  description: 'A collected category with no retention rule',
  docs: {
    why: 'The notice must say how long each category is kept, or the criteria used to decide. A category without a retention rule is either kept forever or its period is simply not disclosed.',
    law: 'GDPR Art 13(2)(a) and Art 5(1)(e); UK GDPR Art 13(2)(a); CCPA Civ. Code §1798.100(a)(3); LGPD Art 9 II',
    fix: 'Add the category to a `retention` rule with a period (an ISO 8601 duration such as `P2Y`, or a trigger such as `account-lifetime`).',
    bad: 'categories:\n  - { id: logs, label: Server logs, collected: true }\nretention: []',
    good: 'categories:\n  - { id: logs, label: Server logs, collected: true }\nretention:\n  - { id: log-retention, categories: [logs], period: P30D, then: delete }',
  },
  check({ model, report }) {
    const requiring = [...regionsRequiring(model, 'retention-period-or-criteria'), ...regionsRequiring(model, 'processing-form-and-duration')]
    if (requiring.length === 0) return
    const kept = new Set((model.policy.retention ?? []).flatMap((r) => r.categories))
    for (const { item, index } of collectedCategories(model)) {
      if (kept.has(item.id)) continue
      report({
        path: ['categories', index, 'collected'],
        reason: `Category ${nameCategory(item)} is collected, but no retention rule says how long it is kept (${citationOf(requiring)})`,
        hint: `Add \`${item.id}\` to the \`categories\` of a \`retention\` rule, or add a rule for it.`,
      })
    }
  },
})
