import { basisIn, basisPath, indexed } from '../facts.js'
import { defineRule } from '../rule.js'

/** A purpose whose basis, in a region whose law requires one, is none the law knows. */
export default defineRule({
  id: 'purpose-basis-missing',
  severity: 'warning',
  description: 'A purpose with no legal basis valid in a region whose law requires one',
  docs: {
    why: 'The GDPR and the UK GDPR require the notice to state, for each purpose, the lawful basis relied on. `not-required`, or a basis from another law (such as `implied-consent`), leaves the purpose without one.',
    law: 'GDPR Art 6(1) and Art 13(1)(c); UK GDPR Art 6(1) and Art 13(1)(c)',
    fix: 'Give the purpose a basis from the region\'s list (consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests; in the UK also recognised-legitimate-interest), in `basis` or in `basis-by-region` for that region.',
    bad: 'regions: [eea]\npurposes:\n  - { id: newsletter, label: Send the newsletter, categories: [contact], basis: implied-consent }',
    good: 'regions: [eea]\npurposes:\n  - { id: newsletter, label: Send the newsletter, categories: [contact], basis: consent }',
  },
  check({ model, report }) {
    const requiring = model.regions.filter((r) => r['requires-legal-basis'] === true)
    for (const { item: purpose, index } of indexed(model.policy.purposes)) {
      // One report per place the basis is written, naming every region it fails in.
      const problems = new Map<string, { path: (string | number)[]; basis: string; regions: string[]; laws: Set<string> }>()
      for (const region of requiring) {
        const basis = basisIn(purpose, region.id)
        const allowed = region['legal-bases']
        // No basis mapped at all is purpose-basis-unmapped's report (the notice lists its bases elsewhere).
        if (basis === undefined) continue
        if (basis !== 'not-required' && (allowed.length === 0 || allowed.includes(basis))) continue
        const path = basisPath(purpose, index, region.id)
        const key = path.join('/')
        const entry = problems.get(key) ?? { path, basis, regions: [], laws: new Set<string>() }
        entry.regions.push(region.id)
        entry.laws.add(region.laws[0].short)
        problems.set(key, entry)
      }
      for (const { path, basis, regions, laws } of problems.values()) {
        const allowed = requiring.find((r) => r.id === regions[0])?.['legal-bases'] ?? []
        report({
          path,
          reason:
            basis === 'not-required'
              ? `Purpose \`${purpose.id}\` states no legal basis, but ${[...laws].join(' and ')} require${laws.size === 1 ? 's' : ''} one in ${regions.join(', ')} (Art 13(1)(c))`
              : `Purpose \`${purpose.id}\` relies on \`${basis}\`, which is not a legal basis under ${[...laws].join(' or ')} (${regions.join(', ')}; Art 6(1), Art 13(1)(c))`,
          hint: `Use one of ${allowed.map((b) => `\`${b}\``).join(', ')}${path.includes('basis-by-region') ? '' : `, or set \`basis-by-region: { ${regions[0]}: … }\``}.`,
        })
      }
    }
  },
})
