import { formatPlace } from '../../diagnostics/diagnostic.js'
import { collectedCategories, isSensitive, nameCategory } from '../facts.js'
import { defineRule } from '../rule.js'

/** The notice says sensitive data is not collected, while the data marks some as collected. */
export default defineRule({
  id: 'claim-sensitive-data-contradicted',
  severity: 'warning',
  description: 'The notice says sensitive data is not collected, but a sensitive or special category is marked collected',
  docs: {
    why: 'A notice that denies collecting sensitive data while its own category table lists biometric data or protected classifications as collected misleads readers about the most protected kinds of data, and hides the extra duties (explicit consent, the right to limit) that come with them.',
    law: 'CCPA Civ. Code §1798.100(a)(1)-(2) and §1798.140(ae); 11 CCR §7011(e)(1)(A) and (J); GDPR Art 5(1)(a), Art 9(1) and Art 13',
    fix: 'Make the data and the prose agree: if the category is really not collected, set `collected: false`; if it is, change `claims.sensitive-data` (and the text that says otherwise) to `collected` or `collected-with-consent`.',
    bad: 'claims: { sensitive-data: not-collected }\ncategories:\n  - { id: biometric, label: Biometric information, ccpa: E, sensitive: true, collected: true }',
    good: 'claims: { sensitive-data: not-collected }\ncategories:\n  - { id: biometric, label: Biometric information, ccpa: E, sensitive: true, collected: false }',
  },
  check({ model, report }) {
    if (model.policy.claims?.['sensitive-data'] !== 'not-collected') return
    const claim = model.source.locate(['claims', 'sensitive-data'])
    for (const { item, index } of collectedCategories(model)) {
      if (!isSensitive(item)) continue
      const kind = item['special-category'] ? 'a special category (GDPR Art 9)' : 'sensitive personal information (CCPA 1798.140(ae))'
      report({
        path: ['categories', index, 'collected'],
        reason: `Category ${nameCategory(item)} is ${kind} and marked collected, but \`claims.sensitive-data\` at ${formatPlace(claim)} says sensitive data is not collected`,
        hint: 'Set `collected: false` if it is not collected; otherwise change the claim (and the prose that makes it) to `collected` or `collected-with-consent`.',
      })
    }
  },
})
