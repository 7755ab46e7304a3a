import type { PhrasingContent, Root, RootContent } from 'mdast'
import type { Variant, VariantSection } from '../../variant/variant.js'
import type { FragmentCache } from '../fragment-cache.js'
import { dateWords, joinWords } from '../words.js'
import { link, linkify, strong, text } from './phrasing.js'
import { toMarkdown } from './to-markdown.js'

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
  const parts = [toMarkdown({ type: 'root', children: [...header(variant), ...(intro?.children ?? [])] })]
  for (const expanded of sections) {
    const blocks = sectionBlocks(variant, expanded)
    // The body's digest stands for the body; the few blocks before it are small enough to key by their JSON.
    const key = `md\u0000${cache.digest(expanded.body)}\u0000${JSON.stringify(blocks.slice(0, blocks.length - expanded.body.children.length))}`
    parts.push(cache.get(key, () => toMarkdown({ type: 'root', children: blocks })))
  }
  return parts.join('\n')
}

function header(variant: Variant): RootContent[] {
  const { policy } = variant.model
  const meta: PhrasingContent[] = [text(`${policy.controller.name} · Last updated ${dateWords(policy.effective)}`)]
  if (policy.version !== undefined) meta.push(text(` · Version ${policy.version}`))
  const scope: PhrasingContent[] = variant.region
    ? [text(`This is the version of the notice for readers in ${variant.region.name}.`)]
    : [text(`This notice covers ${joinWords(variant.regions.map((r) => r.name))}.`)]
  const blocks: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(policy.title)] },
    { type: 'paragraph', children: meta },
    { type: 'paragraph', children: scope },
  ]
  if (variant.region) {
    const { authority } = variant.region
    blocks.push({ type: 'paragraph', children: [text('Supervisory authority: '), link(authority.url, authority.name), text('.')] })
  }
  blocks.push({ type: 'paragraph', children: [text('Also available as '), link('index.html', 'a web page'), text(' and as '), link('policy.jsonld', 'JSON-LD'), text('.')] })
  return blocks
}

function sectionBlocks(variant: Variant, { source, body }: ExpandedSection): RootContent[] {
  const { section } = source
  const blocks: RootContent[] = [{ type: 'heading', depth: 2, children: [text(section.title)] }]
  if (section.summary) blocks.push({ type: 'paragraph', children: [strong('In short:'), text(' '), ...linkify(section.summary)] })
  if (!variant.region && source.scoped) blocks.push({ type: 'paragraph', children: [text(`Applies in ${joinWords(source.regions.map((r) => r.name))}.`)] })
  blocks.push(...body.children)
  return blocks
}
