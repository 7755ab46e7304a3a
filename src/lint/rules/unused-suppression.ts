import { suggestion } from '../../diagnostics/did-you-mean.js'
import { defineRule } from '../rule.js'

/**
 * A `suppress` entry that switched nothing off, or names no rule. It runs after every other rule
 * (last in the registry), when each suppression knows whether it was used.
 */
export default defineRule({
  id: 'unused-suppression',
  severity: 'warning',
  description: 'A suppression that names an unknown rule, or that no longer suppresses anything',
  docs: {
    why: 'A suppression is a reviewed exception with a written reason. Once the problem is fixed, or if the rule id is misspelt, the entry silently switches off nothing, and a later real problem on that entity would be hidden without review.',
    law: '— (hygiene of the policy sources)',
    fix: 'Delete the suppression if the rule no longer reports anything there; correct the rule id if it is misspelt (`policyc explain RULE` lists the rules).',
    bad: 'categories:\n  - id: contact\n    label: Contact details\n    collected: true\n    suppress:\n      - { rule: category-unused, reason: Used by the support team only, see ticket 12. }\npurposes:\n  - { id: support, label: Answer questions, categories: [contact], basis: contract }',
    good: 'categories:\n  - id: contact\n    label: Contact details\n    collected: true\npurposes:\n  - { id: support, label: Answer questions, categories: [contact], basis: contract }',
  },
  check({ engine, report }) {
    for (const s of engine.suppressions) {
      const path = [...s.entity, 'suppress', s.index, 'rule']
      if (!engine.known.includes(s.rule)) {
        report({ path, reason: `Unknown rule \`${s.rule}\` in suppression`, hint: suggestion(s.rule, engine.known) ?? 'Run `policyc explain` to list the rules.' })
        continue
      }
      // A rule switched off in the config cannot have used it; that is not the entry's fault.
      if (s.used || !engine.enabled.has(s.rule) || s.rule === 'unused-suppression') continue
      const scope = [s.region && `in ${s.region}`, s.element && `for \`${s.element}\``].filter(Boolean).join(' ')
      report({ path, reason: `Suppression of \`${s.rule}\`${scope ? ` ${scope}` : ''} is unused: the rule reports nothing ${scope || 'here'}`, hint: 'Delete this suppression.' })
    }
  },
})
