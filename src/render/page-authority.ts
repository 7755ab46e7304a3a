import { authorityFor } from '../applicability/index.js'
import type { Variant } from '../variant/variant.js'
import { pageAuthorityName } from './locale-words.js'

/**
 * The authority a region page names in its header: the one its reader's own law points to (a
 * lead authority picked from the controller's EEA establishment, GDPR Art 56(1); the ICO, the
 * FDPIC…; or the one the policy sets). Undefined on the global page, for an EEA reader when the
 * controller has no EEA establishment (the rights section then says where to complain, Art 77),
 * and for US state laws, which do not ask a notice to name their enforcer.
 */
export function headerAuthority(variant: Variant): { name: string; url: string } | undefined {
  const region = variant.region
  const own = variant.laws[0]
  if (!region || own?.jurisdiction.id !== region.id) return undefined
  const authority = authorityFor(variant.model.policy, region)
  return authority && { name: pageAuthorityName(region, authority, variant.model.policy.language), url: authority.url }
}
