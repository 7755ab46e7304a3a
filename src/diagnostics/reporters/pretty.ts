import { countBySeverity, formatPlace, type Diagnostic } from '../diagnostic.js'
import type { Palette } from './color.js'

/** Reads a source file's text for code frames; returns undefined when it cannot. */
export type TextSource = (file: string) => string | undefined

/**
 * The human format: `file:line:col  severity  message  rule-id`, the hint, and a code frame of
 * the offending line with a caret under the column.
 */
export function formatPretty(diagnostics: readonly Diagnostic[], read: TextSource, colors: Palette): string {
  return [...prettyBlocks(diagnostics, read, colors)].map((block) => `${block}\n`).join('\n')
}

/**
 * `formatPretty` one diagnostic at a time, for a caller that writes as it goes: each block ends
 * without a newline, and blocks are separated by a blank line. A build of 1000 policies reports
 * 73,000 warnings; formatted whole, their 40 MB of text and every source file split into lines
 * were held at once at the end of the build, its peak memory. Only the last few files' lines are
 * kept here: diagnostics come sorted by file.
 */
export function* prettyBlocks(diagnostics: readonly Diagnostic[], read: TextSource, colors: Palette): Generator<string, void, undefined> {
  const cache = new Map<string, string[] | undefined>()
  const linesOf = (file: string) => {
    if (!cache.has(file)) {
      cache.set(file, read(file)?.split('\n').map(printable))
      if (cache.size > FILES_KEPT) cache.delete(cache.keys().next().value as string)
    }
    return cache.get(file)
  }
  for (const raw of diagnostics) {
    const d = printableDiagnostic(raw)
    const severity = d.severity === 'error' ? colors.red('error') : colors.yellow('warning')
    const out = [`${colors.bold(formatPlace(d))}  ${severity}  ${d.reason}  ${colors.dim(d.ruleId)}`]
    if (d.hint) out.push(`  ${colors.dim('hint:')} ${d.hint}`)
    const frame = codeFrame(linesOf(raw.file), d, colors)
    if (frame) out.push(frame)
    yield out.join('\n')
  }
}

/** Source files whose lines `prettyBlocks` keeps for code frames. */
const FILES_KEPT = 8

/** "2 errors, 1 warning" or "no problems". */
export function formatCounts(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = countBySeverity(diagnostics)
  if (errors === 0 && warnings === 0) return 'no problems'
  const parts: string[] = []
  if (errors) parts.push(`${errors} error${errors === 1 ? '' : 's'}`)
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`)
  return parts.join(', ')
}

/**
 * Columns of a source line a code frame shows. Many problems on one long line (`:x ` × 20,000)
 * printed the whole line once per problem: 2.5 GB and "Invalid string length" (issue 20, finding
 * 6). A frame shows a window of the line around the column instead, marked `…` where cut.
 */
export const FRAME_WIDTH = 100
/** Columns kept before the problem's column inside the window. */
const FRAME_LEAD = 30

/**
 * Control characters (ESC, BEL, NUL, C1, bidi controls) from file names, values or source lines
 * written as `\u{1b}` instead of raw: raw, they retitle or clear the terminal or hide text
 * (issue 20, finding 9). Tabs stay.
 */
const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

export function printable(text: string): string {
  return text.replace(TERMINAL_CONTROL, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`)
}

/**
 * A copy of `value` with `printable` applied to every string inside it (arrays and plain objects
 * walked), for formatters that print values and names to a terminal: escaping their pieces
 * rather than their output keeps the formatter's own colour codes working.
 */
export function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => printableDeep(item)) as T
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [printable(key), printableDeep(item)])) as T
  }
  return value
}

function printableDiagnostic(d: Diagnostic): Diagnostic {
  return { ...d, file: printable(d.file), reason: printable(d.reason), ...(d.hint ? { hint: printable(d.hint) } : {}) }
}

function codeFrame(lines: string[] | undefined, d: Diagnostic, colors: Palette): string | undefined {
  if (!lines) return undefined
  const line = lines[d.start.line - 1]
  if (line === undefined) return undefined
  const width = String(d.start.line + 1).length
  const gutter = (n: number | '') => colors.dim(`${String(n).padStart(width)} |`)
  const from = line.length <= FRAME_WIDTH ? 0 : Math.max(0, Math.min(d.start.column - 1 - FRAME_LEAD, line.length - FRAME_WIDTH))
  const rows: string[] = []
  const before = lines[d.start.line - 2]
  if (before !== undefined && before.trim() !== '') rows.push(`  ${gutter(d.start.line - 1)} ${clip(before, from)}`)
  rows.push(`${colors.red('>')} ${gutter(d.start.line)} ${clip(line, from)}`)
  const endColumn = d.end && d.end.line === d.start.line ? d.end.column : line.length + 1
  const start = d.start.column - 1 - from
  const length = Math.max(1, Math.min(endColumn - 1 - from, FRAME_WIDTH, line.length - from + 1) - start)
  const lead = from > 0 ? 1 : 0
  rows.push(`  ${gutter('')} ${' '.repeat(Math.max(0, start + lead))}${colors.red('^'.repeat(length))}`)
  return rows.join('\n')
}

/** The window of a line from column `from` (0-based), `…` where text was cut off. */
function clip(line: string, from: number): string {
  if (line.length <= FRAME_WIDTH && from === 0) return line
  const shown = line.slice(from, from + FRAME_WIDTH)
  return `${from > 0 ? '…' : ''}${shown}${from + FRAME_WIDTH < line.length ? '…' : ''}`
}
