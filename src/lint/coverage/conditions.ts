import type { Jurisdiction } from '../../catalog/catalog.js'
import type { PolicyModel } from '../../resolve/model.js'
import { CONSENT_BASES, possibleBases, homeCountries, INTEREST_BASES, isSensitive, sellsOrShares, transferCountries } from '../facts.js'

/**
 * Decides whether a level-C element's condition holds for a policy in one region, or says why
 * the data cannot tell (the element is then "not evaluated", never "not applicable").
 */
export type Condition = (model: PolicyModel, region: Jurisdiction) => boolean | Unknown

/** The data does not say whether a condition holds: the reason, for the coverage cell. */
export interface Unknown {
  unknown: string
}

const ESTABLISHMENT_UNKNOWN: Unknown = { unknown: 'the notice does not state where the controller is established (`controller.country`)' }

/**
 * Sources that mean the data did not come from the person themselves (GDPR Art 14). `inferred`
 * is not among them: the controller derives it from data it already holds, obtained from no one.
 */
// `own-service` (another service of the same controller) is not here: the controller already holds that data, it does not obtain it from another (GDPR Art 14(1)).
const INDIRECT_SOURCES = new Set(['third-party', 'public', 'social-login', 'clients', 'other-users', 'affiliates'])

/**
 * The condition keys the catalog uses (catalog.schema.json, `elements[].condition`), each
 * evaluated from the model's data. A key missing here leaves the element "not evaluated".
 */
export const CONDITIONS: Readonly<Record<string, Condition>> = {
  'any-legitimate-interests': (model, region) => model.policy.purposes.some((p) => possibleBases(model.policy, p, region.id).some((b) => INTEREST_BASES.has(b))),
  'any-recipient': (model) => (model.policy.recipients ?? []).length > 0,
  // Under the GDPR, collecting directly from the person is no transfer (EDPB Guidelines 05/2021);
  // elsewhere a controller abroad discloses the data overseas by holding it.
  'any-transfer': (model, region) =>
    (model.policy.recipients ?? []).some((r) => transferCountries(r, region).length > 0) || (region.family !== 'gdpr' && abroad(model, region)),
  'any-consent': (model, region) => model.policy.purposes.some((p) => possibleBases(model.policy, p, region.id).some((b) => CONSENT_BASES.has(b)) || p['special-condition'] === 'explicit-consent'),
  'dpo-appointed': (model) => model.policy.dpo !== undefined,
  'sells-or-shares': (model) => model.policy.purposes.some(sellsOrShares) || (model.policy.claims?.sale ?? 'none') !== 'none',
  'uses-sensitive': (model) => model.policy.categories.some((c) => c.collected && isSensitive(c)),
  'automated-decisions': (model) => (model.policy['automated-decisions'] ?? []).length > 0,
  'controller-abroad': (model, region) => abroad(model, region),
  'any-cookies': (model) => (model.policy.cookies ?? []).length > 0,
  // Cal. Civ. Code §1798.83 binds a business that discloses personal information to third parties for their direct marketing.
  'direct-marketing-disclosure': (model) => model.policy.rights?.['shine-the-light']?.discloses === 'yes',
  // Bus. & Prof. Code §22581 binds an operator that knows minors use the service: one open to users under 18, or that says it lets minors remove content.
  'minor-users': (model) => (model.policy.children !== undefined && model.policy.children['minimum-age'] < 18) || model.policy.children?.['content-removal'] !== undefined,
  'indirect-collection': (model) => model.policy.categories.some((c) => c.collected && (c.sources ?? []).some((s) => INDIRECT_SOURCES.has(s))),
}

/**
 * Whether the controller is established outside a region. An unstated `controller.country` is
 * neither at home nor abroad: no element is required on a guess (a representative, a transfer by
 * holding the data), nor called not applicable; the cell is "not evaluated", and
 * controller-establishment-not-stated reports the gap.
 */
function abroad(model: PolicyModel, region: Jurisdiction): boolean | Unknown {
  const country = model.policy.controller.country
  return country === undefined ? ESTABLISHMENT_UNKNOWN : !homeCountries(region).has(country)
}
