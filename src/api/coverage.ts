import { resolve } from 'node:path'
import { countBySeverity, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js'
import { coverageMatrix, type CoverageMatrix } from '../lint/coverage/index.js'
import { resolveSettings } from '../lint/settings.js'
import { checkPolicies } from '../pipeline.js'
import type { CheckApiOptions } from './check.js'
import { UsageError } from './errors.js'
import { policyPaths } from './paths.js'

export interface CoverageReport {
  /** One matrix (notice element × region) for each policy that loaded, in path order. */
  matrices: CoverageMatrix[]
  /** Errors that kept a policy from having a matrix (schema, references), and config problems. */
  diagnostics: Diagnostic[]
  /** Every policy found has a matrix: no diagnostic at error level. */
  ok: boolean
}

/** The coverage matrix of each policy, as `policyc coverage` prints it. */
export async function coverage(options: Omit<CheckApiOptions, 'jobs'> = {}): Promise<CoverageReport> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const settings = await resolveSettings({ cwd, configPath: options.config, now: options.now, env: options.env ?? process.env })
  if (!settings.ok) throw new UsageError(settings.error)
  const result = await checkPolicies(policyPaths(options.paths, cwd), { cwd, lint: false })
  const matrices = result.models.map((model) => coverageMatrix(model, { now: settings.lint.now }))
  const diagnostics = sortDiagnostics([...settings.diagnostics, ...result.diagnostics])
  return { matrices, diagnostics, ok: countBySeverity(diagnostics).errors === 0 }
}
