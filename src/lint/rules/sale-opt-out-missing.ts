import { indexed } from '../facts.js'
import { defineRule } from '../rule.js'

/** Right keys through which a US state lets consumers opt out of sale, sharing or targeted ads. */
const OPT_OUT_RIGHTS = ['right-opt-out-sale-share', 'right-opt-out-sale', 'right-opt-out-targeted-ads']

/** A sale or share of personal information without the opt-out a US-state variant requires. */
export default defineRule({
  id: 'sale-opt-out-missing',
  severity: 'warning',
  description: 'A sale or share of personal information without the opt-out a California or other US-state variant requires',
  docs: {
    why: 'A business that sells personal information, shares it for cross-context behavioural advertising or uses it for targeted advertising must let consumers opt out, and in California (and Colorado, Oregon and others) must honour an opt-out preference signal such as Global Privacy Control.',
    law: 'CCPA Civ. Code §1798.120, §1798.135(a)-(b); 11 CCR §7025 and §7011(e)(3)(C), (F); VCDPA §59.1-578(D); CPA §6-1-1306(1)(a)(IV); OCPA 646A.578(5)',
    fix: 'Offer the opt-out (do not limit the opt-out right to `not-offered`), and honour Global Privacy Control: `signals: { global-privacy-control: honored }`.',
    bad: 'regions: [us-ca]\npurposes:\n  - { id: ads, label: Targeted advertising, categories: [activity], basis: consent, share: true }\nsignals: { global-privacy-control: ignored }',
    good: 'regions: [us-ca]\npurposes:\n  - { id: ads, label: Targeted advertising, categories: [activity], basis: consent, share: true }\nsignals: { global-privacy-control: honored }',
  },
  check({ model, report }) {
    const states = model.regions.filter((r) => r.family === 'us-state')
    if (states.length === 0) return
    const purposes = indexed(model.policy.purposes)
    const sells = (region: string) =>
      purposes.filter(({ item }) => item.sale === true || item.share === true || (region !== 'us-ca' && item['targeted-advertising'] === true))
    const limits = indexed(model.policy.rights?.limits)
    const refused = new Set<string>()
    const needsSignal: string[] = []
    for (const region of states) {
      const selling = sells(region.id)
      if (selling.length === 0) continue
      const rights = region.rights.filter((r) => OPT_OUT_RIGHTS.includes(r.key))
      for (const right of rights) {
        const limit = limits.find(({ item }) => item.right === right.key && item.scope === 'not-offered')
        if (!limit || refused.has(right.key)) continue
        refused.add(right.key)
        report({
          path: ['rights', 'limits', limit.index, 'scope'],
          reason: `The ${right.name.toLowerCase()} is not offered, but purpose \`${selling[0]!.item.id}\` sells or shares personal information (${right.citation})`,
          hint: 'Offer the opt-out and describe how to use it.',
        })
      }
      const signalRequired = region.id === 'us-ca' || region.elements.some((e) => e.key === 'opt-out-preference-signal' || e.key === 'opt-out-preference-signal-processing')
      if (signalRequired && model.policy.signals?.['global-privacy-control'] !== 'honored') needsSignal.push(region.id)
    }
    if (needsSignal.length > 0) {
      const set = model.policy.signals?.['global-privacy-control'] !== undefined
      const first = purposes.find(({ item }) => item.sale === true || item.share === true || item['targeted-advertising'] === true)!
      report({
        path: set ? ['signals', 'global-privacy-control'] : ['purposes', first.index, 'id'],
        reason: `Personal information is sold or shared (purpose \`${first.item.id}\`), but Global Privacy Control is ${set ? 'ignored' : 'not said to be honoured'}; ${needsSignal.join(', ')} require${needsSignal.length === 1 ? 's' : ''} honouring opt-out preference signals (Civ. Code §1798.135(b), 11 CCR §7025)`,
        hint: 'Honour the signal and say so: `signals: { global-privacy-control: honored }`.',
      })
    }
  },
})
