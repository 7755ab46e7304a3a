import { basisIn, basisPath, gdprRegions, indexed, INTEREST_BASES, isBasisIn } from '../facts.js'
import { defineRule } from '../rule.js'

/** Roles whose recipients are independent apps or services that get the data for their own use. */
const THIRD_PARTY_APPS = new Set(['oauth-client'])

/**
 * Personal data handed to third-party apps (OAuth clients) on legitimate interests, with no
 * balancing described: the reader cannot see why their interests do not override the controller's.
 */
export default defineRule({
  id: 'third-party-sharing-unbalanced',
  severity: 'warning',
  description: 'Data goes to third-party apps or OAuth clients on legitimate interests, and the notice describes no balancing test',
  docs: {
    why: 'Legitimate interests is a lawful basis only when the processing is necessary and the person\'s interests, rights and reasonable expectations do not override the interest pursued. Handing account data to other companies\' apps for their own purposes goes beyond what a user expects of the service they signed up for; the notice must show how the interests were weighed and what limits the sharing, or the basis does not hold.',
    law: 'GDPR Art 6(1)(f), Art 13(1)(d) and Recital 47; EDPB Guidelines 1/2024 on processing of personal data based on Article 6(1)(f) GDPR (version 1.0, adopted 8 October 2024)',
    fix: 'Describe the balancing in `balancing:` on the purpose (what is shared, with whom, why people expect it, what limits it, how to object), or base the sharing on consent.',
    bad: 'regions: [eea]\npurposes:\n  - id: oauth-sharing\n    label: Share data with apps you sign in to\n    categories: [contact]\n    basis: legitimate-interests\n    legitimate-interest: Helping our clients build better systems.\nrecipients:\n  - { id: clients, name: OAuth clients, role: oauth-client, purposes: [oauth-sharing] }',
    good: 'regions: [eea]\npurposes:\n  - id: oauth-sharing\n    label: Share data with apps you sign in to\n    categories: [contact]\n    basis: legitimate-interests\n    legitimate-interest: Helping our clients build better systems.\n    balancing: Only your name and email go to an app, and only when you choose to sign in to it with us; you can revoke its access in your settings.\nrecipients:\n  - { id: clients, name: OAuth clients, role: oauth-client, purposes: [oauth-sharing] }',
  },
  check({ model, report }) {
    const regions = gdprRegions(model)
    if (regions.length === 0) return
    const apps = (model.policy.recipients ?? []).filter((r) => THIRD_PARTY_APPS.has(r.role))
    for (const { item: purpose, index } of indexed(model.policy.purposes)) {
      if (purpose.balancing?.trim()) continue
      const receiving = apps.filter((r) => r.purposes?.includes(purpose.id))
      if (receiving.length === 0) continue
      const on = regions.filter((r) => isBasisIn(INTEREST_BASES, basisIn(purpose, r.id)))
      if (on.length === 0) continue
      report({
        path: basisPath(purpose, index, on[0]!.id),
        regions: on.map((r) => r.id),
        reason: `Purpose \`${purpose.id}\` passes personal data to ${receiving.map((r) => `\`${r.name}\``).join(', ')} on legitimate interests in ${on.map((r) => r.id).join(' and ')}, but describes no balancing of those interests against the people's (GDPR Art 6(1)(f))`,
        hint: 'Add `balancing:` to the purpose, or base the sharing on consent.',
      })
    }
  },
})
