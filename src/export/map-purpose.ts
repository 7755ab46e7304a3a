import type { Purpose } from '../generated/policy.js'
import { sortedUnique } from './map-category.js'
import { rowTargets, type MappingTable } from './mappings/load.js'

/**
 * Maps one purpose to a target's purposes: the row of its DPV purpose term, plus the rows of the
 * flags it sets (`share`, `targeted-advertising`, …). A purpose that maps to nothing either way gets
 * the table's fallback (Apple's "Other"), or nothing when the target has no catch-all (Google).
 */
export function mapPurpose(table: MappingTable, purpose: Purpose): string[] {
  const fromTerm = purpose.dpv ? rowTargets(table.purposes, purpose.dpv) : []
  const fromFlags = (table.purposeFlags ?? []).filter((row) => purpose[row.flag] === true).flatMap((row) => row.to)
  const keys = sortedUnique([...fromTerm, ...fromFlags])
  return keys.length > 0 ? keys : sortedUnique(table.purposeFallback ?? [])
}
