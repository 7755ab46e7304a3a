import { capPerFile } from './diagnostics/cap.js'
import { type Diagnostic, sortDiagnostics } from './diagnostics/diagnostic.js'
import { findPolicies, loadPolicy } from './load/load-policy.js'
import type { PolicyModel } from './resolve/model.js'
import type { LintOptions } from './lint/lint.js'
import { cachedCheck, checkCacheKey, checkCacheOn, storeCheck, type CachedCheck } from './load/check-cache.js'
import type { WorkerSite } from './parallel/check-in-workers.js'
import type { PolicyUnit } from './site/policy-unit.js'

export interface CheckOptions {
  cwd?: string
  /** Lint settings (rule severities, `now`); `false` stops after resolve. Default: every rule at its default severity. */
  lint?: LintOptions | false
  /** Keep every model in the result (default true); false lets each go once checked, and allows worker threads. */
  keepModels?: boolean | undefined
  /** Worker threads (`--jobs`; see workerCount in src/parallel/check-in-workers.ts); only with `keepModels: false`. */
  jobs?: number | undefined
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
 * One policy as the checker hands it on, in path order: its model (checked in this thread) or,
 * from worker threads asked to render, its rendered unit. `clean` is true while no policy so far
 * (this one included) has an error: after the first error a build stages nothing more.
 */
export type CheckedPolicy = { kind: 'model'; model: PolicyModel; clean: boolean } | { kind: 'unit'; unit: PolicyUnit; clean: boolean }

export interface CheckStreamOptions {
  cwd?: string | undefined
  lint?: LintOptions | false | undefined
  /** Worker threads may check (the caller then gets units, or nothing, instead of models). */
  workers?: boolean | undefined
  jobs?: number | undefined
  /** What workers render each clean policy with; without it they only check. */
  workerSite?: WorkerSite | undefined
  /**
   * The caller wants diagnostics, never a model: a policy the check cache (src/load/check-cache.ts,
   * when turned on) has seen unchanged is not checked again, and yields nothing.
   */
  diagnosticsOnly?: boolean | undefined
}

/**
 * The stages in order, in one place: load → validate → resolve → locale → lint for each policy. A
 * policy that fails a stage skips the later ones; the other policies go on, so one run reports
 * everything.
 *
 * An async generator rather than callbacks: the caller pulls each checked policy when it is ready
 * for it, so nothing is checked ahead of what the build has staged (memory stays that of the few
 * policies in flight), the site being built stays in the caller's hands instead of riding through
 * the checker in a closure, and a caller that stops (an error, Ctrl-C) ends the checking with the
 * loop (`return()` stops the workers too). Its return value is the summary of the whole run.
 */
export async function* checkedPolicies(paths: readonly string[], options: CheckStreamOptions = {}): AsyncGenerator<CheckedPolicy, CheckResult, undefined> {
  const cwd = options.cwd ?? process.cwd()
  const found = await findPolicies(paths)
  const diagnostics: Diagnostic[] = [...found.diagnostics]
  // Each policy's notes, merged in path order at the end, so a run the cache answers in part lists them as a fresh one does.
  const notesOf = new Map<string, readonly string[]>()
  let resolved = 0
  // Policies the check cache answers are not checked again; `keys` holds where the others' results go.
  const keys = new Map<string, string>()
  let todo = found.policies
  if (options.diagnosticsOnly && checkCacheOn() && !(options.lint && options.lint.rules)) {
    const cached = await cachedChecks(found.policies, cwd, options.lint)
    todo = cached.left
    for (const [path, key] of cached.keys) keys.set(path, key)
    for (const [path, hit] of cached.hits) {
      diagnostics.push(...hit.diagnostics)
      notesOf.set(path, hit.notes)
      if (hit.resolved) resolved++
    }
  }
  // Lint rules passed in as code (tests) cannot be sent to a worker.
  if (options.workers && !(options.lint && options.lint.rules)) {
    const { checkedInWorkers, workerCount } = await import('./parallel/check-in-workers.js')
    const workers = workerCount(options.jobs, todo.length)
    if (workers > 1) {
      // What workers find is not stored in the check cache: they report per run, not per policy.
      const summary = yield* checkedInWorkers({ policies: todo, diagnostics }, workers, { cwd, lint: options.lint, site: options.workerSite })
      const cachedNotes = found.policies.flatMap((path) => notesOf.get(path) ?? [])
      return { ...summary, resolved: summary.resolved + resolved, policies: found.policies.length, notes: [...new Set([...cachedNotes, ...summary.notes])] }
    }
  }
  for (const path of todo) {
    const checked = await checkPolicy(path, cwd, options.lint)
    diagnostics.push(...checked.diagnostics)
    notesOf.set(path, checked.notes)
    const { model } = checked
    const key = keys.get(path)
    if (key !== undefined) storeCheck(key, { resolved: model !== undefined, diagnostics: checked.diagnostics, notes: checked.notes })
    if (!model) continue
    resolved++
    yield { kind: 'model', model, clean: !diagnostics.some((d) => d.severity === 'error') }
  }
  const notes = new Set(found.policies.flatMap((path) => notesOf.get(path) ?? []))
  return { models: [], resolved, diagnostics: sortDiagnostics(diagnostics), policies: found.policies.length, notes: [...notes] }
}

/** The policies the check cache answers, and the keys under which to keep the others' results. */
async function cachedChecks(policies: readonly string[], cwd: string, lint: LintOptions | false | undefined): Promise<{ hits: Map<string, CachedCheck>; left: string[]; keys: Map<string, string> }> {
  // `lint: false` stops after resolve: a different result from the same files, so a different key.
  const settings = lint === false ? { severities: { '\u0000': 'no lint' } } : { now: lint?.now, severities: lint?.severities }
  const looked = await Promise.all(policies.map(async (path) => ({ path, key: await checkCacheKey(path, cwd, settings) })))
  const hits = new Map<string, CachedCheck>()
  const left: string[] = []
  const keys = new Map<string, string>()
  for (const { path, key } of looked) {
    const hit = key === undefined ? undefined : cachedCheck(key)
    if (hit) hits.set(path, hit)
    else {
      left.push(path)
      if (key !== undefined) keys.set(path, key)
    }
  }
  return { hits, left, keys }
}

/** Every policy checked, the models kept (or not): `checkedPolicies` drained. */
export async function checkPolicies(paths: readonly string[], options: CheckOptions = {}): Promise<CheckResult> {
  const keep = options.keepModels !== false
  const run = checkedPolicies(paths, { cwd: options.cwd, lint: options.lint, workers: !keep, jobs: options.jobs, diagnosticsOnly: !keep })
  const models: PolicyModel[] = []
  for (let next = await run.next(); ; next = await run.next()) {
    if (next.done) return { ...next.value, models }
    if (keep && next.value.kind === 'model') models.push(next.value.model)
  }
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
  // Imported when a policy is checked, not when the process starts: a `check` the check cache
  // answers whole never loads the rules, the coverage renderer or the translations (issue 19 item 6).
  const [{ checkLocales }, { lintModel }] = await Promise.all([import('./locale/index.js'), import('./lint/lint.js')])
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
  const [{ validatePolicy }, { resolvePolicy }] = await Promise.all([import('./validate/validate-policy.js'), import('./resolve/resolve.js')])
  const invalid = validatePolicy(loaded.source)
  diagnostics.push(...invalid)
  if (invalid.length > 0) return undefined
  const resolved = resolvePolicy(loaded.source)
  diagnostics.push(...resolved.diagnostics)
  return resolved.model
}
