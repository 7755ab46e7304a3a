import { loadCatalog } from '../../catalog/catalog.js'
import { unverifiedFacts } from '../../catalog/verification.js'

/** One region as `policyc regions --format json` prints it (fields may be added, never changed). */
export interface RegionListing {
  id: string
  name: string
  /** ISO 3166 country and subdivision codes whose readers get this region's page. */
  codes: string[]
  laws: { name: string; short: string; url?: string }[]
}

/** The catalog's regions, in catalog order, as text (one line each) or JSON. */
export function listRegions(format: 'text' | 'json'): string {
  const regions: RegionListing[] = loadCatalog().jurisdictions.map((j) => ({
    id: j.id,
    name: j.name,
    codes: [...j.codes],
    laws: j.laws.map((law) => ({ name: law.name, short: law.short, ...(law.url ? { url: law.url } : {}) })),
  }))
  if (format === 'json') return `${JSON.stringify({ format: 'policyc-regions/1', regions }, null, 2)}\n`
  const idWidth = Math.max(...regions.map((r) => r.id.length))
  const nameWidth = Math.max(...regions.map((r) => r.name.length))
  const lines = regions.map((r) => `${r.id.padEnd(idWidth)}  ${r.name.padEnd(nameWidth)}  ${r.laws.map((l) => l.short).join(', ')}`.trimEnd())
  return `${'id'.padEnd(idWidth)}  ${'name'.padEnd(nameWidth)}  laws\n${lines.join('\n')}\n`
}

/**
 * The catalog facts no source read has (fully) confirmed, region by region, with why: legal
 * editors see what they must check themselves before relying on a page's deadline, authority or
 * sensitive-data mark for that region.
 */
export function listUnverified(format: 'text' | 'json'): string {
  const facts = unverifiedFacts()
  if (format === 'json') return `${JSON.stringify({ format: 'policyc-unverified/1', facts }, null, 2)}\n`
  if (facts.length === 0) return 'Every catalog fact is verified.\n'
  return `${facts.map((f) => `${f.region}  ${f.fact}${f.verified ? ` (verified ${f.verified}, in part)` : ' (not verified)'}: ${f.unverified}`).join('\n')}\n`
}
