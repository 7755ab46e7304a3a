/**
 * `dist/<policy>/coverage/`: the per-jurisdiction compliance matrix of one policy, as a page of the
 * site (index.html), as Markdown (index.md, the same text `policyc coverage --format markdown`
 * prints) and as data (coverage.json). The page goes through the path every notice body takes:
 * Markdown → mdast → sanitized HTML → template, so it is escaped, validated and styled the same way.
 */
import type { Heading, Root, RootContent, Table } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { coverageMatrixOnce } from '../lint/coverage/matrix-once.js'
import { coverageMarkdownParts, coverageTable } from '../lint/coverage/render.js'
import type { TemplateSet } from '../render/html/template-set.js'
import type { PolicyTable } from '../render/markdown/nodes.js'
import type { PolicyModel } from '../resolve/model.js'
import { documentPage } from './document-page.js'

/** The coverage folder of a policy, `xwms-privacy/coverage/`. */
export function coverageFolder(policyId: string): string {
  return `${policyId}/coverage/`
}

export interface CoveragePage {
  files: { path: string; content: string }[]
  diagnostics: Diagnostic[]
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze()

/** The caption of the matrix, which has no heading of its own in the Markdown. */
const MATRIX_CAPTION = 'Notice elements per region'

export function coveragePage(model: PolicyModel, options: { templates: TemplateSet; now?: string | undefined }): CoveragePage {
  const id = model.policy.id
  const folder = coverageFolder(id)
  // The matrix the check stage's `notice-element-missing` rule evaluated for this model and date.
  const matrix = coverageMatrixOnce(model, { now: options.now })
  const { head, table, tail } = coverageMarkdownParts(matrix)
  // renderCoverageMarkdown's text, from the parts made once here (making them is most of its cost).
  const markdown = `${[...head, ...table, ...tail].join('\n')}\n`
  // The element × region table is most of the page and needs no parsing (it holds only keys and
  // marks): built directly, it saves most of the parse, ~60 ms a policy for XWMS.
  const tree: Root = { type: 'root', children: [...parser.parse(head.join('\n')).children, coverageTable(matrix), ...parsedTail(tail)] }
  const title = takeTitle(tree) ?? `Coverage of ${id}`
  // The page's header already says what the matrix shows and as of when (`description`); the
  // Markdown, which has no such header, keeps its opening sentence.
  if (tree.children[0]?.type === 'paragraph') tree.children.shift()
  captionTables(tree)
  const description = `Which disclosures the law of each region requires, and whether ${model.policy.title} makes them, as of ${matrix.asOf}.`
  const page = documentPage(options.templates, model, { folder, title, description, tree, kind: 'coverage', json: 'coverage.json' })
  return {
    files: [
      { path: `${folder}index.html`, content: page.html },
      { path: `${folder}index.md`, content: markdown },
      { path: `${folder}coverage.json`, content: `${JSON.stringify(matrix, null, 2)}\n` },
    ],
    diagnostics: page.diagnostics,
  }
}

/**
 * The tail's blocks as remark-parse makes them of `tail.join('\n')`, each table row parsed once per
 * build: the lists of missing and unevaluated elements repeat the same rows (region, element, law,
 * why) across policies, and parsing them was half of each coverage page. A GFM row is parsed on
 * its own, given its table's header and delimiter rows, so a row parsed under the same two is the
 * same row in any table (only source positions differ, which no output shows). A table is taken
 * this way only between blank lines; the rest is parsed as it is.
 */
function parsedTail(lines: readonly string[]): RootContent[] {
  const blocks: RootContent[] = []
  let prose: string[] = []
  const flush = () => {
    if (prose.length > 0) blocks.push(...parser.parse(prose.join('\n')).children)
    prose = []
  }
  let i = 0
  while (i < lines.length) {
    const header = lines[i]!
    const delimiter = lines[i + 1]
    if (!(header.startsWith('|') && delimiter?.startsWith('| -') && (i === 0 || lines[i - 1] === ''))) {
      prose.push(header)
      i++
      continue
    }
    let end = i + 2
    while (end < lines.length && lines[end]!.startsWith('|')) end++
    if (end < lines.length && lines[end] !== '') {
      // Not followed by a blank line: a following line could continue the table; parsed as it is.
      prose.push(...lines.slice(i, end))
      i = end
      continue
    }
    flush()
    const table = parsedOnce(`${header}\n${delimiter}`).children[0] as Table
    const rows: Table['children'] = [table.children[0]!]
    for (const row of lines.slice(i + 2, end)) rows.push((parsedOnce(`${header}\n${delimiter}\n${row}`).children[0] as Table).children[1]!)
    blocks.push({ ...table, children: rows })
    i = end
  }
  flush()
  return blocks
}

/** Parsed Markdown by text, for `parsedTail`; the oldest go past 4096 (a few kB each). Trees are never changed after parsing. */
const parsed = new Map<string, Root>()

function parsedOnce(markdown: string): Root {
  let tree = parsed.get(markdown)
  if (!tree) {
    parsed.set(markdown, (tree = parser.parse(markdown)))
    if (parsed.size > 4096) parsed.delete(parsed.keys().next().value as string)
  }
  return tree
}

/** The plain text of a node (mdast-util-to-string is not a dependency of policyc). */
function textOf(node: RootContent | Root): string {
  if ('value' in node) return node.value
  return 'children' in node ? node.children.map((child) => textOf(child as RootContent)).join('') : ''
}

/** Removes the Markdown's `# title`: the template writes the page's one h1. */
function takeTitle(tree: Root): string | undefined {
  const index = tree.children.findIndex((node): node is Heading => node.type === 'heading' && node.depth === 1)
  if (index < 0) return undefined
  const [heading] = tree.children.splice(index, 1)
  return heading && textOf(heading)
}

/**
 * Gives every table a caption (the heading above it, else the matrix's name) and the markup the
 * notices' tables have: column and row headers, and a focusable scrolling box on narrow screens.
 */
function captionTables(tree: Root): void {
  let caption = MATRIX_CAPTION
  tree.children = tree.children.map((node, index): RootContent => {
    if (node.type === 'heading') caption = textOf(node)
    if (node.type !== 'table') return node
    // Column alignment would come out as `align`, which HTML no longer allows: the stylesheet aligns.
    const plain: Table = { ...node, align: node.align?.map(() => null) ?? null }
    const table: PolicyTable = { type: 'policyTable', kind: 'coverage', caption, captionId: `coverage-table-${index}`, children: [plain] }
    return table
  })
}
