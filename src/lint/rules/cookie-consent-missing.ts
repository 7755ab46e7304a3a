import { gdprRegions, indexed } from '../facts.js'
import { defineRule } from '../rule.js'

/** Cookie types that are never exempt, whatever `consent-exempt` says (WP29 Opinion 04/2012, §4). */
const NEVER_EXEMPT = new Set(['analytics', 'advertising'])

/**
 * A cookie that needs consent in the EEA/UK set without it. Exempt: `strictly-necessary` cookies,
 * and `functional` ones that name the WP29 Opinion 04/2012 exemption they fall under (a
 * user-interface preference, a session's input, authentication, …). Every other cookie on a page
 * an EEA or UK reader gets must be set only after consent.
 */
export default defineRule({
  id: 'cookie-consent-missing',
  severity: 'warning',
  description: 'A cookie that is neither strictly necessary nor exempt needs consent in the EEA or UK, and is not marked as consent-based',
  docs: {
    why: 'Storing or reading anything on a visitor\'s device needs prior consent unless it is strictly necessary for the service they asked for. The Article 29 Working Party listed the cookies that meet that test (user-input, authentication, user-centric security, multimedia-player and load-balancing session cookies, user-interface customisation cookies such as a language choice, and social plug-in cookies for logged-in members); analytics, advertising and tracking cookies never do. Cookies set without consent are the most common finding of European regulators.',
    law: 'ePrivacy Directive 2002/58/EC Art 5(3) (as amended by Directive 2009/136/EC) and its national laws (NL: Telecommunicatiewet art. 11.7a); UK PECR 2003 reg. 6; Article 29 Working Party Opinion 04/2012 on Cookie Consent Exemption (WP194, adopted 7 June 2012); CJEU C-673/17 Planet49 (judgment of 1 October 2019)',
    fix: 'Ask for consent before setting the cookie and mark it `consent: true`; if it really is strictly necessary, set `type: strictly-necessary`; if it is a `functional` cookie that WP29 Opinion 04/2012 exempts (a user-interface preference, for example), name the exemption with `consent-exempt: user-interface`. (The UK Data (Use and Access) Act 2025 exempts some analytics cookies: suppress the rule for that cookie with the reason.)',
    bad: 'regions: [eea]\ncookies:\n  - { id: ga, name: _ga, type: analytics, purpose: analytics, duration: P2Y }\n  - { id: lang, name: lang, type: functional, purpose: service, duration: P1Y }',
    good: 'regions: [eea]\ncookies:\n  - { id: ga, name: _ga, type: analytics, purpose: analytics, duration: P2Y, consent: true }\n  - { id: lang, name: lang, type: functional, purpose: service, duration: P1Y, consent-exempt: user-interface }',
  },
  check({ model, report }) {
    const regions = gdprRegions(model).map((r) => r.id)
    if (regions.length === 0) return
    for (const { item: cookie, index } of indexed(model.policy.cookies)) {
      if (cookie.type === 'strictly-necessary' || cookie.consent === true) continue
      const exemption = cookie['consent-exempt']
      if (exemption !== undefined && !NEVER_EXEMPT.has(cookie.type)) continue
      report({
        path: exemption !== undefined ? ['cookies', index, 'consent-exempt'] : cookie.consent === false ? ['cookies', index, 'consent'] : ['cookies', index, 'type'],
        regions,
        reason:
          exemption !== undefined
            ? `Cookie \`${cookie.name}\` is an ${cookie.type} cookie, which no consent exemption covers (WP29 Opinion 04/2012), but it is marked \`consent-exempt: ${exemption}\` and not set on consent in ${regions.join(' and ')}`
            : `Cookie \`${cookie.name}\` (${cookie.type}) needs consent in ${regions.join(' and ')}, but is not set on consent (${regions.map(cookieLaw).join('; ')})`,
        hint: 'Set it only after consent and mark it `consent: true`, classify it `strictly-necessary` if it is, or name its WP29 exemption with `consent-exempt:` if it is a functional cookie that has one.',
      })
    }
  },
})

/**
 * The cookie-consent rule of each region's own law: the EEA's is the ePrivacy Directive (as each
 * Member State transposed it), the UK's is PECR 2003 reg. 6, which the UK kept after leaving the EU.
 */
function cookieLaw(region: string): string {
  return region === 'uk' ? 'uk: PECR 2003 reg. 6' : `${region}: ePrivacy Directive Art 5(3)`
}
