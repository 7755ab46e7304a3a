import { capPerFile } from './diagnostics/cap.js'
import { type Diagnostic, sortDiagnostics } from './diagnostics/diagnostic.js'
import { findPolicies, loadPolicy } from './load/load-policy.js'
import { resolvePolicy } from './resolve/resolve.js'
import type { PolicyModel } from './resolve/model.js'
import { validatePolicy } from './validate/validate-policy.js'
import { lintModel, type LintOptions } from './lint/lint.js'
import { checkLocales } from './locale/index.js'
import type { WorkerSite } from './parallel/check-in-workers.js'
import type { PolicyUnit } from './site/policy-unit.js'

export interface CheckOptions {
  cwd?: string
  /** Lint settings (rule severities, `now`); `false` stops after resolve. Default: every rule at its default severity. */
  lint?: LintOptions | false
  /**
   * Called with each policy as soon as it is checked, in path order; `clean` is true while no
   * policy so far (this one included) has an error. `policyc build` renders each policy here, so
   * it never holds more than one model.
   */
  onModel?: ((model: PolicyModel, clean: boolean) => Promise<void>) | undefined
  /** Keep every model in the result (default true); false when `onModel` has taken each. */
  keepModels?: boolean | undefined
  /**
   * Worker threads (`--jobs`; see workerCount in src/parallel/check-in-workers.ts). Workers are
   * used only with `keepModels: false`, since models stay in the workers; then `onModel` is not
   * called, and a build passes `workerSite` and gets each rendered policy through `onUnit`.
   */
  jobs?: number | undefined
  workerSite?: WorkerSite | undefined
  onUnit?: ((unit: PolicyUnit, clean: boolean) => Promise<void>) | undefined
}

export interface CheckResult {
  /** The policies that loaded, validated and resolved, in path order (none with `keepModels: false`). */
  models: PolicyModel[]
  /** How many policies loaded, validated and resolved. */
  resolved: number
  /** Every diagnostic of every policy, sorted by file and position. */
  diagnostics: Diagnostic[]
  /** How many policies were found. */
  policies: number
  /** Why a lint rule could not run (for example no `--now` for the effective-date rule), once each. */
  notes: string[]
}

/**
 * The stages in order, in one place: load → validate → resolve → locale → lint for each policy. A policy that
 * fails a stage skips the later ones; the other policies go on, so one run reports everything.
 */
export async function checkPolicies(paths: readonly string[], options: CheckOptions = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd()
  const found = await findPolicies(paths)
  // Lint rules passed in as code (tests) cannot be sent to a worker.
  if (options.keepModels === false && (options.workerSite !== undefined || options.onModel === undefined) && !(options.lint && options.lint.rules)) {
    const { checkInWorkers, workerCount } = await import('./parallel/check-in-workers.js')
    const workers = workerCount(options.jobs, found.policies.length)
    if (workers > 1) return checkInWorkers(found, workers, { cwd, lint: options.lint, site: options.workerSite }, options.onUnit)
  }
  const diagnostics: Diagnostic[] = [...found.diagnostics]
  const models: PolicyModel[] = []
  const notes = new Set<string>()
  let resolved = 0
  for (const path of found.policies) {
    const checked = await checkPolicy(path, cwd, options.lint)
    diagnostics.push(...checked.diagnostics)
    for (const note of checked.notes) notes.add(note)
    const { model } = checked
    if (!model) continue
    resolved++
    if (options.keepModels !== false) models.push(model)
    await options.onModel?.(model, !diagnostics.some((d) => d.severity === 'error'))
  }
  return { models, resolved, diagnostics: sortDiagnostics(diagnostics), policies: found.policies.length, notes: [...notes] }
}

/** One policy through every stage: what `checkPolicies` does for each path (and a worker of src/parallel does for its share). */
export async function checkPolicy(path: string, cwd: string, lint: LintOptions | false | undefined): Promise<{ model: PolicyModel | undefined; diagnostics: Diagnostic[]; notes: string[] }> {
  const checked = await checkPolicyStages(path, cwd, lint)
  return { ...checked, diagnostics: capPerFile(checked.diagnostics) }
}

async function checkPolicyStages(path: string, cwd: string, lint: LintOptions | false | undefined): Promise<{ model: PolicyModel | undefined; diagnostics: Diagnostic[]; notes: string[] }> {
  const diagnostics: Diagnostic[] = []
  const model = await loadModel(path, cwd, diagnostics)
  if (!model) return { model, diagnostics, notes: [] }
  // Translations (locales/*.yaml) are checked against the resolved source: stale, missing, orphan.
  diagnostics.push(...(await checkLocales(path, model, { cwd })).diagnostics)
  if (lint === false) return { model, diagnostics, notes: [] }
  const linted = lintModel(model, lint)
  diagnostics.push(...linted.diagnostics)
  return { model, diagnostics, notes: linted.notes }
}

/** Runs load, validate and resolve on one policy; pushes its diagnostics. */
export async function loadModel(path: string, cwd: string, diagnostics: Diagnostic[]): Promise<PolicyModel | undefined> {
  const loaded = await loadPolicy(path, cwd)
  diagnostics.push(...loaded.diagnostics)
  if (!loaded.source) return undefined
  const invalid = validatePolicy(loaded.source)
  diagnostics.push(...invalid)
  if (invalid.length > 0) return undefined
  const resolved = resolvePolicy(loaded.source)
  diagnostics.push(...resolved.diagnostics)
  return resolved.model
}
