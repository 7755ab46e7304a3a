import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { formatPlace } from '../../src/diagnostics/diagnostic.js'
import { fixtures } from '../helpers/paths.js'

/** The date rule fixtures are checked on, so the effective-date rule gives the same answer forever. */
export const FIXTURE_NOW = '2026-03-01'

export const rulesFixtures = `${fixtures}rules/`

/** `file:line:col-line:col: reason  rule-id`, the form of not-ok.txt (STYLE.md §3). */
export function fixtureLine(d: Diagnostic): string {
  return `${formatPlace(d)}: ${d.reason}  ${d.ruleId}`
}
