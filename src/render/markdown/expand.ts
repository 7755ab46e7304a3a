import type { Heading, Nodes, Parent, PhrasingContent, Root, TableRow as MdastTableRow } from 'mdast'
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive'
import { visit } from './walk-tree.js'
import { isTableKind, splitRegions } from '../../prose/directives.js'
import { unsafeUrl } from '../../prose/safe-url.js'
import { selectRegions } from '../../variant/variants-of.js'
import { sanitizedHref } from '../anchors.js'
import { localWords, pageList, pageRegionName } from '../locale-words.js'
import type { CrossRef, PolicyTable, RegionOnly } from './nodes.js'
import { tableOwner, type PagePlan } from './page-plan.js'
import { text } from './phrasing.js'
import { filteredSpec, type TableSpec } from './tables/table-spec.js'
import { specContent } from './tables/spec-once.js'
import { knownContent } from '../fragment-cache.js'
import { filtersOf } from '../../prose/table-filters.js'

/** Expanded tables by spec object and by what else they depend on (see `Expander.table`). */
const tableNodes = new WeakMap<TableSpec, Map<string, PolicyTable>>()

/** A problem in a body found while rendering: reported at the node, never thrown. */
export type RenderReport = (node: Nodes, ruleId: string, reason: string, hint?: string) => void

export interface ExpandOptions {
  plan: PagePlan
  /** The section id, or `#intro`. */
  sectionId: string
  /** The depth the body's top headings get: 3 under a section's h2, 2 in the intro. */
  baseDepth: number
  report: RenderReport
}

/**
 * Expands one body for one page: directives become tables, cross-references and labelled region
 * blocks; in-page links are resolved for both formats; headings are moved under the section's
 * heading; raw HTML and unsafe links are dropped (the check stage reports them; this is the second
 * guard, so neither output ever carries them). Copy-on-write: the shared parsed tree is never
 * changed, and parts that need no change are shared with it.
 */
export function expandBody(tree: Root, options: ExpandOptions): Root {
  // Once per page plan, body and place: lint expands every region's page before the build renders
  // the same page (one plan per variant: page-plan.ts); the problems found are replayed to each
  // caller's report, as a reused block's are (ExpandedBlock).
  let byTree = expandedBodies.get(options.plan)
  if (!byTree) expandedBodies.set(options.plan, (byTree = new WeakMap()))
  let earlier = byTree.get(tree)
  if (!earlier) byTree.set(tree, (earlier = []))
  const found = earlier.find((entry) => entry.sectionId === options.sectionId && entry.baseDepth === options.baseDepth)
  if (found) {
    for (const report of found.reports) options.report(...report)
    return found.body
  }
  const reports: Parameters<RenderReport>[] = []
  const recording: ExpandOptions = { ...options, report: (...report) => reports.push(report) }
  const body = new Expander(recording, minHeadingDepth(tree)).root(tree)
  earlier.push({ sectionId: options.sectionId, baseDepth: options.baseDepth, body, reports })
  for (const report of reports) options.report(...report)
  return body
}

/** Expanded bodies by page plan and parsed body, with the problems reported while expanding them. */
const expandedBodies = new WeakMap<PagePlan, WeakMap<Root, { sectionId: string; baseDepth: number; body: Root; reports: Parameters<RenderReport>[] }[]>>()

/**
 * One top-level block's expansion on an earlier page, and what it read there: it is the same on
 * any page of the same model where those reads give the same (issue 19, item 2). A block reads
 * the page only through its cross-references (`Expander.resolve`), the heading depth it follows,
 * and tables; a block holding a table is expanded on every page (tables are shared by spec in
 * `Expander.table` instead). Reusing the very nodes lets the fragment cache know them by identity
 * rather than writing them out as JSON again on each of a policy's pages.
 */
interface ExpandedBlock {
  baseDepth: number
  minDepth: number
  lastDepthIn: number
  lastDepthOut: number
  /** Each cross-reference resolved: the id, whether the entity comes first, and what it resolved to. */
  refs: [string, boolean, string][]
  /** The problems reported while expanding, replayed on each page that reuses the block (each page reports its own). */
  reports: Parameters<RenderReport>[]
  nodes: Nodes[]
}

/** What a block is being expanded under, while it is (see ExpandedBlock). */
interface Journal {
  refs: [string, boolean, string][]
  reports: Parameters<RenderReport>[]
  /** False once the block met a table, which depends on the page's table ordinal and anchors. */
  reusable: boolean
}

/** Expanded top-level blocks by model (labels are the model's: a translation has its own) and parsed block. */
const expandedBlocks = new WeakMap<object, WeakMap<Nodes, ExpandedBlock[]>>()

class Expander {
  private ordinal = 0
  private lastDepth: number
  private journal: Journal | undefined

  constructor(
    private readonly options: ExpandOptions,
    private readonly minDepth: number,
  ) {
    this.lastDepth = options.baseDepth - 1
  }

  /** The expanded body: its top-level blocks from an earlier page where they read the same (ExpandedBlock). */
  root(tree: Root): Root {
    const { model } = this.options.plan.variant
    let blocks = expandedBlocks.get(model)
    if (!blocks) expandedBlocks.set(model, (blocks = new WeakMap()))
    let changed = false
    const children: Nodes[] = []
    for (const child of tree.children as Nodes[]) {
      const replaced = this.block(child, blocks)
      if (replaced.length !== 1 || replaced[0] !== child) changed = true
      children.push(...replaced)
    }
    return changed ? ({ ...tree, children } as Root) : tree
  }

  private block(block: Nodes, blocks: WeakMap<Nodes, ExpandedBlock[]>): Nodes[] {
    const { baseDepth } = this.options
    let earlier = blocks.get(block)
    if (!earlier) blocks.set(block, (earlier = []))
    for (const entry of earlier) {
      if (entry.baseDepth !== baseDepth || entry.minDepth !== this.minDepth || entry.lastDepthIn !== this.lastDepth) continue
      if (!entry.refs.every(([id, entityFirst, resolved]) => this.resolve(id, entityFirst).key === resolved)) continue
      for (const report of entry.reports) this.options.report(...report)
      this.lastDepth = entry.lastDepthOut
      return entry.nodes
    }
    const lastDepthIn = this.lastDepth
    const journal: Journal = (this.journal = { refs: [], reports: [], reusable: true })
    const nodes = this.node(block)
    this.journal = undefined
    if (journal.reusable) {
      earlier.push({ baseDepth, minDepth: this.minDepth, lastDepthIn, lastDepthOut: this.lastDepth, refs: journal.refs, reports: journal.reports, nodes })
      // A block meets a few contexts (the global page, region pages with and without a section); the bound guards the pathological.
      if (earlier.length > 16) earlier.shift()
    }
    return nodes
  }

  /** A copy of the parent with expanded children, or undefined when none changed. */
  parent(node: Parent): Parent | undefined {
    let changed = false
    const children: Nodes[] = []
    for (const child of node.children as Nodes[]) {
      const replaced = this.node(child)
      if (replaced.length !== 1 || replaced[0] !== child) changed = true
      children.push(...replaced)
    }
    return changed ? ({ ...node, children } as Parent) : undefined
  }

  /** The nodes that replace one node on this page. */
  node(node: Nodes): Nodes[] {
    switch (node.type) {
      case 'html':
        return []
      case 'leafDirective':
        return this.leafDirective(node)
      case 'textDirective':
        return this.textDirective(node)
      case 'containerDirective':
        return this.containerDirective(node)
      case 'heading':
        return [this.heading(node)]
      case 'link':
        if (unsafeUrl(node.url)) return this.children(node)
        if (node.url.startsWith('#')) return [this.crossRef(decodeURIComponent(node.url.slice(1)), this.children(node) as PhrasingContent[], node)]
        break
      case 'image':
        if (unsafeUrl(node.url)) return node.alt ? [text(node.alt)] : []
        break
      case 'definition':
        if (unsafeUrl(node.url)) return []
        break
    }
    if ('children' in node) return [(this.parent(node) as Nodes | undefined) ?? node]
    return [node]
  }

  private children(node: Parent): Nodes[] {
    return ((this.parent(node) ?? node).children as Nodes[])
  }

  private heading(node: Heading): Heading {
    const wanted = this.options.baseDepth + (node.depth - this.minDepth)
    const depth = Math.min(wanted, this.lastDepth + 1, 6) as Heading['depth']
    this.lastDepth = depth
    const expanded = (this.parent(node) as Heading | undefined) ?? node
    return depth === node.depth && expanded === node ? node : { ...expanded, depth }
  }

  private leafDirective(node: LeafDirective): Nodes[] {
    if (node.name !== 'table') return []
    if (this.journal) this.journal.reusable = false
    const ordinal = this.ordinal++
    const kind = node.attributes?.of ?? ''
    if (!isTableKind(kind)) return []
    const whole = this.options.plan.table(kind)
    if (!whole) return []
    const spec = filteredSpec(whole, kind, filtersOf(node.attributes), this.options.plan.variant)
    const after = (spec.after ?? []) as Nodes[]
    // A table with nothing to say instead (`empty: ''`, the rights of a notice that names only an authority) adds no empty paragraph.
    if (spec.rows.length === 0) return [...(spec.empty ? [{ type: 'paragraph', children: [text(spec.empty)] } as Nodes] : []), ...after]
    const caption = node.attributes?.caption || spec.caption
    return [this.table(spec, kind, caption, ordinal), ...after]
  }

  private table(spec: TableSpec, kind: PolicyTable['kind'], caption: string, ordinal: number): PolicyTable {
    const { plan, sectionId } = this.options
    const owner = tableOwner(sectionId, ordinal)
    // The row ids this table writes: the rows whose entity it is the first table on the page to list.
    const anchors = spec.rows.map((row) => {
      const anchor = row.entity ? plan.rows.get(row.entity.id) : undefined
      return anchor?.owner === owner ? anchor.id : undefined
    })
    // The node is a function of the spec and these: a spec shared by several pages (tables/spec-once.ts)
    // gives them one node, which the fragment cache then recognises without reading it again.
    const key = JSON.stringify([kind, caption, sectionId, ordinal, anchors])
    let bySpec = tableNodes.get(spec)
    if (!bySpec) tableNodes.set(spec, (bySpec = new Map()))
    const found = bySpec.get(key)
    if (found) return found
    const header: MdastTableRow = { type: 'tableRow', children: spec.columns.map((column) => ({ type: 'tableCell', children: [text(column)] })) }
    const rows: MdastTableRow[] = spec.rows.map((row, index) => {
      const tableRow: MdastTableRow = { type: 'tableRow', children: row.cells.map((cell) => ({ type: 'tableCell', children: cell })) }
      const id = anchors[index]
      if (id !== undefined) tableRow.data = { hProperties: { id } }
      return tableRow
    })
    const table: PolicyTable = {
      type: 'policyTable',
      kind,
      caption,
      captionId: `table-${sectionId.replace('#', '_')}-${ordinal}`,
      children: [{ type: 'table', align: spec.columns.map(() => null), children: [header, ...rows] }],
    }
    // The node is a function of the spec and `key`: the fragment cache knows it by those, without writing it out as JSON.
    const content = specContent(spec)
    if (content !== undefined) knownContent(table, `policyTable\u0000${key}\u0000${content}`)
    bySpec.set(key, table)
    return table
  }

  private textDirective(node: TextDirective): Nodes[] {
    if (node.name !== 'ref') return []
    const id = node.attributes?.id ?? ''
    const { model } = this.options.plan.variant
    const label = model.entities.get(id)?.label ?? model.sections.get(id)?.section.title ?? id
    return [this.crossRef(id, [text(label)], node, true)]
  }

  private containerDirective(node: ContainerDirective): Nodes[] {
    if (node.name !== 'only') return []
    // Region pages resolved their `only` blocks already; only the global page still has them.
    const { variant } = this.options.plan
    const ids = selectRegions(splitRegions(node.attributes?.regions ?? ''), variant.model.regions.map((r) => r.id))
    const lang = variant.model.policy.language
    const names = pageList(variant.model.regions.filter((r) => ids.includes(r.id)).map((r) => pageRegionName(r, lang)), lang)
    const only: RegionOnly = { type: 'regionOnly', label: localWords(lang)?.page.onlyIn(names) ?? `Only in ${names}:`, children: this.children(node) as RegionOnly['children'] }
    return [only]
  }

  /**
   * A link to an id on the page: a section, or an entity's row. Plain text when it is not on this
   * page. An id can name both an entity and a section (`security`): `:ref` means the entity, whose
   * label it shows; a `#id` link means the section, whose anchor it is.
   */
  private crossRef(id: string, children: PhrasingContent[], node: Nodes, entityFirst = false): CrossRef | PhrasingContent {
    const resolved = this.resolve(id, entityFirst)
    this.journal?.refs.push([id, entityFirst, resolved.key])
    if (resolved.htmlHref !== undefined) return { type: 'crossRef', htmlHref: resolved.htmlHref, markdownHref: resolved.markdownHref, children }
    const { model } = this.options.plan.variant
    if (!model.sections.has(id) && !model.entities.has(id)) {
      const report: Parameters<RenderReport> = [node, 'dangling-link', `Link to \`#${id}\`, which is neither a section nor an entity of this policy`, 'Link to a section id, or use `:ref{id=…}` to name an entity.']
      this.journal?.reports.push(report)
      this.options.report(...report)
    }
    return children.length === 1 ? children[0]! : { type: 'crossRef', htmlHref: undefined, markdownHref: undefined, children }
  }

  /** Where a reference to `id` leads on this page (both hrefs, or none), and `key`, a string equal only for equal answers. */
  private resolve(id: string, entityFirst: boolean): { htmlHref?: string; markdownHref?: string; key: string } {
    const { plan } = this.options
    const sectionSlug = id === '#intro' ? undefined : plan.sectionSlugs.get(id)
    const row = plan.rows.get(id)
    const toRow = row && (entityFirst || sectionSlug === undefined)
    if (toRow) {
      const htmlHref = sanitizedHref(row.id)
      const markdownHref = `#${plan.sectionSlugs.get(row.sectionId)}`
      return { htmlHref, markdownHref, key: `${htmlHref}\u0000${markdownHref}` }
    }
    if (sectionSlug !== undefined && !(entityFirst && plan.variant.model.entities.has(id))) return { htmlHref: `#${id}`, markdownHref: `#${sectionSlug}`, key: `#${id}\u0000#${sectionSlug}` }
    return { key: '' }
  }
}

/** The shallowest heading of each parsed body: a body is expanded once per page, walked for this once. */
const minDepths = new WeakMap<Root, number>()

function minHeadingDepth(tree: Root): number {
  const known = minDepths.get(tree)
  if (known !== undefined) return known
  let min = 6
  visit(tree, 'heading', (node) => {
    min = Math.min(min, node.depth)
  })
  minDepths.set(tree, min)
  return min
}

