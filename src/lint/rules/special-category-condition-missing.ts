import { gdprRegions, indexed, nameCategory } from '../facts.js'
import { defineRule } from '../rule.js'

/** A purpose using special-category data without naming its Art 9(2) condition. */
export default defineRule({
  id: 'special-category-condition-missing',
  severity: 'warning',
  description: 'A purpose uses special-category data without an Art 9(2) condition, while the EEA or UK is served',
  docs: {
    why: 'Special categories of personal data (health, biometrics, beliefs, ethnic origin…) may only be processed under one of the conditions of Art 9(2), on top of an Art 6 basis. A purpose that uses them without a condition is unlawful processing.',
    law: 'GDPR Art 9(1)-(2); UK GDPR Art 9 and DPA 2018 Sch. 1',
    fix: 'Set `special-condition:` on the purpose (for example `explicit-consent`), or stop using the category for it.',
    bad: 'purposes:\n  - { id: login, label: Face login, categories: [face-scan], basis: consent }',
    good: 'purposes:\n  - { id: login, label: Face login, categories: [face-scan], basis: consent, special-condition: explicit-consent }',
  },
  check({ model, report }) {
    const regions = gdprRegions(model).map((r) => r.id)
    if (regions.length === 0) return
    const special = new Map(model.policy.categories.filter((c) => c['special-category'] === true).map((c) => [c.id, c]))
    for (const { item: purpose, index } of indexed(model.policy.purposes)) {
      if (purpose['special-condition']) continue
      for (const { item: id, index: categoryIndex } of indexed(purpose.categories)) {
        const category = special.get(id)
        if (!category) continue
        report({
          path: ['purposes', index, 'categories', categoryIndex],
          reason: `Purpose \`${purpose.id}\` uses ${nameCategory(category)}, a special category, without an Art 9(2) condition (${regions.join(', ')})`,
          hint: 'Add `special-condition:` (for example `explicit-consent`) to the purpose.',
        })
      }
    }
  },
})
