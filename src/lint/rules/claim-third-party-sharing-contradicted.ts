import { formatPlace } from '../../diagnostics/diagnostic.js'
import { indexed } from '../facts.js'
import { defineRule } from '../rule.js'

/**
 * Roles of recipients that receive personal data for their own ends, so that handing data to them
 * is sharing with a third party in the ordinary sense the claim speaks of (GDPR Art 4(10): anyone
 * other than the data subject, the controller and its processors). A processor acts for the
 * controller; `not-stated` is the notice's own silence, not a finding.
 */
const THIRD_PARTY_ROLES = new Set(['third-party', 'business-partner', 'oauth-client'])

/** "We don't share your data with third parties", while a recipient is a third party. */
export default defineRule({
  id: 'claim-third-party-sharing-contradicted',
  severity: 'warning',
  description: 'The notice says it shares no personal data with third parties, but a recipient is a third party',
  docs: {
    why: 'A reader who is told that no third party gets their data relies on that when choosing to use the service. A recipient listed as a third party, a business partner or an app the reader connects says the opposite; one of the two statements is false.',
    law: 'GDPR Art 5(1)(a) (transparency) and Art 13(1)(e) (the recipients of the data); UK GDPR the same articles; FTC Act §5, 15 U.S.C. §45(a) (deceptive statements)',
    fix: 'Make `claims.third-party-sharing` match the recipients: give each recipient the role the notice states, or change the claim to `shares` (or remove it) when third parties do receive data.',
    bad: 'claims: { third-party-sharing: none }\nrecipients:\n  - { id: adnet, name: AdNet, role: third-party, purposes: [ads] }',
    good: 'claims: { third-party-sharing: none }\nrecipients:\n  - { id: host, name: HostCo, role: processor, purposes: [hosting] }',
  },
  check({ model, report }) {
    if (model.policy.claims?.['third-party-sharing'] !== 'none') return
    const at = formatPlace(model.source.locate(['claims', 'third-party-sharing']))
    for (const { item, index } of indexed(model.policy.recipients)) {
      if (THIRD_PARTY_ROLES.has(item.role)) {
        report({ path: ['recipients', index, 'role'], reason: `Recipient \`${item.id}\` is a \`${item.role}\`, but \`claims.third-party-sharing\` at ${at} says no personal data is shared with third parties`, hint: 'Give the recipient the role the notice states, or change the claim.' })
      }
    }
  },
})
