import { formatPlace } from '../../diagnostics/diagnostic.js'
import { indexed } from '../facts.js'
import { defineRule } from '../rule.js'

/** What the notice says about selling or sharing disagrees with the purposes. */
export default defineRule({
  id: 'claim-sale-contradicted',
  severity: 'warning',
  description: 'The notice says personal information is not sold or shared, but a purpose sells or shares it (or the reverse)',
  docs: {
    why: 'Whether personal information is sold or shared decides which opt-out links, notices and rights a US consumer gets. A notice that says "we do not sell" while a purpose does is deceptive; one that claims selling that no purpose does makes the required disclosures incomplete.',
    law: 'CCPA Civ. Code §1798.115(c), §1798.120(b), §1798.130(a)(5)(C); 11 CCR §7011(e)(1)(D)-(F)',
    fix: 'Make `claims.sale` match the purposes: mark the purposes that sell (`sale: true`) or share (`share: true`), or change the claim.',
    bad: 'claims: { sale: none }\npurposes:\n  - { id: ads, label: Personalised ads, categories: [activity], basis: consent, share: true }',
    good: 'claims: { sale: shares }\npurposes:\n  - { id: ads, label: Personalised ads, categories: [activity], basis: consent, share: true }',
  },
  check({ model, report }) {
    const claim = model.policy.claims?.sale
    if (claim === undefined) return
    const purposes = indexed(model.policy.purposes)
    const selling = purposes.filter(({ item }) => item.sale === true)
    const sharing = purposes.filter(({ item }) => item.share === true)
    if (claim === 'none') {
      const at = formatPlace(model.source.locate(['claims', 'sale']))
      for (const { item, index } of selling) report({ path: ['purposes', index, 'sale'], reason: `Purpose \`${item.id}\` sells personal information, but \`claims.sale\` at ${at} says none is sold or shared` })
      for (const { item, index } of sharing) report({ path: ['purposes', index, 'share'], reason: `Purpose \`${item.id}\` shares personal information for cross-context behavioural advertising, but \`claims.sale\` at ${at} says none is sold or shared` })
      return
    }
    const claimsSale = claim === 'sells' || claim === 'sells-and-shares'
    const claimsShare = claim === 'shares' || claim === 'sells-and-shares'
    const missing = [...(claimsSale && selling.length === 0 ? ['sells'] : []), ...(claimsShare && sharing.length === 0 ? ['shares'] : [])]
    if (missing.length > 0) {
      report({
        path: ['claims', 'sale'],
        reason: `\`claims.sale\` says the business ${missing.join(' and ')} personal information, but no purpose is marked \`${missing.map((m) => (m === 'sells' ? 'sale' : 'share')).join('` or `')}: true\``,
        hint: 'Mark the purposes that sell or share, so the opt-out disclosures list them.',
      })
    }
  },
})
