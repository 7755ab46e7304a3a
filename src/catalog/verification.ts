import { loadCatalog } from './catalog.js'

/** One catalog fact and how it was checked: the date, the sources read, or why it is not confirmed. */
export interface CheckedFact {
  /** The region id (`us-mn`). */
  readonly region: string
  /** Which fact: `entry`, `deadline`, `sensitive-data`, `authorities`, `transfers`, `element date-last-updated`. */
  readonly fact: string
  readonly verified: string | null
  readonly unverified?: string
  readonly sources: readonly string[]
}

interface Checkable {
  readonly verified?: string | null
  readonly unverified?: string
  readonly sources?: readonly string[]
}

/**
 * Every catalog fact that carries its own check (`verified`, `unverified`, `sources`), the region
 * entries first. A fact without its own fields is covered by its entry's date and sources. This is
 * what `policyc regions --unverified` reports and what the catalog test holds to: a `verified`
 * date always names a source read, and a fact no source confirmed says why.
 */
export function checkedFacts(): CheckedFact[] {
  const out: CheckedFact[] = []
  const add = (region: string, fact: string, checked: Checkable | undefined) => {
    if (!checked || (checked.verified === undefined && checked.unverified === undefined)) return
    out.push({ region, fact, verified: checked.verified ?? null, ...(checked.unverified ? { unverified: checked.unverified } : {}), sources: [...(checked.sources ?? [])] })
  }
  for (const j of loadCatalog().jurisdictions) {
    add(j.id, 'entry', j)
    add(j.id, 'deadline', j.deadline)
    add(j.id, 'sensitive-data', j['sensitive-data'])
    add(j.id, 'authorities', j.authorities)
    add(j.id, 'transfers', j.transfers)
    for (const element of j.elements) add(j.id, `element ${element.key}`, element)
  }
  return out
}

/** The facts that a source read did not (fully) confirm: those with an `unverified` note. */
export function unverifiedFacts(): CheckedFact[] {
  return checkedFacts().filter((f) => f.unverified !== undefined)
}
