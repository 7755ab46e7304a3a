import { loadCatalog } from '../../catalog/catalog.js'

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
