import { missingCells, unevaluatedCells, type CoverageCell } from '../coverage/index.js'
import { coverageMatrixOnce } from '../coverage/matrix-once.js'
import { listShort } from '../facts.js'
import { defineRule } from '../rule.js'

/**
 * Elements a dedicated rule reports at the entity to fix, once for all regions: reporting them here
 * too, once per region, would say the same thing twice.
 */
const REPORTED_BY: Readonly<Record<string, string>> = {
  'legitimate-interests-described': 'legitimate-interest-undescribed',
}

/** An element the law of a served region requires the notice to disclose, which it does not. */
export default defineRule({
  id: 'notice-element-missing',
  severity: 'warning',
  description: 'A notice element the law of a served region requires (R, or C when its condition holds) is not disclosed',
  docs: {
    why: 'Each privacy law lists what a notice must tell people: GDPR Art 13/14, UK GDPR, the Swiss FADP Art 19, CCPA/CPRA and its regulations, the other US state laws, PIPEDA, Québec Law 25, LGPD Art 9, POPIA s.18, Australia\'s APPs and New Zealand\'s IPP 3. `policyc coverage` shows the whole matrix; this rule reports each required element the notice lacks, at the region that requires it, citing the article. Each element is judged on the page that region\'s readers get, not on the data alone; where the law asks how something is presented, a measurable stand-in is used: a heading of its own for the right to object (GDPR Art 21(4)), at most 20 words a sentence on average for "clear and plain language" (GDPR Art 12(1); Martin Cutts, Oxford Guide to Plain English, 5th ed. 2020, guideline 3).',
    law: 'Per element and region, from the built-in jurisdiction catalog: each finding cites its article (`policyc coverage` lists them all); for example GDPR Art 13(2)(d) for the right to complain to a supervisory authority, UK GDPR Art 13(1)(a) and Art 27 for a representative, POPIA s.18(1)(b) for the responsible party\'s address',
    fix: 'Add what the message names: the data (a `dpo`, a `representatives` entry, `rights.complaints`, …) or the text (a section for that region that names the supervisory authority, a `::table{of=…}`). Run `policyc coverage` to see every element.',
    bad: 'regions: [eea]\nsections:\n  - { id: rights, title: Your rights, body: "::table{of=rights}" }',
    good: 'regions: [eea]\nsections:\n  - id: rights\n    title: Your rights\n    body: |\n      ::table{of=rights}\n\n      You can complain to the [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl/).',
  },
  check({ model, now, report, skip, engine }) {
    const matrix = coverageMatrixOnce(model, { now })
    // Not evaluated is neither met nor missing: say so in every check format (as a note), never stay silent.
    const unjudged = unevaluatedCells(matrix)
    if (unjudged.length > 0) {
      skip(`${model.policy.id}: ${unjudged.length} required notice element${unjudged.length === 1 ? ' is' : 's are'} not evaluated (policyc cannot judge ${unjudged.length === 1 ? 'it' : 'them'} from the data; read the notice): ${listShort(unjudged.map((c) => `${c.region} ${c.key}`), 6)}; \`policyc coverage\` lists them`)
    }
    // One finding per element and gap: the same missing fact in several regions is one fix, at the YAML
    // that should supply it (the category without `sources`, say), naming every region that needs it.
    const groups = new Map<string, CoverageCell[]>()
    for (const cell of missingCells(matrix)) {
      const dedicated = REPORTED_BY[cell.key]
      if (dedicated !== undefined && engine.enabled.has(dedicated)) continue
      const key = `${cell.key}\u0000${cell.detail ?? ''}\u0000${JSON.stringify(cell.fix ?? null)}`
      groups.set(key, [...(groups.get(key) ?? []), cell])
    }
    for (const cells of groups.values()) {
      const first = cells[0]!
      const byRegion = new Map(cells.map((c) => [c.region, c]))
      const reasonFor = (regions: readonly string[]) => {
        const parts = regions.map((r) => byRegion.get(r)!).map((c) => `${c.region} (${c.citation}${c.level === 'C' ? `, as \`${c.condition}\` holds` : ''})`)
        return `${regions.join(', ')}: the notice does not disclose \`${first.key}\`, required in ${parts.join('; ')}: ${first.detail ?? 'missing'}`
      }
      const regions = cells.map((c) => c.region)
      report({
        path: first.fix ?? ['regions', model.policy.regions.indexOf(first.region)],
        regions,
        element: first.key,
        reasonFor,
        reason: reasonFor(regions),
        hint: `Run \`policyc explain notice-element-missing\` and \`policyc coverage\` for the full matrix.`,
      })
    }
  },
})
