import { sensitiveUnder } from '../../../applicability/index.js'
import type { Messages } from '../../../i18n/index.js'
import type { Category, PolicyModel } from '../../../resolve/model.js'
import type { PhrasingContent } from 'mdast'
import type { Variant } from '../../../variant/variant.js'
import { text, shortText } from '../phrasing.js'
import { tableWords } from '../../locale-words.js'
import { noticeFactWords } from '../../../i18n/messages/notice-facts.js'
import { pageLawLabel } from '../../locale-words.js'
import type { TableBuilder } from './table-spec.js'

/** `::table{of=categories}`: every category the policy lists, collected or not. */
export const categoriesTable: TableBuilder = (variant) => {
  const { m, terms } = tableWords(variant.model.policy.language, variant.terms)
  const w = m.tables.categories
  const requirement = asksForRequirement(variant)
  return {
  caption: w.caption(terms),
  columns: [w.category, w.includes, w.source, w.collected, ...(requirement ? [w.requirement] : [])],
  rows: variant.model.policy.categories.map((category) => {
    const cells = invariantCells(variant.model, category, m)
    return {
      entity: { kind: 'category', id: category.id },
      cells: [[text(categoryName(category, variant))], cells.includes, cells.source, cells.collected, ...(requirement ? [cells.requirement] : [])],
    }
  }),
  empty: w.empty(terms),
  }
}

interface CategoryCells {
  includes: PhrasingContent[]
  source: PhrasingContent[]
  collected: PhrasingContent[]
  requirement: PhrasingContent[]
}

/**
 * The cells of a category's row that read the same on every page of a policy: all but its name,
 * which each page marks by its readers' laws. The table is built again for each region's laws
 * (tables/spec-once.ts); these cells depend on the model (its language, labels and data) and the
 * category only. Cells are never changed once made.
 */
function invariantCells(model: PolicyModel, category: Category, m: Messages): CategoryCells {
  let byCategory = cellsByModel.get(model)
  if (!byCategory) cellsByModel.set(model, (byCategory = new WeakMap()))
  let cells = byCategory.get(category)
  if (!cells) {
    cells = {
      includes: includes(category, m, model),
      // No `sources`: the notice does not say where the data comes from, which is not "nowhere".
      // A category not collected has no source to state.
      // `own-service`: another service of the same controller, named as the notice names it (`own-services`).
      source: [text(category.sources?.map((s) => (s === 'own-service' ? noticeFactWords(model.policy.language).ownService(category['own-services']?.join(', ')) : m.source[s])).join(', ') ?? (category.collected ? m.words.notStated : '—'))],
      collected: [text(category.collected ? m.words.yes : m.words.no)],
      requirement: requirementCell(category, m),
    }
    byCategory.set(category, cells)
  }
  return cells
}

const cellsByModel = new WeakMap<PolicyModel, WeakMap<Category, CategoryCells>>()

/**
 * The label, marked the way each applicable law marks it, with that law's name: special category
 * (GDPR Art 9(1), UK GDPR, FADP Art 5(c)) or sensitive (CPRA SPI, VCDPA, CPA, TDPSA … each its
 * own list, from the catalog's `sensitive-data` and the category's `sensitive-kinds`). A law that
 * does not count the category as sensitive adds no mark: payment data is SPI in California, not
 * sensitive data in Virginia or Texas. The global page marks by the laws of every served region.
 */
export function categoryName(category: Category, variant: Variant): string {
  const { m } = tableWords(variant.model.policy.language, variant.terms)
  const special: string[] = []
  const sensitive: string[] = []
  for (const { jurisdiction: law } of variant.laws) {
    if (!sensitiveUnder(category, law)) continue
    ;(law.family === 'gdpr' || law.family === 'fadp' ? special : sensitive).push(pageLawLabel(law, variant.model.policy.language))
  }
  const marks: string[] = []
  if (special.length) marks.push(`${m.words.specialCategory}: ${special.join(', ')}`)
  if (sensitive.length) marks.push(`${m.words.sensitive}: ${sensitive.join(', ')}`)
  return marks.length ? `${category.label} (${marks.join('; ')})` : category.label
}

function includes(category: Category, m: Messages, model: PolicyModel): PhrasingContent[] {
  const parts: PhrasingContent[] = []
  if (category.description) parts.push(...shortText(category.description, model))
  if (category.examples?.length) {
    if (parts.length) parts.push(text(' '))
    parts.push(text(m.words.examples(category.examples.join(', '))))
  }
  return parts.length ? parts : [text(m.words.none)]
}

/**
 * Whether a law on this page asks the notice to say if providing the data is required and what
 * follows if it is not (GDPR/UK GDPR Art 13(2)(e), POPIA s.18(1)(d)-(e), APP 5.2(e), NZ IPP 3(1)(e)-(f), LGPD Art 18 VIII):
 * the catalog lists that as the element `statutory-or-contractual-requirement`. Only then does the
 * table carry the column; other readers' laws do not ask it.
 */
export function asksForRequirement(variant: Variant): boolean {
  return variant.laws.some(({ jurisdiction }) => (jurisdiction.elements ?? []).some((e) => e.key === REQUIREMENT_ELEMENT))
}

export const REQUIREMENT_ELEMENT = 'statutory-or-contractual-requirement'

/** The category's `requirement` and `if-not-provided`, in the policy's words; "not stated" when the notice does not say. */
function requirementCell(category: Category, m: Messages) {
  if (!category.collected) return [text('—')]
  const said = category.requirement === undefined ? m.words.notStated : m.tables.categories.requirements[category.requirement]
  const consequence = category['if-not-provided']
  return [text(consequence ? `${said}. ${m.tables.categories.ifNotProvided(consequence)}` : said)]
}
