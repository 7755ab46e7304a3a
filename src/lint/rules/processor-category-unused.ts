import { indexed } from '../facts.js'
import { defineRule } from '../rule.js'

/** A processor receives a category that none of the purposes it serves uses. */
export default defineRule({
  id: 'processor-category-unused',
  severity: 'warning',
  description: 'A processor receives categories that no purpose of its own uses',
  docs: {
    why: 'A processor may process personal data only on the controller\'s instructions and for the controller\'s purposes. Giving it a category that none of its purposes needs is either an undisclosed purpose or more data than necessary.',
    law: 'GDPR Art 5(1)(b)-(c), Art 28(3)(a) and Art 13(1)(e); CCPA Civ. Code §1798.100(c), §1798.140(ag) (service providers)',
    fix: 'Remove the category from the recipient\'s `categories`, or add it to the purpose the processor serves (or add that purpose to the recipient\'s `purposes`).',
    bad: 'recipients:\n  - { id: mailer, name: Mailer Inc., role: processor, purposes: [newsletter], categories: [contact, location] }',
    good: 'recipients:\n  - { id: mailer, name: Mailer Inc., role: processor, purposes: [newsletter], categories: [contact] }',
  },
  check({ model, report }) {
    const purposes = new Map(model.policy.purposes.map((p) => [p.id, p]))
    for (const { item: recipient, index } of indexed(model.policy.recipients)) {
      if (recipient.role !== 'processor') continue
      const needed = new Set((recipient.purposes ?? []).flatMap((id) => purposes.get(id)?.categories ?? []))
      for (const { item: category, index: categoryIndex } of indexed(recipient.categories)) {
        if (needed.has(category)) continue
        const served = recipient.purposes?.length ? `none of its purposes (${recipient.purposes.join(', ')}) uses it` : 'it serves no purpose'
        report({
          path: ['recipients', index, 'categories', categoryIndex],
          reason: `Processor \`${recipient.name}\` receives \`${category}\`, but ${served}`,
          hint: `Remove \`${category}\` here, or add it to the purpose ${recipient.name} serves.`,
        })
      }
    }
  },
})
