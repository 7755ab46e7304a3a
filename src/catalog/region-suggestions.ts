import { editDistance } from '../diagnostics/did-you-mean.js'
import type { Jurisdiction } from '../generated/catalog.js'

/**
 * Close region ids for an id the catalog does not know. Plain edit distance on two-letter ids
 * suggested the wrong region (`eu` was one letter from `au`, Australia), so a guess is also
 * matched against each region's name and its ISO 3166 codes (`gb` → `uk`, `de` → `eea`,
 * `california` → `us-ca`), and every close id is listed with its name so the editor can tell.
 */
export function closeRegions(input: string, jurisdictions: readonly Jurisdiction[]): Jurisdiction[] {
  const wanted = fold(input)
  if (wanted === '') return []
  const scored = new Map<Jurisdiction, number>()
  const score = (j: Jurisdiction, value: number) => scored.set(j, Math.min(value, scored.get(j) ?? Infinity))
  for (const j of jurisdictions) {
    if (fold(j.id) === wanted) continue
    if (fold(j.name) === wanted) score(j, 0)
    if (j.codes.some((code) => fold(code) === wanted)) score(j, 0)
    // `EU` is the ISO 3166 exceptionally reserved code of the European Union; every EU member
    // state's code is among the EEA's codes, so the EEA is the region that serves it.
    if (wanted === 'eu' && j.codes.includes('DE') && j.codes.includes('FR')) score(j, 0)
    if (wanted.length >= 4 && fold(j.name).includes(wanted)) score(j, 1)
    const id = fold(j.id)
    const distance = editDistance(wanted, id, limitFor(wanted))
    // A typo rarely hits the first letter: of equally distant ids, those starting alike come first.
    if (distance <= limitFor(wanted)) score(j, distance + 1 + (id[0] === wanted[0] ? 0 : 0.5))
  }
  // Only the closest: `us-ny` lists `us-ky`, `us-nh` and `us-nj`, not every `us-` id two edits away.
  const best = Math.min(...scored.values())
  return [...scored.entries()].filter(([, value]) => value === best).map(([j]) => j).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, 5)
}

/** The hint for an unknown region: the close ids with their names, or every id. */
export function regionHint(input: string, jurisdictions: readonly Jurisdiction[]): string {
  const close = closeRegions(input, jurisdictions)
  const list = close.map((j) => `\`${j.id}\` (${j.name})`)
  if (list.length === 1) return `Did you mean ${list[0]}? Run \`policyc regions\` to list every region.`
  if (list.length > 1) return `Did you mean ${list.slice(0, -1).join(', ')} or ${list.at(-1)}? Run \`policyc regions\` to list every region.`
  return `Regions: ${jurisdictions.map((j) => j.id).join(', ')} (\`policyc regions\` lists them with their names and laws).`
}

/** Lower case without accents or separators, so `Québec`, `quebec` and `ca_qc` compare. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_]+/g, '-')
}

/** One edit for two letters (`eu` is not `au`), two from three letters on (`euu` → `eea`). */
function limitFor(word: string): number {
  return word.length <= 2 ? 1 : 2
}
