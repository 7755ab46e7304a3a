import type { PolicyModel } from '../../resolve/model.js'
import { coverageMatrix, type CoverageMatrix, type CoverageOptions } from './matrix.js'

const matrices = new WeakMap<PolicyModel, Map<string, CoverageMatrix>>()

/**
 * The coverage matrix of a model as of a date, evaluated once: the `notice-element-missing` rule
 * evaluates it while checking, and the site's coverage page (src/site/coverage-page.ts) reuses that
 * same matrix for the same model and date instead of judging every element of every region again.
 * The matrix is a pure function of the model (never mutated) and the date; its readers only read it.
 */
export function coverageMatrixOnce(model: PolicyModel, options: CoverageOptions = {}): CoverageMatrix {
  let byDate = matrices.get(model)
  if (!byDate) matrices.set(model, (byDate = new Map()))
  const key = options.now ?? '\u0000effective'
  let matrix = byDate.get(key)
  if (!matrix) byDate.set(key, (matrix = coverageMatrix(model, options)))
  return matrix
}
