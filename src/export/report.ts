import type { Severity } from '../diagnostics/diagnostic.js'
import type { DataPath } from '../load/locate.js'

/** A problem an export builder found in the policy; the writer turns it into a positioned diagnostic. */
export interface ExportProblem {
  /** The data path of the YAML node the problem is about. */
  path: DataPath
  ruleId: string
  reason: string
  hint?: string
  /** `warning` unless the export it concerns would be invalid without a fix. */
  severity?: Severity
}

/** Collects problems while a builder runs, so builders stay pure functions of the model. */
export type Report = (problem: ExportProblem) => void
