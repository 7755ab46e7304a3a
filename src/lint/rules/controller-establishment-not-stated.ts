import { defineRule } from '../rule.js'

/** `controller.country` is absent: the notice does not say where the controller is established. */
export default defineRule({
  id: 'controller-establishment-not-stated',
  severity: 'warning',
  description: 'The controller has no `country`: where it is established is not stated',
  docs: {
    why: 'Where the controller is established decides which laws reach all of its processing (GDPR Art 3(1), UK GDPR Art 3(1), LGPD Art 3(I) …) and, in the EEA, which supervisory authority leads (GDPR Art 56(1)). Without it policyc applies each reader\'s own law only, names no lead authority (EEA pages point readers to their own Member State\'s authority and the EDPB\'s list, GDPR Art 77(1)) and says on every page that the country is not stated. GDPR Art 13(1)(a) requires the controller\'s identity and contact details, which a reader cannot place without it.',
    law: 'GDPR Art 3(1), Art 13(1)(a), Art 56(1) and Art 77(1); UK GDPR Art 3(1) and Art 13(1)(a)',
    fix: 'Set `controller.country` to the country where the controller is established (and `controller.establishments` for others) once the source states it; until then leave it out rather than guess.',
    bad: 'controller:\n  name: XWMS\n  email: info@xwms.nl',
    good: 'controller:\n  name: XWMS\n  email: info@xwms.nl\n  country: NL',
  },
  check({ model, report }) {
    if (model.policy.controller.country !== undefined) return
    report({
      path: ['controller'],
      reason: `The controller \`${model.policy.controller.name}\` has no \`country\`: no law is applied by establishment and no lead supervisory authority is named, and readers are not told where the controller is established (GDPR Art 13(1)(a))`,
      hint: 'Add `country:` (ISO 3166-1, such as NL) under `controller:` once the source states it.',
    })
  },
})
