import type { Nodes, Root } from 'mdast'
import type { LeafDirective } from 'mdast-util-directive'
import { visit } from './walk-tree.js'
import { isTableKind, type TableKind } from '../../prose/directives.js'
import type { Variant } from '../../variant/variant.js'
import { rowId } from '../anchors.js'
import { HeadingSlugger } from './heading-slug.js'
import { tableSpecOnce } from './tables/spec-once.js'
import { filteredSpec, type TableSpec } from './tables/table-spec.js'
import { filtersOf } from '../../prose/table-filters.js'

/** Where an entity's row is on a page: the first table that lists it owns its anchor. */
export interface RowAnchor {
  /** The row's id before sanitizing (`recipient-mollie`). */
  id: string
  /** `section/ordinal` of the owning table, so only that table writes the id. */
  owner: string
  /** The section (or `#intro`) holding the table, for Markdown links to its heading. */
  sectionId: string
}

/**
 * What one page knows before any section is expanded: each table built once, which table anchors
 * each entity, and the Markdown heading slug of each section. Cross-references need all three,
 * because a `:ref` in the first section may point at a row in the last.
 */
export interface PagePlan {
  readonly variant: Variant
  readonly rows: ReadonlyMap<string, RowAnchor>
  /** Section id (and `#intro`) → the slug of its heading in the Markdown file. */
  readonly sectionSlugs: ReadonlyMap<string, string>
  table(kind: TableKind): TableSpec | undefined
}

export const INTRO = '#intro'

/**
 * Plans one variant's page, once per variant: lint plans each region's page before the build
 * renders it (with the same variant object: variants-of.ts), and a plan is a pure function of
 * its variant, which is never changed.
 */
export function planPage(variant: Variant): PagePlan {
  let plan = plans.get(variant)
  if (!plan) plans.set(variant, (plan = makePlan(variant)))
  return plan
}

const plans = new WeakMap<Variant, PagePlan>()

function makePlan(variant: Variant): PagePlan {
  const tables = new Map<TableKind, TableSpec | undefined>()
  const table = (kind: TableKind) => {
    if (!tables.has(kind)) tables.set(kind, tableSpecOnce(kind, variant))
    return tables.get(kind)
  }
  const rows = new Map<string, RowAnchor>()
  const sectionSlugs = new Map<string, string>()
  const slugger = new HeadingSlugger()

  const scan = (sectionId: string, tree: Root) => {
    let ordinal = 0
    for (const node of landmarks(tree, variant)) {
      if (typeof node === 'string') {
        slugger.slug(node)
        continue
      }
      const owner = tableOwner(sectionId, ordinal++)
      const kind = node.attributes?.of ?? ''
      if (!isTableKind(kind)) continue
      const whole = table(kind)
      // A filtered table anchors only the rows it shows, so `:ref` links where the row really is.
      for (const row of (whole && filteredSpec(whole, kind, filtersOf(node.attributes), variant).rows) ?? []) {
        if (row.entity && !rows.has(row.entity.id)) rows.set(row.entity.id, { id: rowId(row.entity.kind, row.entity.id), owner, sectionId })
      }
    }
  }

  sectionSlugs.set(INTRO, slugger.slug(variant.model.policy.title))
  if (variant.intro) scan(INTRO, variant.intro)
  for (const { section, tree } of variant.sections) {
    sectionSlugs.set(section.id, slugger.slug(section.title))
    scan(section.id, tree)
  }
  return { variant, rows, sectionSlugs, table }
}

/** Each body's landmarks by model (a heading's text shows the model's labels) and parsed tree. */
const landmarksOf = new WeakMap<object, WeakMap<Root, (string | LeafDirective)[]>>()

/**
 * What planning reads of a body, in document order: each heading's text and each table directive.
 * A body is planned on every page that shows it; it is walked once per model.
 */
function landmarks(tree: Root, variant: Variant): (string | LeafDirective)[] {
  let byTree = landmarksOf.get(variant.model)
  if (!byTree) landmarksOf.set(variant.model, (byTree = new WeakMap()))
  let found = byTree.get(tree)
  if (!found) {
    const list: (string | LeafDirective)[] = (found = [])
    visit(tree, (node) => {
      if (node.type === 'heading') list.push(plainText(node, variant))
      else if (node.type === 'leafDirective' && node.name === 'table') list.push(node)
    })
    byTree.set(tree, found)
  }
  return found
}

export function tableOwner(sectionId: string, ordinal: number): string {
  return `${sectionId}/${ordinal}`
}

/** The text a heading shows, as a Markdown reader slugs it (a `:ref` shows its target's label). */
export function plainText(node: Nodes, variant: Variant): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value
  if (node.type === 'textDirective' && node.name === 'ref') {
    const id = node.attributes?.id ?? ''
    return variant.model.entities.get(id)?.label ?? variant.model.sections.get(id)?.section.title ?? id
  }
  if (node.type === 'image' || node.type === 'html') return ''
  return 'children' in node ? (node.children as Nodes[]).map((child) => plainText(child, variant)).join('') : ''
}
