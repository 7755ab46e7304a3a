import { countBySeverity, formatPlace, type Diagnostic } from '../diagnostic.js'
import type { Palette } from './color.js'

/** Reads a source file's text for code frames; returns undefined when it cannot. */
export type TextSource = (file: string) => string | undefined

/**
 * The human format: `file:line:col  severity  message  rule-id`, the hint, and a code frame of
 * the offending line with a caret under the column.
 */
export function formatPretty(diagnostics: readonly Diagnostic[], read: TextSource, colors: Palette): string {
  const out: string[] = []
  const cache = new Map<string, string[] | undefined>()
  const linesOf = (file: string) => {
    if (!cache.has(file)) cache.set(file, read(file)?.split('\n'))
    return cache.get(file)
  }
  for (const d of diagnostics) {
    const severity = d.severity === 'error' ? colors.red('error') : colors.yellow('warning')
    out.push(`${colors.bold(formatPlace(d))}  ${severity}  ${d.reason}  ${colors.dim(d.ruleId)}`)
    if (d.hint) out.push(`  ${colors.dim('hint:')} ${d.hint}`)
    const frame = codeFrame(linesOf(d.file), d, colors)
    if (frame) out.push(frame)
    out.push('')
  }
  return out.join('\n')
}

/** "2 errors, 1 warning" or "no problems". */
export function formatCounts(diagnostics: readonly Diagnostic[]): string {
  const { errors, warnings } = countBySeverity(diagnostics)
  if (errors === 0 && warnings === 0) return 'no problems'
  const parts: string[] = []
  if (errors) parts.push(`${errors} error${errors === 1 ? '' : 's'}`)
  if (warnings) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`)
  return parts.join(', ')
}

function codeFrame(lines: string[] | undefined, d: Diagnostic, colors: Palette): string | undefined {
  if (!lines) return undefined
  const line = lines[d.start.line - 1]
  if (line === undefined) return undefined
  const width = String(d.start.line + 1).length
  const gutter = (n: number | '') => colors.dim(`${String(n).padStart(width)} |`)
  const rows: string[] = []
  const before = lines[d.start.line - 2]
  if (before !== undefined && before.trim() !== '') rows.push(`  ${gutter(d.start.line - 1)} ${before}`)
  rows.push(`${colors.red('>')} ${gutter(d.start.line)} ${line}`)
  const endColumn = d.end && d.end.line === d.start.line ? d.end.column : line.length + 1
  const length = Math.max(1, Math.min(endColumn, line.length + 1) - d.start.column)
  rows.push(`  ${gutter('')} ${' '.repeat(Math.max(0, d.start.column - 1))}${colors.red('^'.repeat(length))}`)
  return rows.join('\n')
}
