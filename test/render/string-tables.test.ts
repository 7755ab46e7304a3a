import type { PhrasingContent, Root, TableRow } from 'mdast'
import { describe, expect, it } from 'vitest'
import { bodyToHtml, bodyToHtmlThroughUnified } from '../../src/render/html/to-html.js'
import { memoCellHtml, tableHtml } from '../../src/render/html/table-html.js'
import type { PolicyTable } from '../../src/render/markdown/nodes.js'
import { plainCellMarkdown, tableMarkdown } from '../../src/render/markdown/table-markdown.js'
import { plainParagraphMarkdown, toMarkdown, toMarkdownThroughUnified } from '../../src/render/markdown/to-markdown.js'

/**
 * Data tables are written as strings (src/render/markdown/table-markdown.ts,
 * src/render/html/table-html.ts) instead of through remark-stringify and remark-rehype →
 * rehype-sanitize → rehype-stringify. The pages must not change by a byte: each table here is
 * written both ways, on cell content chosen to break escaping, and the two must be equal.
 */

const HOSTILE: string[] = [
  'a | b',
  '|',
  '||',
  'pipe at end |',
  'back\\slash',
  '\\',
  'ends in a backslash \\',
  '\\|',
  '\\\\|',
  '<script>alert(1)</script>',
  '</td></tr></table>',
  '<!-- comment',
  'line\nbreak',
  'spaces  \n  around',
  'carriage\rreturn',
  'crlf\r\nend',
  'tab\there',
  '*emphasis* and _under_ and **strong** and __strong__',
  'intra_word_underscores and snake_case_id',
  '*',
  '_',
  '`code` and ``double``',
  '~~strike~~ and ~tilde',
  '# not a heading',
  '- not a list',
  '+ plus',
  '1. not ordered',
  '2) paren',
  '> not a quote',
  '=== setext',
  '---',
  ':-- delimiter-like',
  '[link](javascript:alert(1)) and [ref][x] and ![img](x.png)',
  'a ] ( b',
  '&amp; &#x3C; &copy; & plain',
  'www.example.com and https://example.com/a_b_(c) and mail@example.com',
  'http://x.y/?q=<a>&b="c"',
  ':ref{id=mollie} and :::only',
  'Ελληνικά, русский, 中文, 日本語',
  'עברית ואנגלית mixed עם RTL',
  'العربية: البيانات الشخصية',
  '\u200f\u200e\u202e override',
  'emoji 🍪 and combining é',
  '\u2028 line separator \u2029',
  '\uE000policyc-table-0\uE001',
  '   leading and trailing   ',
  '',
  ' ',
  '"quotes" and \'apostrophes\'',
  '!important',
  '$math$ and 100%',
]

const text = (value: string): PhrasingContent => ({ type: 'text', value })

/** Cells of every shape the table builders make: text, links, strong, inline code, mixed. */
function cellsFor(value: string, index: number): PhrasingContent[] {
  switch (index % 6) {
    case 0:
      return [text(value)]
    case 1:
      return [text(`${value} `), { type: 'link', url: 'https://example.com/a b?c=(d)', children: [text(value)] }, text('.')]
    case 2:
      return [{ type: 'strong', children: [text(value)] }, text(value)]
    case 3:
      return [{ type: 'inlineCode', value }, text(' after')]
    case 4:
      return [{ type: 'link', url: 'mailto:someone@example.com', children: [text('someone@example.com')] }, text(value)]
    default:
      return [text(value), text(value)]
  }
}

function policyTable(cells: PhrasingContent[][], columns: number, caption = 'Caption & <more>', rowIds = true): PolicyTable {
  const header: TableRow = { type: 'tableRow', children: Array.from({ length: columns }, (_, i) => ({ type: 'tableCell', children: [text(`Col ${i} | <th>`)] })) }
  const rows: TableRow[] = []
  for (let i = 0; i < cells.length; i += columns) {
    const row: TableRow = { type: 'tableRow', children: cells.slice(i, i + columns).map((children) => ({ type: 'tableCell', children })) }
    if (rowIds && i % 2 === 0) row.data = { hProperties: { id: `category-row-${i}` } }
    rows.push(row)
  }
  return { type: 'policyTable', kind: 'categories', caption, captionId: 'table-what-we-collect-0', children: [{ type: 'table', align: Array.from({ length: columns }, () => null), children: [header, ...rows] }] }
}

const root = (...children: Root['children']): Root => ({ type: 'root', children })
const paragraph = (value: string): Root['children'][number] => ({ type: 'paragraph', children: [text(value)] })

/** The same Markdown and HTML both ways. */
function expectSameBothWays(tree: Root): void {
  expect(toMarkdown(tree)).toBe(toMarkdownThroughUnified(tree))
  expect(bodyToHtml(tree, 'what-we-collect')).toBe(bodyToHtmlThroughUnified(tree, 'what-we-collect'))
}

/** A deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

describe('data tables written as strings', () => {
  it('equal the unified output on hostile cell content, in every cell shape', () => {
    const cells = HOSTILE.map((value, index) => cellsFor(value, index))
    for (const columns of [1, 3, 4]) expectSameBothWays(root(paragraph('Before.'), policyTable(cells, columns), paragraph('After.')))
  })

  it('take the string path for such content (they are not all falling back to the pipeline)', () => {
    const table = policyTable(HOSTILE.map((value, index) => cellsFor(value, index)), 3)
    const written = tableMarkdown(table.children[0], toMarkdownThroughUnified)
    expect(written).toBeDefined()
    expect(written!.split('\n')[1]).toBe('| - | - | - |')
    const cell = memoCellHtml((children) => bodyToHtmlThroughUnified(root({ type: 'paragraph', children }), 'cell'))
    const html = tableHtml(table, cell)
    expect(html).toBeDefined()
    expect(html).toContain('<tr id="user-content-category-row-0">')
    expect(html).not.toContain('<script>')
  })

  it('equal the unified output on random strings of escaping characters', () => {
    const next = random(19)
    const alphabet = ['|', '\\', '*', '_', '`', '<', '>', '&', '#', '-', '+', '=', '~', '[', ']', '(', ')', '!', ':', '.', '1', 'a', 'Z', ' ', '\n', '\t', 'w', '@', '/', 'ש', 'é', '"', "'"]
    const word = () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]!).join('')
    for (let round = 0; round < 40; round++) {
      const cells = Array.from({ length: 12 }, (_, i) => cellsFor(word(), Math.floor(next() * 6) + i))
      expectSameBothWays(root(policyTable(cells, 3, word().replace(/[\r\n]/g, ' '))))
    }
  })

  it('write a plain text cell as it is only where the serialiser would, on hostile and random text', () => {
    // The serialiser's own text of a one-cell table, between the pipes.
    const serialised = (children: PhrasingContent[]) => toMarkdownThroughUnified(root({ type: 'table', align: [null], children: [{ type: 'tableRow', children: [{ type: 'tableCell', children }] }] })).split('\n')[0]!
    const next = random(7)
    const alphabet = ['a', 'W', 'w', 'p', 's', '.', '@', ':', '/', '-', '+', '_', '1', ' ', ',', ';', '(', ')', ']', '!', '&', '#', '<', '>', '=', '"', "'", '’', 'é', 'ש', '中', '%', '$', '?', '{', '}', '\u00a0', '\u2028']
    const samples = [...HOSTILE, 'www.example.com', 'see w.x', 'a@b', 'a @ b', 'http://x', 'https:/', 'p:/', 'e.g. name, e-mail (if given)', 'Yes', 'Not stated', '2 years', 'W.', 'CCPA (A)', 'Tex. Bus. & Com. Code §541.051', '&amp', 'a&#1', '!x', '#1', '1) one', '> 2', '= 3', '- 4']
    for (let i = 0; i < 3000; i++) samples.push(Array.from({ length: 1 + Math.floor(next() * 8) }, () => alphabet[Math.floor(next() * alphabet.length)]!).join(''))
    let plain = 0
    for (const value of samples) {
      const written = plainCellMarkdown([text(value)])
      if (written === undefined) continue
      plain++
      expect(`| ${written} |`, JSON.stringify(value)).toBe(serialised([text(value)]))
    }
    // Cells of several text nodes (a basis and its citation, "Only when: …"), cut anywhere, patterns across the cuts included.
    for (const value of samples) {
      for (const cut of [1, 2, Math.floor(value.length / 2)]) {
        const children = [text(value.slice(0, cut)), text(value.slice(cut)), text(value.slice(0, cut))]
        const written = plainCellMarkdown(children)
        if (written !== undefined) expect(`| ${written} |`, JSON.stringify(children)).toBe(serialised(children))
      }
    }
    // The path is taken for ordinary cells, not only for a few.
    expect(plainCellMarkdown([text('e.g. name, e-mail (if given)')])).toBe('e.g. name, e-mail (if given)')
    expect(plainCellMarkdown([text('Only when: '), text('you ask.')])).toBe('Only when: you ask.')
    expect(plain).toBeGreaterThan(500)
  })

  it('write a plain paragraph as it is only where the serialiser would, at the root, in lists and in quotes', () => {
    const next = random(23)
    const alphabet = ['a', 'W', 'w', 'p', 's', 'We', ' ', ' ', '. ', '! ', '? ', '.', '@', ':', '/', '-', '+', '#', '=', '>', '1', '2)', '3.', ',', '(', ')', '"', "'", '’', '&', '&a', '!', 'é', 'ש', '\n', '\t', '\u00a0', ']', 'The ', 'Cal. ', 'e.g. ']
    const samples = [...HOSTILE, 'We collect data. We keep it! Is it safe? Yes.', '1. Not a list', 'A sentence. - Not a list', 'See Cal. Civ. Code §1798.140. Then more.', 'Ends with a space ', ' starts with one', 'A. B. C.', 'Done.\n# Not a heading']
    for (let i = 0; i < 3000; i++) samples.push(Array.from({ length: 1 + Math.floor(next() * 10) }, () => alphabet[Math.floor(next() * alphabet.length)]!).join(''))
    let plain = 0
    for (const value of samples) {
      const node = { type: 'paragraph', children: [text(value)] } as Root['children'][number]
      if (plainParagraphMarkdown(node as never) !== undefined) plain++
      for (const tree of [root(node), root(paragraph('Before.'), node, paragraph('After.')), root({ type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [node as never] }] }), root({ type: 'blockquote', children: [node as never] })]) {
        expect(toMarkdown(tree), JSON.stringify(value)).toBe(toMarkdownThroughUnified(tree))
      }
    }
    // The path is taken for ordinary prose, not only for a few.
    expect(plainParagraphMarkdown({ type: 'paragraph', children: [text('We collect data. We keep it.')] })).toBe('We collect data.\nWe keep it.')
    expect(plain).toBeGreaterThan(300)
  })

  it('equal the unified output for ragged rows, empty cells, no row ids, and tables inside lists, quotes and region blocks', () => {
    const ragged = policyTable([[text('a')], [], [text('b')]], 2, 'Ragged', false)
    ragged.children[0].children.push({ type: 'tableRow', children: [{ type: 'tableCell', children: [text('one')] }] })
    ragged.children[0].children.push({ type: 'tableRow', children: [1, 2, 3].map((n) => ({ type: 'tableCell', children: [text(`${n}`)] })) })
    expectSameBothWays(root(ragged))
    const table = policyTable(HOSTILE.slice(0, 9).map((value, index) => cellsFor(value, index)), 3)
    expectSameBothWays(root({ type: 'blockquote', children: [table] }))
    expectSameBothWays(root({ type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [paragraph('Item.') as never, table] }] }))
    expectSameBothWays(root({ type: 'regionOnly', label: 'Only in <California>:', children: [table, paragraph('After.') as never] }))
    expectSameBothWays(root(table, table, { type: 'list', ordered: false, children: [] }, table))
  })

  it('fall back to the pipeline where an id is not a slug or a caption spans lines, with the same output', () => {
    const odd = policyTable([[text('x')]], 1, 'Two\nlines')
    expectSameBothWays(root(odd))
    const id = policyTable([[text('x')]], 1)
    id.captionId = 'table-"quoted"&<id>'
    expectSameBothWays(root(id))
    const rowId = policyTable([[text('x')]], 1)
    rowId.children[0].children[1]!.data = { hProperties: { id: 'row "1" & <2>' } }
    expectSameBothWays(root(rowId))
  })
})
