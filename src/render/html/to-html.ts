import type { Element, ElementContent, Root as HastRoot } from 'hast'
import type { Root } from 'mdast'
import rehypeSanitize from 'rehype-sanitize'
import rehypeStringify from 'rehype-stringify'
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype'
import { unified, type Processor } from 'unified'
import { visit } from 'unist-util-visit'
import { CLOBBER_PREFIX } from '../anchors.js'
import type { CrossRef, PolicyTable, RegionOnly } from '../markdown/nodes.js'
import { SANITIZE_SCHEMA } from './sanitize-schema.js'
import { hasReferences } from '../markdown/scope-references.js'
import { memoCellHtml, tableHtml } from './table-html.js'

type Handlers = NonNullable<RemarkRehypeOptions['handlers']>
type Handler = NonNullable<Handlers['root']>

/** One handler per policyc node, in an explicit map; remark-rehype handles standard mdast. */
const handlers: Record<string, Handler> = {
  policyTable(state, node: PolicyTable): Element | ElementContent {
    // In `bodyToHtml`, the table is written as a string and stands here as a marker until then.
    const written = stringTables && tableHtml(node, cellHtml)
    if (stringTables && written !== undefined) return { type: 'text', value: `${MARK}${stringTables.push(written) - 1}${MARK_END}` }
    const table = state.one(node.children[0], node) as Element
    for (const section of table.children) {
      if (section.type !== 'element') continue
      for (const row of section.children) {
        if (row.type !== 'element') continue
        // Column headers name their column; each row's first cell names its row.
        const cells = row.children.filter((cell): cell is Element => cell.type === 'element')
        cells.forEach((cell, index) => {
          if (section.tagName === 'thead') cell.properties = { ...cell.properties, scope: 'col' }
          else if (index === 0) Object.assign(cell, { tagName: 'th', properties: { ...cell.properties, scope: 'row' } })
        })
      }
    }
    const caption: Element = { type: 'element', tagName: 'caption', properties: { id: node.captionId }, children: [{ type: 'text', value: node.caption }] }
    table.children.unshift(caption)
    // A wide table scrolls inside this wrapper, which keyboard users can focus to scroll.
    return {
      type: 'element',
      tagName: 'div',
      properties: { className: ['table-wrap'], role: 'region', ariaLabelledBy: [node.captionId], tabIndex: 0 },
      children: [table],
    }
  },
  crossRef(state, node: CrossRef): ElementContent | ElementContent[] {
    const children = state.all(node)
    if (!node.htmlHref) return children
    return { type: 'element', tagName: 'a', properties: { href: node.htmlHref }, children }
  },
  regionOnly(state, node: RegionOnly): Element {
    const label: Element = { type: 'element', tagName: 'p', properties: { className: ['only-label'] }, children: [{ type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: node.label }] }] }
    return { type: 'element', tagName: 'div', properties: { className: ['only'] }, children: [label, ...state.wrap(state.all(node), true)] }
  },
  // A block written on its own (`bodyByBlocks`), put in its place once the body is written.
  blockMarker(_state, node: BlockMarker) {
    return { type: 'text', value: `${BLOCK_MARK}${node.index}${MARK_END}` }
  },
  // Images never load on a notice (no request to a third party); the alt text stands in.
  image(_state, node: { alt?: string | null }) {
    return node.alt ? { type: 'text', value: node.alt } : undefined
  },
  imageReference(_state, node: { alt?: string | null }) {
    return node.alt ? { type: 'text', value: node.alt } : undefined
  },
  // Raw HTML never reaches a page, whatever the check stage let through.
  html() {
    return undefined
  },
}

/**
 * Footnote ids are made per section (remark-rehype's prefix is the section id) and then prefixed
 * by the sanitizer; the footnote links and the one fixed label id are brought in line here, so a
 * page with footnotes in several sections still has unique ids and working links.
 */
function scopeFootnotes(sectionId: string) {
  return (tree: HastRoot) => {
    const label = `${CLOBBER_PREFIX}${sectionId}-footnote-label`
    visit(tree, 'element', (node) => {
      const props = node.properties
      if (props.id === `${CLOBBER_PREFIX}footnote-label`) props.id = label
      if (Array.isArray(props.ariaDescribedBy)) props.ariaDescribedBy = props.ariaDescribedBy.map((id) => (id === `${CLOBBER_PREFIX}footnote-label` ? label : id))
      if ((props.dataFootnoteRef !== undefined || props.dataFootnoteBackref !== undefined) && typeof props.href === 'string' && props.href.startsWith('#')) {
        props.href = `#${CLOBBER_PREFIX}${props.href.slice(1)}`
      }
    })
  }
}

/**
 * The tables of the body `bodyToHtml` is writing, in order; each stands in the tree as a text
 * marker of private-use characters, which the sanitizer keeps as text and the serialiser writes as
 * it is, and is put in its place in the written HTML. Unset outside `bodyToHtml` (`bodyToHast`
 * gives the tables as trees, as before).
 */
let stringTables: string[] | undefined
const MARK = '\uE000policyc-table-'
const MARK_END = '\uE001'
const MARK_START = '\uE000'
const MARKS = /\uE000policyc-table-(\d+)\uE001/g

/** A cell's HTML: its content as a paragraph through the same pipeline, inside the `<p>`. */
const cellHtml = memoCellHtml((children) => {
  const processor = processorFor('cell')
  return processor.stringify(processor.runSync({ type: 'root', children: [{ type: 'paragraph', children }] }))
})

const processors = new Map<string, Processor<Root, Root, HastRoot, HastRoot, string>>()

function processorFor(sectionId: string): Processor<Root, Root, HastRoot, HastRoot, string> {
  let processor = processors.get(sectionId)
  if (!processor) {
    processor = unified()
      .use(remarkRehype, { handlers, clobberPrefix: `${sectionId}-`, footnoteLabelTagName: 'h3' })
      .use(rehypeSanitize, SANITIZE_SCHEMA)
      .use(() => scopeFootnotes(sectionId))
      .use(rehypeStringify)
      .freeze() as unknown as Processor<Root, Root, HastRoot, HastRoot, string>
    processors.set(sectionId, processor)
  }
  return processor
}

/**
 * The sanitized HTML of one expanded body: remark-rehype → rehype-sanitize → rehype-stringify.
 * `sectionId` scopes the ids the body generates (footnotes), so several bodies share a page.
 */
export function bodyToHtml(tree: Root, sectionId: string, blockHtml?: BlockHtml): string {
  if (blockHtml && tree.children.length > 1 && !hasReferences(tree)) {
    const written = bodyByBlocks(tree, sectionId, blockHtml)
    if (written !== undefined) return written
  }
  const processor = processorFor(sectionId.replace(/[^a-z0-9-]/g, '_'))
  const outer = stringTables
  const tables: string[] = []
  stringTables = tables
  let html: string
  try {
    html = processor.stringify(processor.runSync(tree))
  } finally {
    stringTables = outer
  }
  if (tables.length === 0) return html
  // Every marker once, in order, and no other private-use mark in the body: else (the text itself
  // holds such a mark) the body is written again with its tables through the pipeline.
  let next = 0
  const out = html.replace(MARKS, (marker, index: string) => (Number(index) === next ? tables[next++]! : marker))
  if (next === tables.length && html.split(MARK_START).length - 1 === tables.length) return out
  return bodyToHtmlThroughUnified(tree, sectionId)
}

/** Remembers a block's HTML (`FragmentCache.htmlOfBlock`): `write` makes it on first use. */
export type BlockHtml = (block: Root['children'][number], write: () => string) => string

/** Block types that always become content in the HTML (never nothing, never several siblings). */
const WHOLE_BLOCKS = new Set(['paragraph', 'heading', 'list', 'table', 'policyTable', 'regionOnly', 'blockquote', 'code', 'thematicBreak'])
const BLOCK_MARK = '\uE000policyc-block-'
const BLOCK_MARKS = /\uE000policyc-block-(\d+)\uE001/g

interface BlockMarker {
  type: 'blockMarker'
  index: number
}

/**
 * A body's HTML with each block written on its own and remembered by content (issue 19, item 2):
 * a section that differs between regions in one table writes only that table again. Exact for
 * a body without definitions, footnotes or references (the caller checks): remark-rehype then
 * turns each top-level block into its element(s) on its own and joins them with a line break,
 * sanitizing and writing HTML are per node, and each block stands in the body's run as a text
 * marker in its place (the same trick as the string tables). A marker that does not come out
 * once, in order, gives undefined and the body is written whole.
 */
function bodyByBlocks(tree: Root, sectionId: string, blockHtml: BlockHtml): string | undefined {
  // Every block whole: the run above would be only markers joined by line breaks (remark-rehype
  // wraps a root's children with "\n" between them, and a body without references has no footnote
  // section), so the blocks are joined without running it (issue 19, item 2).
  if (tree.children.every((block) => WHOLE_BLOCKS.has(block.type))) {
    return tree.children.map((block) => blockHtml(block, () => bodyToHtml({ type: 'root', children: [block] }, sectionId))).join('\n')
  }
  const blocks: string[] = []
  const children = tree.children.map((block) => {
    if (!WHOLE_BLOCKS.has(block.type)) return block
    const marker: BlockMarker = { type: 'blockMarker', index: blocks.push(blockHtml(block, () => bodyToHtml({ type: 'root', children: [block] }, sectionId))) - 1 }
    return marker as unknown as Root['children'][number]
  })
  const html = bodyToHtml({ ...tree, children }, sectionId)
  let next = 0
  const out = html.replace(BLOCK_MARKS, (marker, index: string) => (Number(index) === next ? blocks[next++]! : marker))
  if (next === blocks.length && html.split(MARK_START).length - 1 === blocks.length) return out
  return undefined
}

/** The same HTML with every data table made by remark-rehype and rehype-stringify themselves (the path string tables are tested against). */
export function bodyToHtmlThroughUnified(tree: Root, sectionId: string): string {
  const processor = processorFor(sectionId.replace(/[^a-z0-9-]/g, '_'))
  const outer = stringTables
  stringTables = undefined
  try {
    return processor.stringify(processor.runSync(tree))
  } finally {
    stringTables = outer
  }
}

/** The same sanitized body as a hast tree, before it is written out (the redline compares two of them). */
export function bodyToHast(tree: Root, sectionId: string): HastRoot {
  const processor = processorFor(sectionId.replace(/[^a-z0-9-]/g, '_'))
  const outer = stringTables
  stringTables = undefined
  try {
    return processor.runSync(structuredClone(tree))
  } finally {
    stringTables = outer
  }
}
