import type { Nodes, Paragraph, Parents, Root, RootContent, Text } from 'mdast'
import { defaultHandlers, type Handle, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { CrossRef, PolicyTable, RegionOnly } from './nodes.js'
import { breakSentences } from './sentences.js'
import { ESCAPED_SEQUENCE, tableMarkdown } from './table-markdown.js'

/** A data table's rows already written as GFM (`table-markdown.ts`); only ever inside a policyTable handler. */
interface WrittenTable {
  type: 'writtenTable'
  value: string
}

/**
 * A top-level block whose Markdown is remembered by content (`FragmentCache.markdownOfBlock`):
 * the handler writes the block itself through the same state, parent and context the block would
 * have had, so the text is the same as without the wrapper. Exact because, at the root of a
 * document, no join rule gives other than a blank line between two blocks (with fenced code, the
 * only root-level rule is indented code after a list, which never happens), and the one state
 * a block hands to the next is a list's bullet, which only a list right after a list reads:
 * such lists are never wrapped (`writeBlocksOnce`).
 */
export interface BlockOnce {
  type: 'blockOnce'
  block: RootContent
  write(write: () => string): string
}

/** The blocks of a document, each wrapped to be written once by `write`, but lists next to a list. */
export function writeBlocksOnce(blocks: readonly RootContent[], write: (block: RootContent, written: () => string) => string): RootContent[] {
  return blocks.map((block, index) => {
    const nextToList = block.type === 'list' && (blocks[index - 1]?.type === 'list' || blocks[index + 1]?.type === 'list')
    if (nextToList) return block
    const once: BlockOnce = { type: 'blockOnce', block, write: (written) => write(block, written) }
    return once as unknown as RootContent
  })
}

/**
 * One handler per policyc node, in an explicit map, plus a `text` handler that writes one
 * sentence per line. Everything else is remark-stringify's own GFM output. With `stringTables`,
 * a data table's rows are joined as strings from cells the serialiser wrote once
 * (`table-markdown.ts`); without, the whole table goes through remark-stringify (the path the
 * string tables are tested against, and the fallback should a cell not come out as a table cell).
 */
const handlers = (stringTables: boolean): Record<string, Handle> => ({
  policyTable(node: PolicyTable, _parent, state, info) {
    // GFM tables have no caption: the caption becomes the sentence that introduces the table.
    const caption: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: `${node.caption}:` }] }
    const rows = stringTables ? tableMarkdown(node.children[0], stringifyRoot) : undefined
    const table = rows === undefined ? node.children[0] : ({ type: 'writtenTable', value: rows } satisfies WrittenTable as unknown as Root['children'][number])
    return state.containerFlow({ type: 'root', children: [caption, table] }, info)
  },
  writtenTable(node: WrittenTable) {
    return node.value
  },
  blockOnce(node: BlockOnce, parent, state, info) {
    return node.write(() => state.handle(node.block, parent, state, info))
  },
  crossRef(node: CrossRef, parent, state, info) {
    if (!node.markdownHref) return state.containerPhrasing(node, info)
    return state.handle({ type: 'link', url: node.markdownHref, children: node.children }, parent, state, info)
  },
  regionOnly(node: RegionOnly, _parent, state, info) {
    const label: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: node.label }] }] }
    return state.containerFlow({ type: 'root', children: [label, ...node.children] }, info)
  },
  paragraph(node: Paragraph, parent, state, info) {
    const plain = stringTables && info.before === '\n' && info.after === '\n' ? plainParagraphMarkdown(node) : undefined
    if (plain !== undefined) return plain
    return defaultHandlers.paragraph(joinAdjacentText(node), parent, state, info)
  },
  text(node: Text, parent: Parents | undefined, state, info) {
    if (parent?.type === 'paragraph') return defaultHandlers.text({ ...node, value: breakSentences(node.value) }, parent, state, info)
    // A table cell or heading is one line: any line break in data text becomes a space.
    if (parent?.type === 'tableCell' || parent?.type === 'heading') return defaultHandlers.text({ ...node, value: node.value.replace(/\s*\n\s*/g, ' ') }, parent, state, info)
    return defaultHandlers.text(node, parent, state, info)
  },
})

/**
 * The Markdown of a paragraph of one plain text node that the serialiser would write as it is
 * (its sentences one per line, `breakSentences`), else undefined. Most of a notice's paragraphs
 * are such, and each distinct one cost a run of the serialiser's escaping (~0.1-0.3 ms: every
 * unsafe pattern tried on the text), the largest part of writing the pages lint reads in
 * `policyc check`.
 *
 * Exact, from mdast-util-to-markdown 2 with remark-gfm (`state.unsafe` of policyc's processor;
 * test/render/string-tables.test.ts checks this against the serialiser): a paragraph in flow is
 * written between line ends (the caller checks `info`), its one text node by `state.safe`, so
 * - the phrasing patterns escape `*`, `_`, `` ` ``, `~`, `[`, `|`, `\\` and control characters,
 *   none of which the text may hold, `<` (likewise), `&` before a letter or `#`, and the GFM
 *   autolink literals' `.`, `@` and `:` (`ESCAPED_SEQUENCE`);
 * - the patterns at a line start escape `#`, `+`, `-`, `=`, `>`, `:` and a number before `.` or
 *   `)`: no line may start so, nor with or end in whitespace (a space next to a line end is
 *   escaped too).
 */
export function plainParagraphMarkdown(node: Paragraph): string | undefined {
  if (node.children.length !== 1) return undefined
  const only = node.children[0]!
  if (only.type !== 'text' || only.data !== undefined) return undefined
  const value = breakSentences(only.value)
  if (value === '' || UNSAFE_IN_PARAGRAPH.test(value) || ESCAPED_SEQUENCE.test(value)) return undefined
  for (const line of value.split('\n')) if (!SAFE_LINE.test(line)) return undefined
  return value
}

const UNSAFE_IN_PARAGRAPH = /[\x00-\x09\x0b-\x1f\x7f*_`~[\]<|\\]/
const SAFE_LINE = /^(?![#+\-=>:]|\d+[.)])\S(?:.*\S)?$/u

/**
 * A paragraph whose adjacent text nodes are one node: sentences are broken onto lines per text node,
 * so a sentence that ends in one node and a next that starts in the following one would stay on one
 * line, and the page would not read back the same (test/hardening/properties.test.ts).
 */
function joinAdjacentText(node: Paragraph): Paragraph {
  if (!node.children.some((child, i) => child.type === 'text' && node.children[i + 1]?.type === 'text')) return node
  const children: Paragraph['children'] = []
  for (const child of node.children) {
    const last = children.at(-1)
    if (child.type === 'text' && last?.type === 'text') children[children.length - 1] = { type: 'text', value: last.value + child.value }
    else children.push(child)
  }
  return { ...node, children }
}

const options = (stringTables: boolean): ToMarkdownOptions => ({
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  handlers: handlers(stringTables),
})

// Compact table rows (no padding to align pipes): a longer cell then changes one row, not all.
const processor = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, options(true)).freeze()
const unifiedTables = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, options(false)).freeze()

function stringifyRoot(root: Root): string {
  return processor.stringify(root)
}

/** GitHub-flavoured Markdown of an expanded tree. */
export function toMarkdown(tree: Root | Nodes): string {
  const root: Root = tree.type === 'root' ? tree : { type: 'root', children: [tree as Root['children'][number]] }
  return processor.stringify(root)
}

/** The same Markdown with every data table written by remark-stringify itself: what the string tables must equal (test/render/string-tables.test.ts). */
export function toMarkdownThroughUnified(tree: Root | Nodes): string {
  const root: Root = tree.type === 'root' ? tree : { type: 'root', children: [tree as Root['children'][number]] }
  return unifiedTables.stringify(root)
}
