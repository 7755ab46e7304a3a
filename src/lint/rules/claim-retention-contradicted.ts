import { formatPlace } from '../../diagnostics/diagnostic.js'
import { indexed } from '../facts.js'
import { defineRule } from '../rule.js'

const PROMISE_WORDS: Record<string, string> = {
  'not-beyond-account': 'data is not kept beyond the life of the account',
  'deleted-when-no-longer-needed': 'data is deleted once it is no longer needed',
}

/** What happens at the end of a period that does not delete the data. */
const KEEPS: Record<string, string> = {
  isolate: 'isolates the data (it is kept, only set aside)',
  deactivate: 'only deactivates the data',
  review: 'only reviews the data',
}

/** The notice promises deletion, while a retention rule keeps data indefinitely or with exceptions. */
export default defineRule({
  id: 'claim-retention-contradicted',
  severity: 'warning',
  description: 'The notice promises deletion, but a retention rule keeps data indefinitely, keeps it instead of deleting it, or allows exceptions',
  docs: {
    why: 'A promise such as "we will not keep your data longer than your account" is what a reader relies on. A retention rule that keeps data indefinitely, only isolates it, or "may retain some data" afterwards contradicts it, and the retention period actually disclosed is then wrong.',
    law: 'GDPR Art 5(1)(a) and (e), Art 13(2)(a); UK GDPR Art 13(2)(a); CCPA Civ. Code §1798.100(a)(3)',
    fix: 'Make the promise and the rules agree: state the real period and what remains after it (change `claims.retention` to `as-listed` and the prose with it), or change the retention rule to delete or anonymise.',
    bad: 'claims: { retention: not-beyond-account }\nretention:\n  - id: accounts\n    categories: [contact]\n    period: account-lifetime\n    then: delete\n    exceptions: We may keep some data to prevent fraud.',
    good: 'claims: { retention: as-listed }\nretention:\n  - id: accounts\n    categories: [contact]\n    period: account-lifetime\n    then: delete\n    exceptions: We may keep some data to prevent fraud.',
  },
  check({ model, report }) {
    const promise = model.policy.claims?.retention
    if (promise === undefined || !(promise in PROMISE_WORDS)) return
    const claim = `\`claims.retention\` at ${formatPlace(model.source.locate(['claims', 'retention']))} promises ${PROMISE_WORDS[promise]}`
    const hint = 'Change `claims.retention` to `as-listed` and state the real period in the prose, or make the rule delete the data.'
    const accountLifetime = new Set((model.policy.retention ?? []).filter((r) => r.period === 'account-lifetime').flatMap((r) => r.categories))
    for (const { item: rule, index } of indexed(model.policy.retention)) {
      if (rule.period === 'indefinite') {
        report({ path: ['retention', index, 'period'], reason: `Retention rule \`${rule.id}\` keeps data indefinitely, but ${claim}`, hint })
        continue
      }
      if (rule.then !== undefined && rule.then in KEEPS) {
        report({ path: ['retention', index, 'then'], reason: `Retention rule \`${rule.id}\` ${KEEPS[rule.then]} when the period ends, but ${claim}`, hint })
      }
      if (promise === 'not-beyond-account' && rule.exceptions?.trim()) {
        report({ path: ['retention', index, 'exceptions'], reason: `Retention rule \`${rule.id}\` may keep some data after the period ends, but ${claim}`, hint })
      }
      // Data also kept on another clock than the account's (a legal-retention rule, say) outlives the account.
      if (promise === 'not-beyond-account' && rule.period !== 'account-lifetime' && rule.period !== 'session') {
        const alsoOnAccount = rule.categories.filter((id) => accountLifetime.has(id))
        if (alsoOnAccount.length > 0) {
          report({
            path: ['retention', index, 'period'],
            reason: `Retention rule \`${rule.id}\` keeps ${alsoOnAccount.map((id) => `\`${id}\``).join(', ')} for \`${rule.period}\`, beyond the account another rule keeps ${alsoOnAccount.length === 1 ? 'it' : 'them'} for, but ${claim}`,
            hint,
          })
        }
      }
    }
  },
})
