import type { CcpaLetter } from '../../../i18n/messages/types.js'
import { tableWords } from '../../locale-words.js'
import { text } from '../phrasing.js'
import type { TableBuilder } from './table-spec.js'

/** The personal-information categories of Cal. Civ. Code §1798.140(v)(1), in the law's order; their names are the catalog's (`ccpaCategory`). */
const CCPA_LETTERS: readonly CcpaLetter[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L']

/**
 * `::table{of=ccpa-categories}`: the twelve CCPA categories, each with what the policy lists under
 * it and whether it is collected. Only California's page (and the global one, which has every
 * region's text) shows it. In English the categories keep the statute's words; a translated page
 * names them in its language, with the statute's letter so a reader can find each in the law.
 */
export const ccpaCategoriesTable: TableBuilder = (variant) => {
  if (!variant.regions.some((r) => r.id === 'us-ca')) return undefined
  const { m } = tableWords(variant.model.policy.language, variant.terms)
  const w = m.tables['ccpa-categories']
  const categories = variant.model.policy.categories
  return {
    caption: w.caption,
    columns: [w.category, w.examples, w.collected],
    rows: CCPA_LETTERS.map((letter) => {
      const listed = categories.filter((c) => c.ccpa === letter)
      const examples = listed.flatMap((c) => c.examples ?? [])
      const first = listed[0]
      return {
        ...(first ? { entity: { kind: 'category' as const, id: first.id } } : {}),
        cells: [
          [text(`${letter}. ${m.ccpaCategory[letter]}`)],
          [text(examples.length ? examples.join(', ') : m.words.none)],
          [text(listed.some((c) => c.collected) ? m.words.yes : m.words.no)],
        ],
      }
    }),
    empty: '',
  }
}
