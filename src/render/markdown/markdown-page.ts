import type { PhrasingContent, Root, RootContent } from 'mdast'
import type { Variant, VariantSection } from '../../variant/variant.js'
import type { Section } from '../../resolve/model.js'
import type { FragmentCache } from '../fragment-cache.js'
import { appliesIn } from '../html/html-page.js'
import { headerAuthority } from '../page-authority.js'
import { localWords, outsideWords, pageDate, pageList, pageRegionName } from '../locale-words.js'
import { link, strong, text, shortText } from './phrasing.js'
import { scopeReferences } from './scope-references.js'
import { toMarkdown, writeBlocksOnce } from './to-markdown.js'

/** A section with its body expanded for one page. */
export interface ExpandedSection {
  readonly source: VariantSection
  readonly body: Root
}

/**
 * The `index.md` of a variant: a heading block made for this variant, the intro, then each
 * section (heading, "In short", body). Sections come from the fragment cache, so a section that
 * reads the same in several variants is written once.
 */
export function markdownPage(variant: Variant, intro: Root | undefined, sections: readonly ExpandedSection[], cache: FragmentCache): string {
  return markdownPageParts(variant, intro, sections, cache).join('\n')
}

/**
 * `markdownPage` before its parts are joined by line ends: the header with the intro, then each
 * section from its heading on. A section that reads the same on several pages is the same string
 * on each (from the fragment cache), so lint reads its words once per policy, not once per page
 * (src/lint/variant-facts.ts).
 */
export function markdownPageParts(variant: Variant, intro: Root | undefined, sections: readonly ExpandedSection[], cache: FragmentCache): string[] {
  // Every block is written once per content (fragment-cache.ts): a section that differs in one table rewrites only that table.
  const once = (blocks: RootContent[]) => writtenFromMemo(blocks, cache) ?? toMarkdown({ type: 'root', children: writeBlocksOnce(blocks, (block, write) => cache.markdownOfBlock(block, write)) })
  const parts = [once([...header(variant), ...(intro?.children ?? [])])]
  for (const section of sections) {
    // Footnote and link labels scoped to the section: index.md is one document (finding 10).
    const expanded = { ...section, body: scopeReferences(section.body, section.source.section.id) }
    const blocks = sectionBlocks(variant, expanded)
    // The body's digest stands for the body, and the blocks before it by their content ids (the same objects on every page but the "applies in" line).
    const key = `md\u0000${cache.digest(expanded.body)}\u0000${cache.digest({ type: 'root', children: blocks.slice(0, blocks.length - expanded.body.children.length) })}`
    parts.push(cache.get(key, () => once(blocks)))
  }
  return parts
}

/**
 * The document of blocks whose Markdown is all remembered (`FragmentCache.markdownOfBlock`), or
 * undefined. At the root every block is followed by a blank line (to-markdown.ts, BlockOnce), and
 * the serialiser ends a document with a line break: so it is the blocks joined by blank lines,
 * without running the serialiser. Lists next to a list are not written on their own (their bullet
 * depends on the list before): those documents go through it.
 */
function writtenFromMemo(blocks: readonly RootContent[], cache: FragmentCache): string | undefined {
  const written: string[] = []
  for (const [index, block] of blocks.entries()) {
    if (block.type === 'list' && (blocks[index - 1]?.type === 'list' || blocks[index + 1]?.type === 'list')) return undefined
    const known = cache.knownMarkdownOfBlock(block)
    if (known === undefined) return undefined
    written.push(known)
  }
  const document = written.join('\n\n')
  return document === '' || document.endsWith('\n') || document.endsWith('\r') ? document : `${document}\n`
}

function header(variant: Variant): RootContent[] {
  const { policy } = variant.model
  const lang = policy.language
  const m = localWords(lang)
  const date = pageDate(policy.effective, lang)
  // A notice without a date (`effective: not-stated`) reads "Last updated: Not stated".
  const meta: PhrasingContent[] = [text(`${policy.controller.name} · ${m ? m.page.lastUpdated : 'Last updated'}${policy.effective === 'not-stated' ? ': ' : ' '}${date}`)]
  if (policy.version !== undefined) meta.push(text(` · ${m ? m.page.version(policy.version) : `Version ${policy.version}`}`))
  const covers = pageList(variant.regions.map((r) => pageRegionName(r, lang)), lang)
  const scope: PhrasingContent[] = variant.outside
    ? [text(outsideWords(variant))]
    : variant.region
    ? [text(m ? `${m.page.forReadersIn.before}${pageRegionName(variant.region, lang)}${m.page.forReadersIn.after}` : `This is the version of the notice for readers in ${variant.region.name}.`)]
    : [text(m ? m.page.covers(covers) : `This notice covers ${covers}.`)]
  const blocks: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(policy.title)] },
    { type: 'paragraph', children: meta },
    { type: 'paragraph', children: scope },
  ]
  const authority = headerAuthority(variant)
  if (authority) blocks.push({ type: 'paragraph', children: [text(m ? m.page.supervisoryAuthority : 'Supervisory authority: '), link(authority.url, authority.name), text('.')] })
  const also = m ? m.page.markdownAlsoAvailableAs : { before: 'Also available as ', webPage: 'a web page', between: ' and as ', after: '.' }
  blocks.push({ type: 'paragraph', children: [text(also.before), link('index.html', also.webPage), text(also.between), link('policy.jsonld', 'JSON-LD'), text(also.after)] })
  return blocks
}

function sectionBlocks(variant: Variant, { source, body }: ExpandedSection): RootContent[] {
  const { section } = source
  const blocks: RootContent[] = [...sectionHead(variant, section)]
  const lang = variant.model.policy.language
  if (!variant.region && source.scoped) blocks.push({ type: 'paragraph', children: [text(appliesIn(source.regions.map((r) => pageRegionName(r, lang)), lang))] })
  blocks.push(...body.children)
  return blocks
}

/** Each section's heading and "In short" blocks, by model (its language and labels) and section: the same objects on every page, which the fragment cache then knows by identity. */
const heads = new WeakMap<object, WeakMap<object, readonly RootContent[]>>()

function sectionHead(variant: Variant, section: Section): readonly RootContent[] {
  let bySection = heads.get(variant.model)
  if (!bySection) heads.set(variant.model, (bySection = new WeakMap()))
  let head = bySection.get(section)
  if (!head) {
    const lang = variant.model.policy.language
    const blocks: RootContent[] = [{ type: 'heading', depth: 2, children: [text(section.title)] }]
    if (section.summary) blocks.push({ type: 'paragraph', children: [strong(localWords(lang)?.page.inShortLead ?? 'In short:'), text(' '), ...shortText(section.summary, variant.model)] })
    bySection.set(section, (head = blocks))
  }
  return head
}

