import { collectedCategories, nameCategory } from '../facts.js'
import { defineRule } from '../rule.js'

/** A category marked collected that no purpose lists: data kept without a stated reason. */
export default defineRule({
  id: 'category-unused',
  severity: 'warning',
  description: 'A collected category of personal data that no purpose uses',
  docs: {
    why: 'Every category a notice says it collects must be tied to a purpose; data collected for no stated purpose breaks purpose limitation and data minimisation, and a reader cannot tell why it is collected.',
    law: 'GDPR Art 5(1)(b)-(c) and Art 13(1)(c); CCPA Civ. Code §1798.100(a)(1) and (c); 11 CCR §7011(e)(1)(C)',
    fix: 'Add the category to the `categories` of the purpose that uses it, or mark it `collected: false` if it is not collected.',
    bad: 'categories:\n  - { id: contact, label: Contact details, collected: true }\n  - { id: location, label: Location, collected: true }\npurposes:\n  - { id: account, label: Run your account, categories: [contact], basis: contract }',
    good: 'categories:\n  - { id: contact, label: Contact details, collected: true }\n  - { id: location, label: Location, collected: true }\npurposes:\n  - { id: account, label: Run your account, categories: [contact, location], basis: contract }',
  },
  check({ model, report }) {
    const used = new Set(model.policy.purposes.flatMap((p) => p.categories))
    for (const { item, index } of collectedCategories(model)) {
      if (used.has(item.id)) continue
      report({
        path: ['categories', index, 'collected'],
        reason: `Category ${nameCategory(item)} is collected, but no purpose uses it`,
        hint: `Add \`${item.id}\` to the \`categories\` of the purpose that needs it, or set \`collected: false\`.`,
      })
    }
  },
})
