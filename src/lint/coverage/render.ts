import type { Table, TableCell, TableRow } from 'mdast'
import type { Palette } from '../../diagnostics/reporters/color.js'
import { cellAt, type CoverageCell, type CoverageMatrix, type CoverageStatus } from './matrix.js'

const MARKS: Record<CoverageStatus, string> = { met: '✔', missing: '✖', 'not-applicable': '–', 'not-evaluated': '?' }

const LEGEND =
  '✔ met · ✖ missing · – not applicable · ? not evaluated · blank: not an element of that law. Letters: R required, C required when its condition holds, B best practice.'

/** Missing R and C elements: what a diagnostic is raised for. Missing B elements are advice only. */
export function missingCells(matrix: CoverageMatrix): CoverageCell[] {
  return matrix.cells.filter((c) => c.status === 'missing' && c.level !== 'B')
}

function mark(cell: CoverageCell | undefined): string {
  return cell ? `${MARKS[cell.status]}${cell.level}` : ''
}

/** The terminal matrix: element × region, then the missing required elements with their citation. */
export function renderCoveragePretty(matrix: CoverageMatrix, colors: Palette): string {
  const keyWidth = Math.max(7, ...matrix.elements.map((k) => k.length))
  const widths = matrix.regions.map((r) => Math.max(3, r.length))
  const paint = (cell: CoverageCell | undefined, text: string) =>
    !cell ? text : cell.status === 'met' ? colors.green(text) : cell.status === 'missing' ? (cell.level === 'B' ? colors.yellow(text) : colors.red(text)) : colors.dim(text)
  const lines = [colors.bold(`${matrix.policy}: notice elements per region, as of ${matrix.asOf}`), '']
  lines.push(`${'element'.padEnd(keyWidth)}  ${matrix.regions.map((r, i) => r.padEnd(widths[i]!)).join(' ')}`.trimEnd())
  for (const key of matrix.elements) {
    const row = matrix.regions.map((region, i) => {
      const cell = cellAt(matrix, key, region)
      return paint(cell, mark(cell).padEnd(widths[i]!))
    })
    lines.push(`${key.padEnd(keyWidth)}  ${row.join(' ')}`.trimEnd())
  }
  lines.push('', colors.dim(LEGEND))
  const gaps = missingCells(matrix)
  lines.push('', gaps.length === 0 ? colors.green('✔ every required element is met') : colors.bold(`${gaps.length} required element${gaps.length === 1 ? '' : 's'} missing:`))
  for (const cell of gaps) lines.push(`  ${colors.red('✖')} ${cell.region.padEnd(6)} ${cell.key} (${cell.level}, ${cell.citation}): ${cell.detail ?? 'missing'}`)
  return `${lines.join('\n')}\n`
}

/** The matrix as a Markdown page, for `policyc coverage --format markdown` and dist/<policy>/coverage/. */
export function renderCoverageMarkdown(matrix: CoverageMatrix): string {
  const { head, table, tail } = coverageMarkdownParts(matrix)
  return `${[...head, ...table, ...tail].join('\n')}\n`
}

/**
 * The Markdown page in three runs of lines: the title and legend, the element × region table,
 * and the lists of what is missing. The site's coverage page builds the big table's tree directly
 * (coverageTable) and parses only the other two, whose cells quote laws and may hold code spans.
 */
export function coverageMarkdownParts(matrix: CoverageMatrix): { head: string[]; table: string[]; tail: string[] } {
  const escape = (text: string) => text.replace(/\|/g, '\\|')
  const head = [`# Coverage of ${matrix.policy}`, '', `What the law of each region requires the notice to disclose, as of ${matrix.asOf}.`, '', LEGEND, '']
  const table = [`| element | ${matrix.regions.join(' | ')} |`, `| --- | ${matrix.regions.map(() => ':-:').join(' | ')} |`]
  // An empty cell is `| |`, not `|  |`: markdownlint's compact table style (MD060), as the site's Markdown keeps.
  for (const key of matrix.elements) table.push(`| \`${key}\` |${matrix.regions.map((r) => ` ${mark(cellAt(matrix, key, r))} `.replace('  ', ' ')).join('|')}|`)
  const tail: string[] = []
  const gaps = missingCells(matrix)
  tail.push('', '## Missing required elements', '')
  if (gaps.length === 0) tail.push('None: every required element is met.')
  else {
    tail.push('| region | element | level | law | what is missing |', '| --- | --- | :-: | --- | --- |')
    for (const c of gaps) tail.push(`| ${c.region} | \`${c.key}\` | ${c.level} | ${escape(c.citation)} | ${escape(c.detail ?? '')} |`)
  }
  const advice = matrix.cells.filter((c) => c.status === 'missing' && c.level === 'B')
  if (advice.length > 0) {
    tail.push('', '## Best practice not followed', '', '| region | element | source | what is missing |', '| --- | --- | --- | --- |')
    for (const c of advice) tail.push(`| ${c.region} | \`${c.key}\` | ${escape(c.citation)} | ${escape(c.detail ?? '')} |`)
  }
  return { head, table, tail }
}

/**
 * The element × region table as the tree remark-parse makes of its Markdown (coverageMarkdownParts'
 * `table`): every cell is an element key or a mark, so nothing in it needs parsing.
 */
export function coverageTable(matrix: CoverageMatrix): Table {
  const cell = (children: TableCell['children']): TableCell => ({ type: 'tableCell', children })
  const text = (value: string): TableCell['children'] => (value ? [{ type: 'text', value }] : [])
  const header: TableRow = { type: 'tableRow', children: [cell(text('element')), ...matrix.regions.map((region) => cell(text(region)))] }
  const rows = matrix.elements.map(
    (key): TableRow => ({ type: 'tableRow', children: [cell([{ type: 'inlineCode', value: key }]), ...matrix.regions.map((region) => cell(text(mark(cellAt(matrix, key, region)))))] }),
  )
  return { type: 'table', align: [null, ...matrix.regions.map(() => 'center' as const)], children: [header, ...rows] }
}

/** The shape of `policyc coverage --format json` (schemas/output/coverage.schema.json). */
export const COVERAGE_FORMAT = 'policyc-coverage/1'

/** The stable machine form: the matrix as data. */
export function renderCoverageJson(matrices: readonly CoverageMatrix[]): string {
  return `${JSON.stringify({ format: COVERAGE_FORMAT, policies: matrices }, null, 2)}\n`
}
