import { ownString } from '../own-string.js'

/**
 * The one message type of every stage. It carries the fields of a vfile-message (reason, place,
 * ruleId, source, fatal → severity, note → hint) as plain data, so diagnostics can be sorted,
 * serialised and compared in tests without carrying an Error's stack along.
 */
export type Severity = 'error' | 'warning'

/** Where a stage found the problem; also the `source` of a vfile-message. */
export type DiagnosticSource = 'io' | 'yaml' | 'schema' | 'resolve' | 'prose' | 'lint' | 'config' | 'locale' | 'render' | 'scan'

/** A 1-based line and column in a source file. */
export interface Point {
  line: number
  column: number
}

export interface Diagnostic {
  /** Stable id of what went wrong, e.g. `unknown-key`; documented for lint rules by `policyc explain`. */
  ruleId: string
  source: DiagnosticSource
  severity: Severity
  /** What is wrong, in words an editor understands. */
  reason: string
  /** Path of the source file as given to policyc (relative to the working folder when possible). */
  file: string
  start: Point
  end?: Point
  /** How to fix it: a "did you mean", the expected form, or the next step. */
  hint?: string
}

/** A place in a file, as stages pass it around before it becomes part of a diagnostic. */
export interface Location {
  file: string
  start: Point
  end?: Point
}

export interface DiagnosticInit {
  ruleId: string
  source: DiagnosticSource
  severity?: Severity
  reason: string
  hint?: string | undefined
}

/** Creates a diagnostic at a location; severity defaults to error. */
export function diagnose(at: Location, init: DiagnosticInit): Diagnostic {
  const diagnostic: Diagnostic = {
    ruleId: init.ruleId,
    source: init.source,
    severity: init.severity ?? 'error',
    reason: ownString(init.reason),
    file: at.file,
    start: at.start,
  }
  if (at.end) diagnostic.end = at.end
  if (init.hint) diagnostic.hint = ownString(init.hint)
  return diagnostic
}

/** Sorts by file, position, rule and reason, so output is stable whatever order stages ran in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.start.line - b.start.line ||
      a.start.column - b.start.column ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.reason, b.reason),
  )
}

/** Counts of diagnostics by severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0
  let warnings = 0
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++
    else warnings++
  }
  return { errors, warnings }
}

/** Code-point order, independent of the locale the process runs in. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** `file:line:col` or `file:line:col-line:col`, the form editors and terminals turn into links. */
export function formatPlace(d: Pick<Diagnostic, 'file' | 'start' | 'end'>): string {
  const start = `${d.start.line}:${d.start.column}`
  const end = d.end ? `-${d.end.line}:${d.end.column}` : ''
  return `${d.file}:${start}${end}`
}
