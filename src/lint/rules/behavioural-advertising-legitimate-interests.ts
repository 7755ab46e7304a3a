import { basisIn, basisPath, gdprRegions, indexed, INTEREST_BASES, isBasisIn } from '../facts.js'
import { defineRule } from '../rule.js'

/**
 * Behavioural (targeted) advertising resting on legitimate interests in the EEA or UK. Tracking
 * people across sites or apps to profile them for ads needs consent: the cookies and identifiers
 * it reads need it under ePrivacy Art 5(3), and the CJEU found that such a user's interests
 * override the operator's interest in personalised advertising.
 */
export default defineRule({
  id: 'behavioural-advertising-legitimate-interests',
  severity: 'warning',
  description: 'A purpose of targeted (behavioural) advertising relies on legitimate interests while the EEA or UK is served',
  docs: {
    why: 'Behavioural advertising builds a profile of a person from what they do, often across sites and apps, to choose the ads they see. People do not reasonably expect that, the trackers it reads need consent anyway, and the Court of Justice held that a user\'s interests and rights override an operator\'s interest in personalised advertising, so legitimate interests cannot carry it.',
    law: 'GDPR Art 6(1)(a) and (f), Art 21(2)-(3); ePrivacy Directive 2002/58/EC Art 5(3); CJEU C-252/21 Meta Platforms v Bundeskartellamt (judgment of 4 July 2023), paras 115-117; EDPB Guidelines 8/2020 on the targeting of social media users (version 2.0, adopted 13 April 2021)',
    fix: 'Base the purpose on consent in the EEA and UK (`basis: consent`, or `basis-by-region: { eea: consent, uk: consent }`), ask for it before any tracking, and let people withdraw it as easily.',
    bad: 'regions: [eea]\npurposes:\n  - { id: ads, label: Show ads based on what you do, categories: [activity], basis: legitimate-interests, targeted-advertising: true }',
    good: 'regions: [eea]\npurposes:\n  - { id: ads, label: Show ads based on what you do, categories: [activity], basis: consent, targeted-advertising: true }',
  },
  check({ model, report }) {
    const regions = gdprRegions(model)
    if (regions.length === 0) return
    for (const { item: purpose, index } of indexed(model.policy.purposes)) {
      if (purpose['targeted-advertising'] !== true && purpose.share !== true) continue
      const on = regions.filter((r) => isBasisIn(INTEREST_BASES, basisIn(purpose, r.id)))
      if (on.length === 0) continue
      report({
        path: basisPath(purpose, index, on[0]!.id),
        regions: on.map((r) => r.id),
        reason: `Purpose \`${purpose.id}\` is behavioural advertising, but relies on legitimate interests in ${on.map((r) => r.id).join(' and ')}, where it needs consent (CJEU C-252/21; ePrivacy Art 5(3))`,
        hint: 'Base it on consent there: `basis: consent` (or `basis-by-region`).',
      })
    }
  },
})
