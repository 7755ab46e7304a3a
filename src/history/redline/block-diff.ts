import { diffArrays } from 'diff'
import type { Element, ElementContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { diffInline } from './inline-diff.js'
import { hidden, mark, text, type MarkWords, type Op } from './marks.js'

/**
 * The redline of a section body: blocks (paragraphs, headings, lists, tables, region passages)
 * are aligned first, then each pair that differs is compared inside: list items one by one,
 * table rows by their row header, and text word by word. A block with no counterpart is marked
 * whole. The result is hast in the page's own markup, so it reads like the notice itself.
 */
export function diffBlocks(before: readonly ElementContent[], after: readonly ElementContent[], words: MarkWords): ElementContent[] {
  const a = blocks(before)
  const b = blocks(after)
  const parts = diffArrays(a, b, { comparator: (x, y) => html(x) === html(y) })
  const out: ElementContent[] = []
  let removed: ElementContent[] = []
  const flush = (added: ElementContent[]) => {
    out.push(...pairUp(removed, added, words))
    removed = []
  }
  for (const part of parts) {
    if (part.removed) removed.push(...part.value)
    else if (part.added) flush(part.value)
    else {
      flush([])
      out.push(...part.value)
    }
  }
  flush([])
  return spaced(out)
}

/** Blocks without the whitespace between them (put back by `spaced`). */
function blocks(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.filter((node) => !(node.type === 'text' && node.value.trim() === '') && node.type !== 'comment')
}

function spaced(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node, index) => (index === 0 ? [node] : [text('\n'), node]))
}

const htmlCache = new WeakMap<object, string>()
function html(node: ElementContent): string {
  let found = htmlCache.get(node)
  if (found === undefined) htmlCache.set(node, (found = toHtml(node)))
  return found
}

/** Visible text, for deciding whether two blocks are versions of each other. */
function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type === 'element') return node.children.map(textOf).join('')
  return ''
}

/** What a block is: its tag, and for a table its caption (a table is only ever paired with the same table). */
function kindOf(node: ElementContent): string {
  if (node.type !== 'element') return node.type
  if (isTableWrap(node)) return `table:${textOf(findTag(node, 'caption') ?? text(''))}`
  return `${node.tagName}.${String(node.properties.className ?? '')}`
}

/**
 * Pairs the removed and added blocks of one stretch: blocks of the same kind in the same order
 * are two versions of one block; the rest were removed or added whole.
 */
function pairUp(removed: readonly ElementContent[], added: readonly ElementContent[], words: MarkWords): ElementContent[] {
  if (removed.length === 0) return added.map((node) => whole('added', node, words))
  if (added.length === 0) return removed.map((node) => whole('removed', node, words))
  return pairStrict(removed, added, words)
}

/** Pairs blocks of the same kind in order; the unpaired ones are marked whole, in document order. */
function pairStrict(removed: readonly ElementContent[], added: readonly ElementContent[], words: MarkWords): ElementContent[] {
  const out: ElementContent[] = []
  let i = 0
  for (const node of added) {
    const match = removed.findIndex((old, index) => index >= i && kindOf(old) === kindOf(node))
    if (match === -1) {
      out.push(whole('added', node, words))
      continue
    }
    for (; i < match; i++) out.push(whole('removed', removed[i]!, words))
    out.push(changed(removed[match]!, node, words))
    i = match + 1
  }
  for (; i < removed.length; i++) out.push(whole('removed', removed[i]!, words))
  return out
}

const INLINE_CONTAINERS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'td', 'caption', 'dt', 'dd', 'pre'])
const BLOCK_CHILD = new Set(['p', 'ul', 'ol', 'div', 'blockquote', 'table', 'h3', 'h4', 'h5', 'h6', 'pre', 'hr', 'dl', 'section'])

/** Two versions of one block, compared inside. */
function changed(before: ElementContent, after: ElementContent, words: MarkWords): ElementContent {
  if (before.type !== 'element' || after.type !== 'element') return after
  if (isTableWrap(after)) return diffTableWrap(before, after, words)
  if (after.tagName === 'ul' || after.tagName === 'ol') return { ...after, children: diffItems(before.children, after.children, words) }
  if (INLINE_CONTAINERS.has(after.tagName) || !after.children.some(isBlock)) return { ...after, children: diffInline(before.children, after.children, words) }
  return { ...after, children: diffBlocks(before.children, after.children, words) }
}

function isBlock(node: ElementContent): boolean {
  return node.type === 'element' && BLOCK_CHILD.has(node.tagName)
}

/** List items, aligned like blocks; an item that changed is compared inside. */
function diffItems(before: readonly ElementContent[], after: readonly ElementContent[], words: MarkWords): ElementContent[] {
  return diffBlocks(before, after, words)
}

/** A block that has no counterpart in the other version: every part of it marked. */
function whole(op: Op, node: ElementContent, words: MarkWords): ElementContent {
  if (node.type !== 'element') return node.type === 'text' ? mark(op, [node], words) : node
  const className = op === 'added' ? 'rl-added' : 'rl-removed'
  if (isTableWrap(node)) return mapRows(node, (row) => markRow(op, row, words))
  if (node.tagName === 'li') return { ...node, properties: { ...node.properties, className: [className] }, children: [mark(op, node.children, words, 'rl-block')] }
  if (node.tagName === 'ul' || node.tagName === 'ol') return { ...node, children: node.children.map((child) => whole(op, child, words)) }
  return mark(op, [node], words, 'rl-block')
}

function isTableWrap(node: ElementContent): boolean {
  return node.type === 'element' && node.tagName === 'div' && Array.isArray(node.properties.className) && node.properties.className.includes('table-wrap')
}

function findTag(node: ElementContent, tagName: string): Element | undefined {
  if (node.type !== 'element') return undefined
  if (node.tagName === tagName) return node
  for (const child of node.children) {
    const found = findTag(child, tagName)
    if (found) return found
  }
  return undefined
}

/** The wrapper with its table's rows replaced. */
function mapRows(wrap: Element, map: (row: Element) => Element): Element {
  const visit = (node: Element): Element => ({
    ...node,
    children: node.children.map((child) => (child.type !== 'element' ? child : child.tagName === 'tr' && node.tagName === 'tbody' ? map(child) : visit(child))),
  })
  return visit(wrap)
}

/** A row added or removed: said once at its start, every cell's content marked. */
function markRow(op: Op, row: Element, words: MarkWords): Element {
  let first = true
  const children = row.children.map((cell) => {
    if (cell.type !== 'element') return cell
    const said = first ? [hidden(op === 'added' ? words.rowAdded : words.rowRemoved)] : []
    first = false
    return { ...cell, children: [...said, mark(op, cell.children, words)] }
  })
  return { ...row, properties: { ...row.properties, className: [op === 'added' ? 'rl-row-added' : 'rl-row-removed'] }, children }
}

function rowsOf(wrap: Element): Element[] {
  const body = findTag(wrap, 'tbody')
  return body ? body.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'tr') : []
}

function cells(row: Element): Element[] {
  return row.children.filter((c): c is Element => c.type === 'element')
}

/** The row header (first cell) names a row: rows are matched by it, so a row whose cells changed stays one row. */
function rowKey(row: Element): string {
  return textOf(cells(row)[0] ?? text('')).trim()
}

/** Two versions of one table: caption and header compared as text, rows matched by their header. */
function diffTableWrap(before: Element, after: Element, words: MarkWords): Element {
  const oldRows = rowsOf(before)
  const newRows = rowsOf(after)
  const parts = diffArrays(oldRows, newRows, { comparator: (x, y) => rowKey(x) === rowKey(y) })
  const rows: ElementContent[] = []
  let index = 0
  for (const part of parts) {
    for (const row of part.value) {
      if (part.removed) rows.push(markRow('removed', row, words))
      else if (part.added) rows.push(markRow('added', row, words))
      else {
        const old = oldRows.find((r, i) => i >= index && rowKey(r) === rowKey(row))!
        index = oldRows.indexOf(old) + 1
        if (html(old) === html(row)) rows.push(row)
        else if (cells(old).length === cells(row).length) rows.push(diffRow(old, row, words))
        else rows.push(markRow('removed', old, words), markRow('added', row, words))
      }
    }
  }
  const visit = (node: Element, old: Element | undefined): Element => {
    if (node.tagName === 'tbody') return { ...node, children: spaced(rows) }
    if ((node.tagName === 'caption' || node.tagName === 'thead') && old && html(old) !== html(node)) return changed(old, node, words) as Element
    return { ...node, children: node.children.map((child) => (child.type === 'element' ? visit(child, old && findTag(old, child.tagName)) : child)) }
  }
  return visit(after, before)
}

/** One row in both versions with the same columns: compared cell by cell. */
function diffRow(before: Element, after: Element, words: MarkWords): Element {
  const a = cells(before)
  const b = cells(after)
  return { ...after, properties: { ...after.properties, className: ['rl-row-changed'] }, children: after.children.map((cell) => (cell.type !== 'element' ? cell : { ...cell, children: html(a[b.indexOf(cell)]!) === html(cell) ? cell.children : diffInline(a[b.indexOf(cell)]!.children, cell.children, words) })) }
}
