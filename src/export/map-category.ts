import type { Category } from '../generated/policy.js'
import { rowTargets, type MappingTable } from './mappings/load.js'

/** How a category reached its target keys. */
export type MappedVia = 'dpv' | 'ccpa' | 'free-text' | 'none'

export interface CategoryMapping {
  /** The target data types, sorted and without duplicates; empty when the category cannot be mapped. */
  keys: string[]
  via: MappedVia
  /** The category's DPV terms that have no row (reported in hints; the others may still map it). */
  unmappedTerms: string[]
}

/**
 * Maps one category to a target's data types: the union of the rows of its DPV terms; only when
 * none of them has a row, the row of its CCPA letter. Category ids are free-form, so they are
 * never used as keys. A free-text target (TILT) takes any category as it is.
 */
export function mapCategory(table: MappingTable, category: Category): CategoryMapping {
  const terms = category.dpv ?? []
  const unmappedTerms = terms.filter((term) => rowTargets(table.categories, term).length === 0)
  if (table.categoryKeys === 'free-text') return { keys: [], via: 'free-text', unmappedTerms: [] }
  const fromTerms = sortedUnique(terms.flatMap((term) => rowTargets(table.categories, term)))
  if (fromTerms.length > 0) return { keys: fromTerms, via: 'dpv', unmappedTerms }
  const fromLetter = category.ccpa ? sortedUnique(rowTargets(table.ccpa, category.ccpa)) : []
  if (fromLetter.length > 0) return { keys: fromLetter, via: 'ccpa', unmappedTerms }
  return { keys: [], via: 'none', unmappedTerms }
}

/** Whether a target can express the category at all. */
export function canExpress(mapping: CategoryMapping): boolean {
  return mapping.via !== 'none'
}

export function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
}
