import type { Jurisdiction } from '../../catalog/catalog.js'
import type { Purpose } from '../../generated/policy.js'
import { basisIn, CONSENT_BASES, gdprRegions, indexed, isBasisIn, listShort, nameCategory } from '../facts.js'
import { defineRule } from '../rule.js'

/**
 * What each law asks before special-category (sensitive) data is processed at all, beyond the
 * ordinary legal basis: a GDPR Art 9(2) condition, an LGPD Art 11 basis, or the consumer's
 * consent under the US state laws that require it (California, Utah and Iowa ask only for notice
 * and an opt-out, so they are not listed).
 */
const CONDITION_BY_REGION: Readonly<Record<string, string>> = {
  eea: 'GDPR Art 9(2)',
  uk: 'UK GDPR Art 9(2) and DPA 2018 Sch. 1',
  br: 'LGPD Art 11',
  'us-co': 'C.R.S. §6-1-1308(7)',
  'us-ct': 'Conn. Gen. Stat. §42-520(a)(4)',
  'us-va': 'Va. Code §59.1-578(A)(5)',
  'us-tx': 'Tex. Bus. & Com. Code §541.101(b)(4)',
}

/** A US state's condition is the consumer's consent; the others name an Art 9(2)-style condition on the purpose. */
const conditionMet = (purpose: Purpose, region: Jurisdiction): boolean =>
  region.family === 'us-state' ? isBasisIn(CONSENT_BASES, basisIn(purpose, region.id)) || purpose['special-condition'] === 'explicit-consent' : purpose['special-condition'] !== undefined

/**
 * Special-category data processed without the condition its law requires: a purpose that uses it
 * without an Art 9(2) condition, and a category collected that no purpose with a condition uses
 * (the collection itself is processing, whatever purpose it serves).
 */
export default defineRule({
  id: 'special-category-condition-missing',
  severity: 'warning',
  description: 'Special-category data is used by a purpose, or collected at all, without the Art 9(2), LGPD Art 11 or state-law consent condition its law requires',
  docs: {
    why: 'Special categories of personal data (health, biometrics, beliefs, ethnic origin…) may only be processed under one of the conditions of GDPR Art 9(2), on top of an Art 6 basis; Brazil\'s LGPD Art 11 and the Colorado, Connecticut, Virginia and Texas laws likewise need a specific basis or the consumer\'s consent. Collecting such data is already processing: a category marked collected that no purpose with a condition uses has no condition at all.',
    law: 'GDPR Art 9(1)-(2); UK GDPR Art 9 and DPA 2018 Sch. 1; LGPD Art 11; C.R.S. §6-1-1308(7); Conn. Gen. Stat. §42-520(a)(4); Va. Code §59.1-578(A)(5); Tex. Bus. & Com. Code §541.101(b)(4)',
    fix: 'Set `special-condition:` on each purpose that uses the category (for example `explicit-consent`, with `basis: consent` where a US state law asks for consent); if the category is not in fact collected, set `collected: false`.',
    bad: 'regions: [eea]\ncategories:\n  - { id: face-scan, label: Face scan, special-category: true, collected: true }\npurposes:\n  - { id: login, label: Face login, categories: [face-scan], basis: consent }',
    good: 'regions: [eea]\ncategories:\n  - { id: face-scan, label: Face scan, special-category: true, collected: true }\npurposes:\n  - { id: login, label: Face login, categories: [face-scan], basis: consent, special-condition: explicit-consent }',
  },
  check({ model, report }) {
    const regions = gdprRegions(model).map((r) => r.id)
    const special = new Map(model.policy.categories.filter((c) => c['special-category'] === true).map((c) => [c.id, c]))
    if (regions.length > 0) {
      for (const { item: purpose, index } of indexed(model.policy.purposes)) {
        if (purpose['special-condition']) continue
        for (const { item: id, index: categoryIndex } of indexed(purpose.categories)) {
          const category = special.get(id)
          if (!category) continue
          report({
            path: ['purposes', index, 'categories', categoryIndex],
            regions,
            reason: `Purpose \`${purpose.id}\` uses ${nameCategory(category)}, a special category, without an Art 9(2) condition (${regions.join(', ')})`,
            hint: 'Add `special-condition:` (for example `explicit-consent`) to the purpose.',
          })
        }
      }
    }
    // Category level: collected, and no purpose using it meets the condition of a region that asks for one.
    const asking = model.regions.filter((r) => CONDITION_BY_REGION[r.id] !== undefined)
    for (const { item: category, index } of indexed(model.policy.categories)) {
      if (!category.collected || category['special-category'] !== true) continue
      const users = model.policy.purposes.filter((p) => p.categories.includes(category.id))
      // A purpose without a condition is reported above, at the purpose, for the GDPR family.
      const uncovered = asking.filter((region) => !users.some((p) => conditionMet(p, region)) && !(region.family === 'gdpr' && users.length > 0))
      if (uncovered.length === 0) continue
      report({
        path: ['categories', index, 'special-category'],
        regions: uncovered.map((r) => r.id),
        reason: `${nameCategory(category)} is a special category marked collected, but ${users.length === 0 ? 'no purpose uses it, so nothing names' : 'no purpose that uses it names'} the condition ${listShort(uncovered.map((r) => `${r.id} (${CONDITION_BY_REGION[r.id]})`), 3)} require${uncovered.length === 1 ? 's' : ''}`,
        hint: users.length === 0 ? 'Add the purpose that collects it, with `special-condition:` (and `basis: consent` for the US states), or set `collected: false`.' : 'Set `special-condition:` (and `basis: consent` where a US state asks for consent) on the purposes that use it.',
      })
    }
  },
})
