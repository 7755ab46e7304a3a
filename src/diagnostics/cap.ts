import { diagnose, sortDiagnostics, type Diagnostic } from './diagnostic.js'

/**
 * Problems reported per file. 20,000 unknown keys, or `:x ` × 20,000 on one line, printed 20,000
 * diagnostics (8 MB, or 2.5 GB of code frames: issue 20, findings 6 and 7): nobody reads past the
 * first screens, and fixing those usually removes the rest.
 */
export const MAX_FILE_DIAGNOSTICS = 100

/**
 * Keeps the first MAX_FILE_DIAGNOSTICS problems of each file (errors before warnings, then by
 * position) and adds one line per capped file saying how many more there are. Sorted.
 */
export function capPerFile(diagnostics: readonly Diagnostic[], max = MAX_FILE_DIAGNOSTICS): Diagnostic[] {
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of diagnostics) {
    const list = byFile.get(d.file)
    if (list) list.push(d)
    else byFile.set(d.file, [d])
  }
  if ([...byFile.values()].every((list) => list.length <= max)) return [...diagnostics]
  const kept: Diagnostic[] = []
  for (const [file, list] of byFile) {
    if (list.length <= max) {
      kept.push(...list)
      continue
    }
    const ordered = sortDiagnostics(list).sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    const shown = ordered.slice(0, max)
    const more = list.length - max
    const errors = ordered.slice(max).filter((d) => d.severity === 'error').length
    // At the first problem not shown: where the rest begins, after the last one shown.
    const next = ordered[max]!
    kept.push(
      ...shown,
      diagnose(
        { file, start: next.start },
        {
          ruleId: 'too-many-problems',
          source: next.source,
          severity: errors > 0 ? 'error' : 'warning',
          reason: `${more} more problem${more === 1 ? '' : 's'} in this file not shown (${errors} error${errors === 1 ? '' : 's'}); policyc reports the first ${max} of a file`,
          hint: 'Fix the problems above and check again to see the rest.',
        },
      ),
    )
  }
  return kept
}
