import { coverageMatrix, missingCells } from '../coverage/index.js'
import { defineRule } from '../rule.js'

/** An element the law of a served region requires the notice to disclose, which it does not. */
export default defineRule({
  id: 'notice-element-missing',
  severity: 'warning',
  description: 'A notice element the law of a served region requires (R, or C when its condition holds) is not disclosed',
  docs: {
    why: 'Each privacy law lists what a notice must tell people: GDPR Art 13/14, UK GDPR, the Swiss FADP Art 19, CCPA/CPRA and its regulations, the other US state laws, PIPEDA, Québec Law 25, LGPD Art 9, POPIA s.18, Australia\'s APPs and New Zealand\'s IPP 3. `policyc coverage` shows the whole matrix; this rule reports each required element the notice lacks, at the region that requires it, citing the article.',
    law: 'Per element and region, from the built-in jurisdiction catalog (see `policyc coverage` and REGULATIONS.md); for example GDPR Art 13(2)(d) for the right to complain to a supervisory authority',
    fix: 'Add what the message names: the data (a `dpo`, a `representatives` entry, `rights.complaints`, …) or the text (a section for that region that names the supervisory authority, a `::table{of=…}`). Run `policyc coverage` to see every element.',
    bad: 'regions: [eea]\nsections:\n  - { id: rights, title: Your rights, body: "::table{of=rights}" }',
    good: 'regions: [eea]\nsections:\n  - id: rights\n    title: Your rights\n    body: |\n      ::table{of=rights}\n\n      You can complain to the [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl/).',
  },
  check({ model, now, report }) {
    const matrix = coverageMatrix(model, { now })
    for (const cell of missingCells(matrix)) {
      report({
        path: ['regions', model.policy.regions.indexOf(cell.region)],
        reason: `${cell.region}: the notice does not disclose \`${cell.key}\`, required by ${cell.citation}${cell.level === 'C' ? ` (condition \`${cell.condition}\` holds)` : ''}: ${cell.detail ?? 'missing'}`,
        regions: [cell.region],
        element: cell.key,
        hint: `Run \`policyc explain notice-element-missing\` and \`policyc coverage\` for the full matrix.`,
      })
    }
  },
})
