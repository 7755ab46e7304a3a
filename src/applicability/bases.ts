import type { Jurisdiction } from '../catalog/catalog.js'
import type { Purpose } from '../generated/policy.js'

/**
 * Whether a basis is one the law knows: one of its `legal-bases` (GDPR Art 6(1), LGPD Art 7,
 * POPIA s.11(1), PIPEDA's consent forms). A law that lists none (US state laws) knows none, and
 * its page states no basis. Never a fallback to another law's basis.
 */
export function basisValidIn(basis: NonNullable<Purpose['basis']>, law: Jurisdiction): boolean {
  return law['legal-bases'].includes(basis)
}

/** The article of a basis in a law (GDPR Art 6(1)(b), LGPD Art 7(V)), or undefined. */
export function basisCitation(basis: NonNullable<Purpose['basis']>, law: Jurisdiction): string | undefined {
  return law.bases?.[basis]
}
