import { loadCatalog, type Jurisdiction } from '../../catalog/catalog.js'
import { unverifiedFacts } from '../../catalog/verification.js'
import { isDeclared } from '../../resolve/declared-region.js'

/** One region as `policyc regions --format json` prints it (fields may be added, never changed). */
export interface RegionListing {
  id: string
  name: string
  /** ISO 3166 country and subdivision codes whose readers get this region's page. */
  codes: string[]
  laws: { name: string; short: string; url?: string }[]
  /** For a region a policy declares itself (`declared-regions`): that policy's id. */
  declaredBy?: string
}

/**
 * The catalog's regions, in catalog order, then the regions the given policies declare
 * (`declared-regions`), each marked with its policy; as text (one line each) or JSON.
 */
export function listRegions(format: 'text' | 'json', declared: readonly { policy: string; region: Jurisdiction }[] = []): string {
  const listing = (j: Jurisdiction): RegionListing => ({
    id: j.id,
    name: j.name,
    codes: [...j.codes],
    laws: j.laws.map((law) => ({ name: law.name, short: law.short, ...(law.url ? { url: law.url } : {}) })),
  })
  const regions: RegionListing[] = [...loadCatalog().jurisdictions.map(listing), ...declared.map(({ policy, region }) => ({ ...listing(region), declaredBy: policy }))]
  if (format === 'json') return `${JSON.stringify({ format: 'policyc-regions/1', regions }, null, 2)}\n`
  const idWidth = Math.max(...regions.map((r) => r.id.length))
  const nameWidth = Math.max(...regions.map((r) => r.name.length))
  const lines = regions.map((r) => `${r.id.padEnd(idWidth)}  ${r.name.padEnd(nameWidth)}  ${r.laws.map((l) => l.short).join(', ')}${r.declaredBy ? ` (declared by ${r.declaredBy})` : ''}`.trimEnd())
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

/** The regions the policies in `paths` declare (`declared-regions`), or why one does not resolve. */
export async function declaredRegionsOf(paths: readonly string[]): Promise<{ regions: { policy: string; region: Jurisdiction }[] } | { problem: string }> {
  if (paths.length === 0) return { regions: [] }
  const { checkPolicies } = await import('../../pipeline.js')
  const result = await checkPolicies(paths, { lint: false })
  const error = result.diagnostics.find((d) => d.severity === 'error')
  if (error) return { problem: `${error.file}:${error.start.line}:${error.start.column}: ${error.reason} (run \`policyc check\` for every problem)` }
  return { regions: result.models.flatMap((model) => model.regions.filter(isDeclared).map((region) => ({ policy: model.policy.id, region }))) }
}
