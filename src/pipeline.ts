import { type Diagnostic, sortDiagnostics } from './diagnostics/diagnostic.js'
import { findPolicies, loadPolicy } from './load/load-policy.js'
import { resolvePolicy } from './resolve/resolve.js'
import type { PolicyModel } from './resolve/model.js'
import { validatePolicy } from './validate/validate-policy.js'
import { lintModel, type LintOptions } from './lint/lint.js'
import { checkLocales } from './locale/index.js'

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
  const diagnostics: Diagnostic[] = [...found.diagnostics]
  const models: PolicyModel[] = []
  const notes = new Set<string>()
  let resolved = 0
  for (const path of found.policies) {
    const model = await loadModel(path, cwd, diagnostics)
    if (!model) continue
    resolved++
    if (options.keepModels !== false) models.push(model)
    // Translations (locales/*.yaml) are checked against the resolved source: stale, missing, orphan.
    diagnostics.push(...(await checkLocales(path, model, { cwd })).diagnostics)
    if (options.lint !== false) {
      const linted = lintModel(model, options.lint)
      diagnostics.push(...linted.diagnostics)
      for (const note of linted.notes) notes.add(note)
    }
    await options.onModel?.(model, !diagnostics.some((d) => d.severity === 'error'))
  }
  return { models, resolved, diagnostics: sortDiagnostics(diagnostics), policies: found.policies.length, notes: [...notes] }
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
