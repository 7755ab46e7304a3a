import type { Messages } from '../../../i18n/index.js'
import type { Category } from '../../../resolve/model.js'
import type { Variant } from '../../../variant/variant.js'
import { linkify, text, shortText } from '../phrasing.js'
import { tableWords } from '../../locale-words.js'
import type { TableBuilder } from './table-spec.js'

/** `::table{of=categories}`: every category the policy lists, collected or not. */
export const categoriesTable: TableBuilder = (variant) => {
  const { m, terms } = tableWords(variant.model.policy.language, variant.terms)
  const w = m.tables.categories
  return {
  caption: w.caption(terms),
  columns: [w.category, w.includes, w.source, w.collected],
  rows: variant.model.policy.categories.map((category) => ({
    entity: { kind: 'category', id: category.id },
    cells: [
      [text(categoryName(category, variant))],
      includes(category, m, variant),
      // No `sources`: the notice does not say where the data comes from, which is not "nowhere".
      // A category not collected has no source to state.
      [text(category.sources?.map((s) => m.source[s]).join(', ') ?? (category.collected ? m.words.notStated : '—'))],
      [text(category.collected ? m.words.yes : m.words.no)],
    ],
  })),
  empty: w.empty(terms),
  }
}

/** The label, marked the way the variant's law marks it: special category (GDPR, FADP) or sensitive (US). */
export function categoryName(category: Category, variant: Variant): string {
  const marks: string[] = []
  const families = new Set(variant.regions.map((r) => r.family))
  const { m } = tableWords(variant.model.policy.language, variant.terms)
  if (category['special-category'] && (families.has('gdpr') || families.has('fadp'))) marks.push(m.words.specialCategory)
  if (category.sensitive && families.has('us-state')) marks.push(m.words.sensitive)
  return marks.length ? `${category.label} (${marks.join(', ')})` : category.label
}

function includes(category: Category, m: Messages, variant: Variant) {
  const parts = []
  if (category.description) parts.push(...shortText(category.description, variant.model))
  if (category.examples?.length) {
    if (parts.length) parts.push(text(' '))
    parts.push(text(m.words.examples(category.examples.join(', '))))
  }
  return parts.length ? parts : [text(m.words.none)]
}
