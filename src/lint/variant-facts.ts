import type { Nodes, Parent } from 'mdast'
import { filtersOf, passesFilters } from '../prose/table-filters.js'
import { isTableKind } from '../prose/directives.js'
import { listAt } from '../resolve/model.js'
import { matchRegions } from '../catalog/catalog.js'
import type { Section } from '../generated/policy.js'
import { splitRegions } from '../prose/directives.js'
import type { PolicyModel } from '../resolve/model.js'
import { FragmentCache } from '../render/fragment-cache.js'
import { expandBody } from '../render/markdown/expand.js'
import { markdownPageParts } from '../render/markdown/markdown-page.js'
import { INTRO, planPage } from '../render/markdown/page-plan.js'
import { OUTSIDE } from '../variant/variant.js'
import { regionVariant } from '../variant/variants-of.js'

/**
 * What one region's page shows, read from the section bodies: which sections it includes, which
 * tables (`::table{of=…}`), which `:ref` ids, and its words and link targets. Coverage asks it
 * whether an element is disclosed on that page; it is computed once per model and region.
 */
export interface VariantFacts {
  region: string
  sections: readonly Section[]
  tables: ReadonlySet<string>
  refs: ReadonlySet<string>
  /** All visible text, lower-cased, links included as their URL. */
  text: string
  /**
   * The region's page as a reader gets it (its index.md: the header with the supervisory
   * authority, every section with its tables expanded, `only` blocks resolved), lower-cased.
   * Elements that the page states by itself (the authority beside the rights table, say) are
   * judged on this, not on the prose alone.
   */
  page: string
  /**
   * `page` cut where its sections start (`page` is these joined by line ends), each lower-cased:
   * a section that reads the same on several pages is the same string on each, so what coverage
   * reads from a section (its words, its sentences) is read once per policy, not once per region.
   */
  parts: readonly string[]
}

const cache = new WeakMap<PolicyModel, Map<string, VariantFacts>>()

/**
 * The keys of the pages whose facts rules ask for: each served region's, and the page for readers
 * outside every listed region when there is one (`outside-page`) or no region is listed (its key
 * matches no region, so only unscoped text counts there).
 */
export function pageKeys(model: PolicyModel): readonly string[] {
  const { regions } = model.policy
  return regions.length === 0 || model.policy['outside-page'] === true ? [...regions, OUTSIDE] : regions
}

export function variantFacts(model: PolicyModel, region: string): VariantFacts {
  let perModel = cache.get(model)
  if (!perModel) cache.set(model, (perModel = new Map()))
  let facts = perModel.get(region)
  if (!facts) perModel.set(region, (facts = collect(model, region)))
  return facts
}

/** Whether a section is on the page of a region (no `regions` = every page). */
export function sectionShownIn(section: Section, region: string, served: readonly string[]): boolean {
  if (!section.regions) return true
  return section.regions.some((selector) => matchRegions(selector, served).includes(region))
}

/** Whether `:::only{regions="…"}` shows its content to a region. */
export function onlyShowsTo(regionsAttribute: string | null | undefined, region: string): boolean {
  return splitRegions(regionsAttribute ?? '').some((selector) => matchRegions(selector, [region]).length > 0)
}

function collect(model: PolicyModel, region: string): VariantFacts {
  const served = model.policy.regions
  const sections = model.policy.sections.filter((s) => sectionShownIn(s, region, served))
  const tables = new Set<string>()
  const refs = new Set<string>()
  const words: string[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'containerDirective' && node.name === 'only' && !onlyShowsTo(node.attributes?.regions, region)) return
    if (node.type === 'leafDirective' && node.name === 'table' && node.attributes?.of) {
      const kind = node.attributes.of
      const filters = filtersOf(node.attributes)
      // A filtered table (`source=you`) shows only its rows: they count as named, the table kind does not.
      if (filters.length === 0 || !isTableKind(kind)) tables.add(kind)
      else for (const item of listAt(model.policy, [kind]) as { id?: string }[]) if (item.id && passesFilters(kind, item, filters)) refs.add(item.id)
    }
    if (node.type === 'textDirective' && node.name === 'ref' && node.attributes?.id) refs.add(node.attributes.id)
    if (node.type === 'text' || node.type === 'inlineCode') words.push(node.value)
    if (node.type === 'link') words.push(node.url)
    if ('children' in node) for (const child of (node as Parent).children) walk(child)
  }
  const bodies = [...sections.map((s) => s.id), '#intro']
  for (const key of bodies) {
    const tree = model.prose.get(key)?.tree
    if (tree) walk(tree)
  }
  for (const section of sections) words.push(section.title, section.summary ?? '')
  const parts = renderedPage(model, region)
  return { region, sections, tables, refs, text: words.join('\n').toLowerCase(), page: parts.join('\n'), parts }
}

/**
 * The region's index.md, rendered exactly as the build renders it (problems are the build's to
 * report), in its parts (`markdownPageParts`), lower-cased. Lower-casing a part at a time gives
 * the page lower-cased whole: the parts are joined by line ends, and no letter's lower case
 * depends on context across a line end (a final sigma looks only at cased and case-ignorable
 * neighbours, and a line end is neither).
 */
function renderedPage(model: PolicyModel, regionId: string): string[] {
  const jurisdiction = model.regions.find((r) => r.id === regionId)
  if (!jurisdiction) return ['']
  const variant = regionVariant(model, jurisdiction)
  const plan = planPage(variant)
  const ignore = () => {}
  const intro = variant.intro && expandBody(variant.intro, { plan, sectionId: INTRO, baseDepth: 2, report: ignore })
  const sections = variant.sections.map((source) => ({ source, body: expandBody(source.tree, { plan, sectionId: source.section.id, baseDepth: 3, report: ignore }) }))
  return markdownPageParts(variant, intro, sections, pageCache).map(lowerCased)
}

/** A part lower-cased, by its text: most parts are the very same string on each of a policy's pages. */
function lowerCased(part: string): string {
  let lower = lowerParts.get(part)
  if (lower === undefined) {
    lower = part.toLowerCase()
    lowerParts.set(part, lower)
    if (lowerParts.size > PARTS_KEPT) lowerParts.delete(lowerParts.keys().next().value as string)
  }
  return lower
}

/** About two policies' distinct parts (XWMS: a header and ~30 sections, in a few versions each). */
const PARTS_KEPT = 512
const lowerParts = new Map<string, string>()

/** Shared by every page coverage renders, as the build shares one: most sections read the same in every region. */
const pageCache = new FragmentCache(256)
