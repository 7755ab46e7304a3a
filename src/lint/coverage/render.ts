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

/**
 * Required (R, C) elements policyc could not judge. They are neither met nor missing: every
 * summary names them apart, so "nothing missing" is never read as "everything met".
 */
export function unevaluatedCells(matrix: CoverageMatrix): CoverageCell[] {
  return matrix.cells.filter((c) => c.status === 'not-evaluated' && c.level !== 'B')
}

/** The one-line verdict every format uses: met only when nothing is missing and nothing is unjudged. */
export function coverageVerdict(matrix: CoverageMatrix): string {
  const gaps = missingCells(matrix).length
  const unjudged = unevaluatedCells(matrix).length
  const plural = (n: number, word: string) => `${n} required element${n === 1 ? '' : 's'} ${word}`
  if (gaps === 0 && unjudged === 0) return 'every required element is met'
  if (gaps === 0) return `no required element is missing, but ${plural(unjudged, 'not evaluated')}: read the notice for ${unjudged === 1 ? 'it' : 'them'}`
  return unjudged === 0 ? plural(gaps, 'missing') : `${plural(gaps, 'missing')}; ${unjudged} not evaluated`
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
  const unjudged = unevaluatedCells(matrix)
  const verdict = coverageVerdict(matrix)
  lines.push('', gaps.length === 0 && unjudged.length === 0 ? colors.green(`✔ ${verdict}`) : colors.bold(`${gaps.length === 0 ? '?' : '✖'} ${verdict}`))
  if (gaps.length > 0) lines.push('', colors.bold('Missing:'))
  for (const cell of gaps) lines.push(`  ${colors.red('✖')} ${cell.region.padEnd(6)} ${cell.key} (${cell.level}, ${cell.citation}): ${cell.detail ?? 'missing'}`)
  if (unjudged.length > 0) lines.push('', colors.bold('Not evaluated (neither met nor missing):'))
  for (const cell of unjudged) lines.push(`  ${colors.dim('?')} ${cell.region.padEnd(6)} ${cell.key} (${cell.level}, ${cell.citation}): ${cell.detail ?? 'not evaluated'}`)
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
  if (gaps.length === 0) tail.push(`None. In short: ${coverageVerdict(matrix)}.`)
  else {
    tail.push('| region | element | level | law | what is missing |', '| --- | --- | :-: | --- | --- |')
    for (const c of gaps) tail.push(`| ${c.region} | \`${c.key}\` | ${c.level} | ${escape(c.citation)} | ${escape(c.detail ?? '')} |`)
  }
  const unjudged = unevaluatedCells(matrix)
  if (unjudged.length > 0) {
    tail.push('', '## Required elements not evaluated', '', 'Neither met nor missing: policyc cannot judge these from the data. Read the notice for each.', '')
    tail.push('| region | element | level | law | why not evaluated |', '| --- | --- | :-: | --- | --- |')
    for (const c of unjudged) tail.push(`| ${c.region} | \`${c.key}\` | ${c.level} | ${escape(c.citation)} | ${escape(c.detail ?? '')} |`)
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
  const summarised = matrices.map((matrix) => ({
    ...matrix,
    // Counts of required (R, C) elements by state; not-evaluated is never counted as met.
    summary: {
      met: matrix.cells.filter((c) => c.status === 'met' && c.level !== 'B').length,
      missing: missingCells(matrix).length,
      'not-evaluated': unevaluatedCells(matrix).length,
      'not-applicable': matrix.cells.filter((c) => c.status === 'not-applicable' && c.level !== 'B').length,
      verdict: coverageVerdict(matrix),
    },
  }))
  return `${JSON.stringify({ format: COVERAGE_FORMAT, policies: summarised }, null, 2)}\n`
}
