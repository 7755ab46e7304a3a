import { gdprRegions, indexed } from '../facts.js'
import { defineRule } from '../rule.js'

/** A cookie that needs consent in the EEA/UK (anything not strictly necessary) set without it. */
export default defineRule({
  id: 'cookie-consent-missing',
  severity: 'warning',
  description: 'A cookie whose purpose needs consent in the EEA or UK is not marked as consent-based',
  docs: {
    why: 'Storing or reading anything on a visitor\'s device needs prior consent unless it is strictly necessary for the service they asked for. Analytics, advertising, social-media and functional cookies set without consent are the most common finding of European regulators.',
    law: 'ePrivacy Directive 2002/58/EC Art 5(3) (as amended by 2009/136/EC) and its national laws (NL: Telecommunicatiewet art. 11.7a); UK PECR reg. 6; CJEU C-673/17 Planet49',
    fix: 'Ask for consent before setting the cookie and mark it `consent: true`; or, if it really is strictly necessary, set `type: strictly-necessary`. (The UK DUAA 2025 exempts some analytics cookies: suppress the rule for that cookie with the reason.)',
    bad: 'regions: [eea]\ncookies:\n  - { id: ga, name: _ga, type: analytics, purpose: analytics, duration: P2Y }',
    good: 'regions: [eea]\ncookies:\n  - { id: ga, name: _ga, type: analytics, purpose: analytics, duration: P2Y, consent: true }',
  },
  check({ model, report }) {
    const regions = gdprRegions(model).map((r) => r.id)
    if (regions.length === 0) return
    for (const { item: cookie, index } of indexed(model.policy.cookies)) {
      if (cookie.type === 'strictly-necessary' || cookie.consent === true) continue
      report({
        path: cookie.consent === false ? ['cookies', index, 'consent'] : ['cookies', index, 'type'],
        reason: `Cookie \`${cookie.name}\` (${cookie.type}) needs consent in ${regions.join(' and ')}, but is not set on consent (ePrivacy Directive Art 5(3))`,
        hint: 'Set it only after consent and mark it `consent: true`, or classify it `strictly-necessary` if it is.',
      })
    }
  },
})
