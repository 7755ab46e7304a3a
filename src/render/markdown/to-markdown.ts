import type { Nodes, Paragraph, Parents, Root, Text } from 'mdast'
import { defaultHandlers, type Handle, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { CrossRef, PolicyTable, RegionOnly } from './nodes.js'
import { breakSentences } from './sentences.js'

/**
 * One handler per policyc node, in an explicit map, plus a `text` handler that writes one
 * sentence per line. Everything else is remark-stringify's own GFM output.
 */
const handlers: Record<string, Handle> = {
  policyTable(node: PolicyTable, _parent, state, info) {
    // GFM tables have no caption: the caption becomes the sentence that introduces the table.
    const caption: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: `${node.caption}:` }] }
    return state.containerFlow({ type: 'root', children: [caption, node.children[0]] }, info)
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
    return defaultHandlers.paragraph(joinAdjacentText(node), parent, state, info)
  },
  text(node: Text, parent: Parents | undefined, state, info) {
    if (parent?.type === 'paragraph') return defaultHandlers.text({ ...node, value: breakSentences(node.value) }, parent, state, info)
    // A table cell or heading is one line: any line break in data text becomes a space.
    if (parent?.type === 'tableCell' || parent?.type === 'heading') return defaultHandlers.text({ ...node, value: node.value.replace(/\s*\n\s*/g, ' ') }, parent, state, info)
    return defaultHandlers.text(node, parent, state, info)
  },
}

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

const options: ToMarkdownOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  handlers,
}

// Compact table rows (no padding to align pipes): a longer cell then changes one row, not all.
const processor = unified().use(remarkGfm, { tablePipeAlign: false }).use(remarkStringify, options).freeze()

/** GitHub-flavoured Markdown of an expanded tree. */
export function toMarkdown(tree: Root | Nodes): string {
  const root: Root = tree.type === 'root' ? tree : { type: 'root', children: [tree as Root['children'][number]] }
  return processor.stringify(root)
}
