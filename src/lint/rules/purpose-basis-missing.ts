import { basisIn, basisPath, indexed } from '../facts.js'
import { defineRule } from '../rule.js'

/** A purpose whose basis, in a region whose law requires one, is none the law knows. */
export default defineRule({
  id: 'purpose-basis-missing',
  severity: 'warning',
  description: 'A purpose with no legal basis valid in a region whose law requires one or lists its own',
  docs: {
    why: 'The GDPR and the UK GDPR require the notice to state, for each purpose, the lawful basis relied on. `not-required`, or a basis from another law (such as `implied-consent`), leaves the purpose without one. Laws with their own list (PIPEDA\'s consent forms, LGPD Art 7, POPIA s.11(1)) know only theirs: the page never labels a purpose with another law\'s basis, and states none instead.',
    law: 'GDPR Art 6(1) and Art 13(1)(c); UK GDPR Art 6(1) and Art 13(1)(c); LGPD Art 7 and Art 9; POPIA s.11(1); PIPEDA s.6.1 and Sch. 1 Principle 4.3',
    fix: 'Give the purpose a basis from the region\'s list (consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests; in the UK also recognised-legitimate-interest), in `basis` or in `basis-by-region` for that region.',
    bad: 'regions: [eea]\npurposes:\n  - { id: newsletter, label: Send the newsletter, categories: [contact], basis: implied-consent }',
    good: 'regions: [eea]\npurposes:\n  - { id: newsletter, label: Send the newsletter, categories: [contact], basis: consent }',
  },
  check({ model, report }) {
    // Also regions whose law lists its own bases (PIPEDA's consent forms, LGPD Art 7, POPIA s.11):
    // a basis from another law is not shown there as if it were theirs, so it is reported here.
    const requiring = model.regions.filter((r) => r['requires-legal-basis'] === true || r['legal-bases'].length > 0)
    for (const { item: purpose, index } of indexed(model.policy.purposes)) {
      // One report per place the basis is written, naming every region it fails in.
      const problems = new Map<string, { path: (string | number)[]; basis: string; regions: string[]; laws: Set<string> }>()
      for (const region of requiring) {
        const basis = basisIn(purpose, region.id)
        const allowed = region['legal-bases']
        // No basis mapped at all is purpose-basis-unmapped's report (the notice lists its bases elsewhere).
        if (basis === undefined) continue
        // `not-required` is a basis only where the law lists it (PIPEDA s.7's exceptions to consent).
        if (allowed.includes(basis) || (basis !== 'not-required' && allowed.length === 0)) continue
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
              : `Purpose \`${purpose.id}\` relies on \`${basis}\`, which is not a legal basis under ${[...laws].join(' or ')} (${regions.join(', ')}${laws.has('GDPR') || laws.has('UK GDPR') ? '; Art 6(1), Art 13(1)(c)' : ''}); the page states no basis there`,
          hint: `Use one of ${allowed.map((b) => `\`${b}\``).join(', ')}${path.includes('basis-by-region') ? '' : `, or set \`basis-by-region: { ${regions[0]}: … }\``}.`,
        })
      }
    }
  },
})
