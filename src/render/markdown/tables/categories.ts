import type { Category } from '../../../resolve/model.js'
import type { Variant } from '../../../variant/variant.js'
import { linkify, text } from '../phrasing.js'
import { SOURCE_WORDS } from '../../words.js'
import type { TableBuilder } from './table-spec.js'

/** `::table{of=categories}`: every category the policy lists, collected or not. */
export const categoriesTable: TableBuilder = (variant) => ({
  caption: `Categories of ${variant.terms['personal-data']}`,
  columns: ['Category', 'What it includes', 'Where it comes from', 'Collected'],
  rows: variant.model.policy.categories.map((category) => ({
    entity: { kind: 'category', id: category.id },
    cells: [
      [text(categoryName(category, variant))],
      includes(category),
      [text(category.sources?.map((s) => SOURCE_WORDS[s]).join(', ') ?? '—')],
      [text(category.collected ? 'Yes' : 'No')],
    ],
  })),
  empty: `No categories of ${variant.terms['personal-data']} are listed.`,
})

/** The label, marked the way the variant's law marks it: special category (GDPR, FADP) or sensitive (US). */
export function categoryName(category: Category, variant: Variant): string {
  const marks: string[] = []
  const families = new Set(variant.regions.map((r) => r.family))
  if (category['special-category'] && (families.has('gdpr') || families.has('fadp'))) marks.push('special category')
  if (category.sensitive && families.has('us-state')) marks.push('sensitive')
  return marks.length ? `${category.label} (${marks.join(', ')})` : category.label
}

function includes(category: Category) {
  const parts = []
  if (category.description) parts.push(...linkify(category.description))
  if (category.examples?.length) {
    if (parts.length) parts.push(text(' '))
    parts.push(text(`Examples: ${category.examples.join(', ')}.`))
  }
  return parts.length ? parts : [text('—')]
}
