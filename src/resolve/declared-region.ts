import type { Jurisdiction } from '../catalog/catalog.js'
import type { Policy } from '../generated/policy.js'

type Declared = NonNullable<Policy['declared-regions']>[number]

/**
 * The family of a region the policy declares itself (`declared-regions`): no catalog family, so
 * no rule written for a family of law (GDPR transfers, US state appeals …) ever applies to it.
 */
export const DECLARED_FAMILY = 'declared'

/** Whether a jurisdiction comes from the policy's `declared-regions` rather than the catalog. */
export function isDeclared(region: Jurisdiction): boolean {
  return (region.family as string) === DECLARED_FAMILY
}

/**
 * A region the policy declares, as a jurisdiction the later stages read like a catalog one. It
 * carries only the facts the policy states: its law, rights, deadline and authority. It lists no
 * notice elements (policyc knows none of that law's requirements, so coverage judges nothing) and
 * no legal bases, and the notice's neutral words stand in for the law's terminology.
 */
export function declaredJurisdiction(declared: Declared, effective: string): Jurisdiction {
  const region = {
    id: declared.id,
    name: declared.name,
    family: DECLARED_FAMILY,
    codes: [...declared.codes],
    laws: [{ name: declared.law.name, short: declared.law.short, ...(declared.law.url ? { url: declared.law.url } : {}) }],
    terminology: { 'personal-data': 'personal data', controller: 'controller', 'data-subject': 'data subject', 'sensitive-data': 'sensitive personal data' },
    ...(declared.authority ? { authority: { name: declared.authority.name, url: declared.authority.url } } : {}),
    // Keys only name the rows; no translation or rule knows them.
    rights: (declared.rights ?? []).map((right, index) => ({ key: `right-declared-${index + 1}`, name: right.name, citation: right.citation })),
    'legal-bases': [],
    'requires-legal-basis': false,
    elements: [],
    // The notice names its authority: the page states it, as the notice does.
    'authority-on-page': declared.authority !== undefined,
    // Reached by the notice's own word: the law applies to readers there as the notice says, from the notice's date.
    reach: { readers: declared.law.citation ?? declared.law.name },
    ...(declared.deadline ? { deadline: { period: declared.deadline.period, citation: declared.deadline.citation } } : {}),
    effective,
    verified: effective,
    sources: declared.law.url ? [declared.law.url] : [],
  }
  return region as unknown as Jurisdiction
}
