import type { PhrasingContent } from 'mdast'
import { CLOBBER_PREFIX } from '../anchors.js'
import { BoundedMemo, cellKey } from '../bounded-memo.js'
import type { PolicyTable } from '../markdown/nodes.js'

/** Turns one cell's content into its sanitized HTML, or undefined when that is not plain inline HTML. */
export type CellHtml = (children: PhrasingContent[]) => string | undefined

/**
 * The HTML of a generated data table, written as a string instead of through remark-rehype,
 * rehype-sanitize and rehype-stringify on every page. It is the markup `to-html.ts`'s
 * `policyTable` handler makes, byte for byte:
 * - the frame is fixed: the labelled scrolling wrapper, the caption, `thead`/`tbody`, one line per
 *   row and cell, as mdast-util-to-hast wraps them (a newline between and around children);
 * - ids only where they need no escaping (slugs: policyc's section and entity ids); the sanitizer
 *   prefixes each with `user-content-`, so this does too;
 * - every cell has as many cells as the table has columns, as mdast-util-to-hast's row handler
 *   makes them (missing ones empty, extra ones dropped);
 * - each cell's content, and the caption, is written by the real pipeline (`cell`), once per
 *   distinct content, so escaping and link sanitizing are the libraries' own.
 * Undefined when anything does not fit (an id that is not a slug): the caller renders that table
 * through the pipeline.
 */
export function tableHtml(node: PolicyTable, cell: CellHtml): string | undefined {
  const table = node.children[0]
  // The caption is a text node as it is (no trimming of spaces around line breaks, as a paragraph's text gets).
  if (!SLUG.test(node.captionId) || /[\r\n]/.test(node.caption)) return undefined
  const caption = cell([{ type: 'text', value: node.caption }])
  if (caption === undefined) return undefined
  const id = `${CLOBBER_PREFIX}${node.captionId}`
  const rows: string[] = []
  for (const [index, row] of table.children.entries()) {
    const rowId = (row.data as { hProperties?: { id?: unknown } } | undefined)?.hProperties?.id
    if (row.data !== undefined && !(typeof rowId === 'string' && SLUG.test(rowId) && Object.keys(row.data).length === 1 && Object.keys(row.data.hProperties ?? {}).length === 1)) return undefined
    const cells: string[] = []
    const columns = table.align ? table.align.length : row.children.length
    for (let column = 0; column < columns; column++) {
      const content = row.children[column] ? cell(row.children[column]!.children) : ''
      if (content === undefined) return undefined
      if (index === 0) cells.push(`<th scope="col">${content}</th>`)
      else if (column === 0) cells.push(`<th scope="row">${content}</th>`)
      else cells.push(`<td>${content}</td>`)
    }
    const open = typeof rowId === 'string' ? `<tr id="${CLOBBER_PREFIX}${rowId}">` : '<tr>'
    rows.push(`${open}\n${cells.map((c) => `${c}\n`).join('')}</tr>`)
  }
  const [head, ...body] = rows
  const parts: string[] = []
  if (head !== undefined) parts.push(`<thead>\n${head}\n</thead>`)
  if (body.length > 0) parts.push(`<tbody>\n${body.join('\n')}\n</tbody>`)
  const inner = `<caption id="${id}">${caption}</caption>${parts.map((p) => `\n${p}`).join('')}\n`
  return `<div class="table-wrap" role="region" aria-labelledby="${id}" tabindex="0"><table>${inner}</table></div>`
}

const SLUG = /^[A-Za-z0-9_-]+$/

const written = new BoundedMemo<string | null>(20_000)
const PROBE = /^<p>([^]*)<\/p>$/

/**
 * Wraps a function that runs a paragraph through the page pipeline into one that returns a cell's
 * inner HTML, remembered per distinct content. A paragraph's children and a table cell's go
 * through the same handlers, sanitizer rules (nothing inline depends on its ancestors) and
 * serialiser, so the paragraph's inside is the cell's.
 */
export function memoCellHtml(paragraphHtml: (children: PhrasingContent[]) => string): CellHtml {
  return (children) => {
    const value = written.get(cellKey(children), () => PROBE.exec(paragraphHtml(children))?.[1] ?? null)
    return value ?? undefined
  }
}
