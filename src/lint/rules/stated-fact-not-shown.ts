import { defineRule } from '../rule.js'
import { pageKeys, variantFacts } from '../variant-facts.js'

/** The lists of statements a notice makes in its own words, and the table that shows each. */
const LISTS = [
  { key: 'security-measures', table: 'security-measures', what: 'security measures' },
  { key: 'document-history', table: 'document-history', what: 'versions of its own' },
  { key: 'processing-by-others', table: 'processing-by-others', what: 'warnings about processing by others' },
  { key: 'transfer-statements', table: 'transfer-statements', what: 'statements about transfers abroad to unnamed recipients' },
] as const

/** A list of the notice's own statements that no page shows, because no section has its table. */
export default defineRule({
  id: 'stated-fact-not-shown',
  severity: 'warning',
  description: 'The notice states security measures, versions, others\' processing or transfers to unnamed recipients in the data, but no section shows their table',
  docs: {
    why: 'These lists hold what the notice itself says, in its words; only a `::table{of=…}` in a section puts them on a page. Data that no page shows is a fact the reader never sees, and a reviewer reading the data would believe the page says it.',
    law: '— (editorial; GDPR Art 12(1) asks for concise, transparent information, and Art 13(1)(f) for transfers abroad)',
    fix: 'Add the list\'s table (`::table{of=security-measures}`, `::table{of=document-history}`, `::table{of=processing-by-others}` or `::table{of=transfer-statements}`) to the section that speaks of it, or delete the list.',
    bad: 'security-measures:\n  - { id: tls, description: We use HTTPS to transfer all data }\nsections:\n  - { id: security, title: Security, body: We keep your data safe. }',
    good: 'security-measures:\n  - { id: tls, description: We use HTTPS to transfer all data }\nsections:\n  - { id: security, title: Security, body: "::table{of=security-measures}" }',
  },
  check({ model, report }) {
    const policy = model.policy
    const tables = new Set<string>()
    for (const region of pageKeys(model)) for (const table of variantFacts(model, region).tables) tables.add(table)
    for (const list of LISTS) {
      if ((policy[list.key]?.length ?? 0) === 0 || tables.has(list.table)) continue
      report({
        path: [list.key],
        reason: `The notice's ${list.what} (\`${list.key}\`) are in the data, but no section shows \`::table{of=${list.table}}\`, so no page says them`,
        hint: `Add \`::table{of=${list.table}}\` to the section that speaks of them.`,
      })
    }
  },
})
