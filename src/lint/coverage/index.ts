/**
 * Per-jurisdiction compliance coverage: for each region a policy serves, each element its law
 * requires a notice to disclose, judged from the model. `policyc coverage` prints it; the build
 * writes `dist/<policy>/coverage/` from the same matrix (src/site/coverage-page.ts).
 */
export { coverageMatrix, cellAt, type CoverageMatrix, type CoverageCell, type CoverageStatus, type CoverageOptions } from './matrix.js'
export { renderCoverageMarkdown, renderCoverageJson, renderCoveragePretty, missingCells, unevaluatedCells, coverageVerdict } from './render.js'
export { EVALUATORS, evaluatorFor, type Evaluator, type Verdict } from './evaluators.js'
export { CONDITIONS } from './conditions.js'

import type { PolicyModel } from '../../resolve/model.js'
import { coverageMatrix, type CoverageMatrix, type CoverageOptions } from './matrix.js'
import { renderCoverageMarkdown } from './render.js'

/** What the build writes to dist/<policy>/coverage/: the matrix (as JSON) and its Markdown page. */
export function coverageReport(model: PolicyModel, options: CoverageOptions = {}): { matrix: CoverageMatrix; markdown: string } {
  const matrix = coverageMatrix(model, options)
  return { matrix, markdown: renderCoverageMarkdown(matrix) }
}
