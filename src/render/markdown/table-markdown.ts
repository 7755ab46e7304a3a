import type { PhrasingContent, Root, Table } from 'mdast'
import { BoundedMemo, cellKey } from '../bounded-memo.js'

/**
 * The GFM rows of a generated data table, written as strings instead of through
 * mdast-util-to-markdown's table handler, which spends most of a build's Markdown time escaping
 * the same cells again on every page (a category's label reads the same in 24 regions).
 *
 * The escaping is still the library's, so the output is byte-identical by construction: each
 * distinct cell is written once through the real serialiser (as the only cell of a one-cell
 * table), and its text between the pipes is remembered. That is exact because mdast-util-gfm-table
 * writes every cell on its own, with the same `|` on both sides as its context
 * (`handleTableCell`), and no unsafe pattern depends on what encloses the table. The rows are then
 * joined as `markdown-table` joins them with `alignDelimiters: false` (policyc's
 * `tablePipeAlign: false`): `| a | b |`, an empty cell as `| |`, a delimiter row of `-`, the header
 * padded to the column count and the other rows left as they are (`fillRows: false`).
 *
 * Anything unexpected from the probe gives undefined, and the caller writes that table the old way.
 */
export function tableMarkdown(table: Table, stringify: (root: Root) => string): string | undefined {
  const columns = table.align?.length ?? 0
  const lines: string[] = []
  for (const [index, row] of table.children.entries()) {
    const cells: string[] = []
    for (const cell of row.children) {
      const written = cellMarkdown(cell.children, stringify)
      if (written === undefined) return undefined
      cells.push(written)
    }
    if (index === 0) {
      // `handleTable` pads the header to the column count (from `align`, else the widest row).
      const width = columns || Math.max(...table.children.map((r) => r.children.length))
      while (cells.length < width) cells.push('')
      lines.push(line(cells), line(cells.map(() => '-')))
    } else lines.push(line(cells))
  }
  return lines.join('\n')
}

function line(cells: readonly string[]): string {
  if (cells.length === 0) return '| |'
  return `|${cells.map((cell) => (cell === '' ? ' |' : ` ${cell} |`)).join('')}`
}

const written = new BoundedMemo<string | null>(20_000)
const PROBE_END = '\n| - |\n'

/** One cell's Markdown between its pipes, written by the real serialiser on first use. */
export function cellMarkdown(children: PhrasingContent[], stringify: (root: Root) => string): string | undefined {
  const plain = plainCellMarkdown(children)
  if (plain !== undefined) return plain
  const value = written.get(cellKey(children), () => {
    const out = stringify({ type: 'root', children: [{ type: 'table', align: [null], children: [{ type: 'tableRow', children: [{ type: 'tableCell', children }] }] }] })
    if (!out.endsWith(PROBE_END)) return null
    // The row is everything before the delimiter row (inline code keeps a line break, which the library writes as it is).
    const first = out.slice(0, -PROBE_END.length)
    if (first === '| |') return ''
    return first.startsWith('| ') && first.endsWith(' |') && first.length >= 4 ? first.slice(2, -2) : null
  })
  return value ?? undefined
}

/**
 * The Markdown of a cell of plain text nodes that the serialiser would write as they are, else
 * undefined. Most cells are such (a category's label, a period, "Yes", a basis and its
 * citation), and each distinct one cost a run of the whole serialiser (~50-80 µs: it tries every
 * unsafe pattern on the text), most of `policyc check`'s Markdown time, which lint spends
 * rendering every region's page.
 *
 * Exact, from mdast-util-to-markdown 2 with remark-gfm (the patterns `state.unsafe` holds for
 * policyc's processor; test/render/string-tables.test.ts checks this against the serialiser): in
 * a table cell each text node is written by `state.safe` between its neighbours' characters (a
 * space on either side of the cell), with no other node around it, on one line, so
 * - every `atBreak` pattern needs a line ending before it: none in a value without `\r`/`\n`;
 * - the patterns in scope for a cell's phrasing escape `*`, `_`, `` ` ``, `~`, `[`, `|` anywhere,
 *   `<` anywhere before a letter, `&` before a letter or `#`, `!` before `[`, `\` before a line
 *   ending (and `\` before punctuation is doubled), `(` after `]`, and the GFM autolink literals'
 *   `.` in `w.x`, `@` in `a@b` and `:` in `p:/`/`s:/`: text with none of those characters or
 *   sequences, read across the nodes' joins, gets no escape, and the nodes' texts are joined;
 * - control characters are excluded, and whitespace at either end of the cell (kept out of the
 *   question of what a cell's padding does to it).
 */
export function plainCellMarkdown(children: readonly PhrasingContent[]): string | undefined {
  let value = ''
  for (const child of children) {
    if (child.type !== 'text' || child.data !== undefined) return undefined
    value += child.value
  }
  return PLAIN_CELL.test(value) && !ESCAPED_SEQUENCE.test(value) ? value : undefined
}

const PLAIN_CELL = /^(?=\S)[^\x00-\x1f\x7f*\\_`~[\]<|]*(?<=\S)$/u
/** Text the serialiser escapes a character of wherever it is: `&` before a letter or `#`, and the GFM autolink literals (`www.`, `a@b`, `http:/`). */
export const ESCAPED_SEQUENCE = /&[#A-Za-z]|[Ww]\.[-.\w]|[+\-.\w]@[-.\w]|[ps]:\//
