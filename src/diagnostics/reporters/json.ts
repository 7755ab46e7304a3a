import type { Diagnostic } from '../diagnostic.js'

/** The shape of `policyc check --format json`; bumped when a field changes meaning or disappears. */
export const CHECK_FORMAT = 'policyc-check/1'

/**
 * The machine format: one JSON document, `{ "format": "policyc-check/1", "diagnostics": [...], "summary": {...} }`,
 * described by schemas/output/check.schema.json. Field
 * names and order are stable; a diagnostic has ruleId, source, severity, reason, file, start,
 * end (optional) and hint (optional).
 */
export function formatJson(diagnostics: readonly Diagnostic[], summary: Record<string, number>, notes: readonly string[] = []): string {
  const rows = diagnostics.map((d) => ({
    ruleId: d.ruleId,
    source: d.source,
    severity: d.severity,
    reason: d.reason,
    file: d.file,
    start: d.start,
    ...(d.end ? { end: d.end } : {}),
    ...(d.hint ? { hint: d.hint } : {}),
  }))
  // `notes` (why a rule could not run, what it could not judge) only when there are any: fields are added, never changed.
  return `${JSON.stringify({ format: CHECK_FORMAT, diagnostics: rows, summary, ...(notes.length > 0 ? { notes } : {}) }, null, 2)}\n`
}
