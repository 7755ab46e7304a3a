import { text } from '../phrasing.js'
import type { TableBuilder } from './table-spec.js'

/** The personal-information categories of Cal. Civ. Code §1798.140(v)(1), A to L, as the CCPA names them. */
export const CCPA_CATEGORIES = {
  A: 'Identifiers',
  B: 'Personal information categories listed in the California Customer Records statute (Cal. Civ. Code §1798.80(e))',
  C: 'Protected classification characteristics under California or federal law',
  D: 'Commercial information',
  E: 'Biometric information',
  F: 'Internet or other similar network activity',
  G: 'Geolocation data',
  H: 'Sensory data',
  I: 'Professional or employment-related information',
  J: 'Non-public education information',
  K: 'Inferences drawn from other personal information',
  L: 'Sensitive personal information',
} as const

/**
 * `::table{of=ccpa-categories}`: the twelve CCPA categories, each with what the policy lists under
 * it and whether it is collected. Only California's page (and the global one, which has every
 * region's text) shows it.
 */
export const ccpaCategoriesTable: TableBuilder = (variant) => {
  if (!variant.regions.some((r) => r.id === 'us-ca')) return undefined
  const categories = variant.model.policy.categories
  return {
    caption: 'Categories of personal information under the CCPA (Cal. Civ. Code §1798.140(v)(1))',
    columns: ['Category', 'Examples', 'Collected'],
    rows: Object.entries(CCPA_CATEGORIES).map(([letter, name]) => {
      const listed = categories.filter((c) => c.ccpa === letter)
      const examples = listed.flatMap((c) => c.examples ?? [])
      const first = listed[0]
      return {
        ...(first ? { entity: { kind: 'category' as const, id: first.id } } : {}),
        cells: [
          [text(`${letter}. ${name}`)],
          [text(examples.length ? examples.join(', ') : '—')],
          [text(listed.some((c) => c.collected) ? 'Yes' : 'No')],
        ],
      }
    }),
    empty: '',
  }
}
