import type { EntityKind } from '../../resolve/model.js'
import { defineRule } from '../rule.js'
import { pageKeys, variantFacts } from '../variant-facts.js'

/** Which `::table{of=…}` shows every entity of a kind, so a table counts as a reference. */
const TABLES_SHOWING: Record<EntityKind, readonly string[]> = {
  category: ['categories', 'ccpa-categories'],
  purpose: ['purposes'],
  recipient: ['recipients', 'transfers'],
  retention: ['retention'],
  cookie: ['cookies'],
  channel: ['channels'],
  'automated-decision': [],
}

const KIND_WORDS: Record<EntityKind, string> = {
  category: 'Category',
  purpose: 'Purpose',
  recipient: 'Recipient',
  retention: 'Retention rule',
  cookie: 'Cookie',
  channel: 'Channel',
  'automated-decision': 'Automated decision',
}

/** An entity defined in the data that no other entity, `:ref` or table ever points to. */
export default defineRule({
  id: 'entity-unreferenced',
  severity: 'warning',
  description: 'A defined entity that nothing references, so no page shows it',
  docs: {
    why: 'An entity that no purpose, recipient, retention rule, cookie, `:ref{id=…}` or `::table{of=…}` points to never reaches a reader: either the notice omits something it should disclose, or the data keeps a leftover that no longer describes reality.',
    law: '— (editorial; GDPR Art 12(1) asks for concise, transparent information)',
    fix: 'Reference the entity where it belongs (a purpose\'s `categories`, a recipient\'s `purposes`, a `:ref{id=…}` in a section, or a `::table{of=…}` of its kind), or delete it.',
    bad: 'automated-decisions:\n  - { id: credit-check, description: Credit limit, logic: Score from payment history, consequences: A lower limit }\nsections:\n  - { id: intro, title: About us, body: We run a shop. }',
    good: 'automated-decisions:\n  - { id: credit-check, description: Credit limit, logic: Score from payment history, consequences: A lower limit }\nsections:\n  - { id: intro, title: About us, body: "We decide your :ref{id=credit-check} automatically." }',
  },
  check({ model, report }) {
    const policy = model.policy
    const referenced = new Set<string>([
      ...policy.purposes.flatMap((p) => p.categories),
      ...(policy.recipients ?? []).flatMap((r) => [...(r.purposes ?? []), ...(r.categories ?? [])]),
      ...(policy.retention ?? []).flatMap((r) => r.categories),
      ...(policy.cookies ?? []).flatMap((c) => [c.purpose, ...(c.recipient ? [c.recipient] : [])]),
      ...(policy['automated-decisions'] ?? []).flatMap((a) => a.purposes ?? []),
      ...(policy.rights?.appeal?.channels ?? []),
    ])
    const tables = new Set<string>()
    for (const region of pageKeys(model)) {
      const facts = variantFacts(model, region)
      for (const id of facts.refs) referenced.add(id)
      for (const table of facts.tables) tables.add(table)
    }
    for (const entity of model.entities.values()) {
      if (referenced.has(entity.id)) continue
      if (TABLES_SHOWING[entity.kind].some((table) => tables.has(table))) continue
      const tablesHint = TABLES_SHOWING[entity.kind].length > 0 ? ` or add \`::table{of=${TABLES_SHOWING[entity.kind][0]}}\` to a section` : ''
      report({
        path: [...entity.path, 'id'],
        reason: `${KIND_WORDS[entity.kind]} \`${entity.id}\` is defined but never referenced, so no page shows it`,
        hint: `Name it with \`:ref{id=${entity.id}}\` in a section${tablesHint}, reference it from another entity, or delete it.`,
      })
    }
  },
})
