import type { Jurisdiction } from '../catalog/catalog.js'
import type { Policy } from '../generated/policy.js'
import { establishmentsOf } from './applicable-laws.js'

/** The authority a page names for one law, and why it is that one. */
export interface NamedAuthority {
  readonly name: string
  readonly url: string
  /**
   * policy: the policy names it (`authorities:`); lead: the authority of the controller's EEA
   * establishment (GDPR Art 56(1)); own: the law's one authority (ICO, FDPIC, OPC …).
   */
  readonly kind: 'policy' | 'lead' | 'own'
  /** The article that makes it the one to name, for `lead`. */
  readonly citation?: string
}

/** Where a reader may complain besides: every authority of the area, and the article that lets them. */
export interface ComplaintList {
  readonly name: string
  readonly url: string
  readonly citation: string
}

/**
 * The authority to name for a law on a page, or undefined when there is none to name: an EEA
 * controller-less case (no establishment in the EEA, so no lead authority: readers complain in
 * their own Member State), or a US state law, whose notices need not name their enforcer.
 */
export function authorityFor(policy: Pick<Policy, 'controller' | 'authorities'>, law: Jurisdiction): NamedAuthority | undefined {
  const set = policy.authorities?.[law.id]
  if (set) return { name: set.name, url: set.url, kind: 'policy' }
  if (law.authorities) {
    const members = law.authorities.members
    // GDPR Art 56(1): the authority of the main establishment leads. The policy's own country
    // comes first in `establishmentsOf`, so it is taken as the main establishment when in the EEA.
    const lead = establishmentsOf(policy)
      .map((code) => members.find((m) => m.country === code.split('-')[0]))
      .find((m) => m !== undefined)
    return lead && { name: lead.name, url: lead.url, kind: 'lead', citation: law.authorities['lead-citation'] }
  }
  if (law.authority && law['authority-on-page'] !== false) return { name: law.authority.name, url: law.authority.url, kind: 'own' }
  return undefined
}

/** The EDPB's list of authorities and GDPR Art 77(1), for laws with one authority per country. */
export function complaintListFor(law: Jurisdiction): ComplaintList | undefined {
  const authorities = law.authorities
  return authorities && { name: authorities.list.name, url: authorities.list.url, citation: authorities['complaint-citation'] }
}
