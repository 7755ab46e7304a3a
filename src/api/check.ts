import { resolve } from 'node:path'
import { countBySeverity, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js'
import { resolveSettings } from '../lint/settings.js'
import { checkPolicies } from '../pipeline.js'
import { UsageError } from './errors.js'
import { policyPaths } from './paths.js'
import { proseCacheInProject, useProseCache } from '../prose/parse-cache.js'
import { checkCacheInProject, useCheckCache } from '../load/check-cache.js'

/** What `check` and `coverage` take besides the paths. */
export interface CheckApiOptions {
  /** Policy folders, YAML files or folders of policies, relative to `cwd`. Default: `['policies']`. */
  paths?: readonly string[] | undefined
  /** The project folder. Default: `process.cwd()`. */
  cwd?: string | undefined
  /** The date lint rules treat as today (YYYY-MM-DD); else SOURCE_DATE_EPOCH. */
  now?: string | undefined
  /** The project config file; default: policyc.config.yaml in `cwd` or above. */
  config?: string | undefined
  /** Worker threads; default: by cores and policies. */
  jobs?: number | undefined
  /** Environment read for SOURCE_DATE_EPOCH. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>> | undefined
}

export interface CheckReport {
  /** No diagnostic at error level. */
  ok: boolean
  /** Every diagnostic (config, load, schema, references, translations, lint), sorted by file and position. */
  diagnostics: Diagnostic[]
  errors: number
  warnings: number
  /** How many policies were found. */
  policies: number
  /** Why a lint rule could not run (for example no `now` for date rules), once each. */
  notes: string[]
  /** The absolute path of the policyc.config.yaml in use (given or found), if any. */
  config?: string | undefined
}

/** Checks policies as `policyc check` does, and returns every diagnostic instead of printing it. */
export async function check(options: CheckApiOptions = {}): Promise<CheckReport> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const settings = await resolveSettings({ cwd, configPath: options.config, now: options.now, env: options.env ?? process.env })
  if (!settings.ok) throw new UsageError(settings.error)
  // Section bodies parsed by an earlier run are read back instead of parsed again (src/prose/parse-cache.ts).
  useProseCache(proseCacheInProject(cwd))
  // And a policy unchanged since an earlier check is answered from that check (src/load/check-cache.ts).
  useCheckCache(checkCacheInProject(cwd))
  const result = await checkPolicies(policyPaths(options.paths, cwd), { cwd, lint: settings.lint, keepModels: false, jobs: options.jobs })
  const diagnostics = sortDiagnostics([...settings.diagnostics, ...result.diagnostics])
  const { errors, warnings } = countBySeverity(diagnostics)
  return { ok: errors === 0, diagnostics, errors, warnings, policies: result.policies, notes: result.notes, config: settings.configFile }
}
