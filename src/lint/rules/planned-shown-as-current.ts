import { indexed } from '../facts.js'
import { defineRule } from '../rule.js'

/** Words that say something is not in use yet. */
const PLANNED_WORDS = /\b(planned|not (offered|available|in use|live) yet|not yet (offered|available|in use|live)|in the (near )?future|coming soon|will be (offered|introduced|launched))\b/i

/**
 * Processing or a recipient that is only planned, shown on the pages as current: a purpose carried
 * out only by planned recipients, or whose own words say it is planned, without `planned: true`;
 * likewise a recipient whose name or description says it is planned.
 */
export default defineRule({
  id: 'planned-shown-as-current',
  severity: 'warning',
  description: 'A purpose or recipient that is only planned is not marked `planned: true`, so the pages present it as current',
  docs: {
    why: 'A notice describes the processing that takes place. A purpose, a provider or a transfer that is only planned, listed beside the real ones without a mark, tells readers their data already goes there (a transfer to the US under SCCs, say) when it does not; and when it does start, the notice must be updated and the change is material. Marked `planned`, each row says "(planned)" on every page and the exports leave it out.',
    law: 'GDPR Art 5(1)(a), Art 13(1)(c), (e)-(f) and Art 13(3) (a new purpose needs notice before it starts); UK GDPR Art 13; CCPA Civ. Code §1798.100(a)(1) and (b)',
    fix: 'Add `planned: true` to the purpose (and to each recipient that will carry it out); remove "(planned)" from the label, since the page adds it.',
    bad: 'purposes:\n  - { id: ai, label: Provide AI features (planned), categories: [prompts], basis: consent }\nrecipients:\n  - { id: openai, name: OpenAI, role: processor, purposes: [ai], countries: [US], transfer: scc, planned: true }',
    good: 'purposes:\n  - { id: ai, label: Provide AI features, categories: [prompts], basis: consent, planned: true }\nrecipients:\n  - { id: openai, name: OpenAI, role: processor, purposes: [ai], countries: [US], transfer: scc, planned: true }',
  },
  check({ model, report }) {
    const recipients = model.policy.recipients ?? []
    for (const { item: purpose, index } of indexed(model.policy.purposes)) {
      if (purpose.planned === true) continue
      const carriers = recipients.filter((r) => r.purposes?.includes(purpose.id))
      const onlyPlanned = carriers.length > 0 && carriers.every((r) => r.planned === true)
      const words = PLANNED_WORDS.exec(`${purpose.label}\n${purpose.description ?? ''}`)
      if (!onlyPlanned && !words) continue
      const why = [onlyPlanned ? `only planned recipients carry it out (${carriers.map((r) => `\`${r.id}\``).join(', ')})` : '', words ? `its own text says "${words[0]}"` : ''].filter(Boolean).join(' and ')
      report({
        path: ['purposes', index, 'id'],
        reason: `Purpose \`${purpose.id}\` is planned (${why}), but is not marked \`planned: true\`, so every page lists it, its legal basis and its data as processing that takes place today`,
        hint: 'Add `planned: true` to the purpose.',
      })
    }
    for (const { item: recipient, index } of indexed(recipients)) {
      if (recipient.planned === true) continue
      const words = PLANNED_WORDS.exec(`${recipient.name}\n${recipient.description ?? ''}`)
      if (!words) continue
      report({
        path: ['recipients', index, 'id'],
        reason: `Recipient \`${recipient.id}\` is described as planned ("${words[0]}"), but is not marked \`planned: true\`, so every page lists it${recipient.countries?.length ? ' and its transfers' : ''} as current`,
        hint: 'Add `planned: true` to the recipient.',
      })
    }
  },
})
