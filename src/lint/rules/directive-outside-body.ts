import type { DataPath } from '../../load/locate.js'
import { defineRule } from '../rule.js'

/** `:ref{…}`, `::table{…}` or `:::only{…}` not escaped with a backslash. */
const DIRECTIVE = /(^|[^\\:]):{1,3}(ref|table|only)\{[^}]*\}?/

/**
 * A directive written in a plain-text field. Only section bodies and the intro are Markdown with
 * directives; a title, summary, label or description is shown as written, so the reader would
 * see `:ref{id=mollie}` itself instead of a name or a table.
 */
export default defineRule({
  id: 'directive-outside-body',
  severity: 'warning',
  description: 'A directive (`:ref`, `::table`, `:::only`) in a title, summary, label or description, where it is shown as written',
  docs: {
    why: 'Titles, "in short" summaries, labels and descriptions are plain text: a directive there is not expanded, so the page shows the raw `:ref{id=…}` or `::table{of=…}` instead of the name or table the editor meant, and the sentence reads as broken.',
    law: '— (editorial; GDPR Art 12(1) asks for intelligible information in clear and plain language)',
    fix: 'Write the name out in the summary or description, or move the sentence with the directive into the section\'s `body`.',
    bad: 'sections:\n  - id: payments\n    title: Payments\n    summary: Payments go through :ref{id=mollie}.\n    body: ::table{of=recipients}',
    good: 'sections:\n  - id: payments\n    title: Payments\n    summary: Payments go through Mollie.\n    body: Payments go through :ref{id=mollie}.',
  },
  check({ model, report }) {
    const fields: { value: string | undefined; path: DataPath; what: string }[] = []
    model.policy.sections.forEach((s, i) => {
      fields.push({ value: s.title, path: ['sections', i, 'title'], what: `the title of section \`${s.id}\`` })
      fields.push({ value: s.summary, path: ['sections', i, 'summary'], what: `the summary of section \`${s.id}\`` })
    })
    for (const list of ['categories', 'purposes', 'recipients', 'retention', 'cookies'] as const) {
      ;((model.policy[list] ?? []) as readonly object[]).forEach((entry, i) => {
        const item = entry as Record<string, unknown>
        for (const key of ['label', 'name', 'description', 'reason', 'exceptions', 'legitimate-interest', 'balancing']) {
          const value = item[key]
          if (typeof value === 'string') fields.push({ value, path: [list, i, key], what: `\`${key}\` of \`${String(item.id)}\`` })
        }
      })
    }
    for (const { value, path, what } of fields) {
      const found = value === undefined ? null : DIRECTIVE.exec(value)
      if (!found) continue
      report({
        path,
        reason: `Unexpected directive \`${found[0].slice(found[1]!.length)}\` in ${what}: only section bodies expand directives, so the page would show it as written`,
        hint: 'Write the name out here, or move the sentence into the section body.',
      })
    }
  },
})
