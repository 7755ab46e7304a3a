import { resolve } from 'node:path'
import { diagnose, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js'
import { findPolicies } from '../load/load-policy.js'
import { resolveSettings } from '../lint/settings.js'
import type { LintOptions } from '../lint/lint.js'
import { checkPolicies, type CheckedPolicy } from '../pipeline.js'
import type { PolicyModel } from '../resolve/model.js'
import { FragmentCache } from '../render/fragment-cache.js'
import { openSite } from '../site/build-site.js'
import { patchSite } from '../site/patch-site.js'
import type { IndexedPolicy } from '../site/site-files.js'
import { packageVersion } from '../package-root.js'
import { UnitCache } from '../site/cache/unit-cache.js'
import { stageCheckedPolicies } from '../site/stage-checked.js'
import type { Builder, BuildProgress, BuildReport } from './builder.js'
import { MemorySite } from './memory-site.js'

export interface DevBuilderOptions {
  /** The project folder. */
  cwd: string
  /** Policy paths as given on the command line. */
  paths: readonly string[]
  /** The output folder. */
  out: string
  configPath?: string | undefined
  now?: string | undefined
  /** Replace a non-empty output folder that policyc did not create (`--force`). */
  force?: boolean | undefined
  env?: NodeJS.ProcessEnv
  /**
   * Write each save into the output folder (`policyc dev --write`, patch-site.ts). Without it a
   * save is served from memory (memory-site.ts) and the output folder keeps the last full build.
   */
  writeEdits?: boolean | undefined
}

/**
 * The Builder of `policyc dev`, over the pipeline and the site build. A full build streams as
 * `policyc build` does (src/site/stage-checked.ts): each policy is checked, rendered into the
 * staging folder and let go of, so memory stays that of a few policies however many the project
 * has. Of a policy the builder keeps only what a later save needs: its diagnostics, and the site
 * index the build returns (IndexedPolicy, its render problems). A save re-reads, re-validates and
 * re-lints only the policies it touched, then serves them from memory (memory-site.ts) or patches
 * the output (patch-site.ts); a save that needs a full build after all (the site cannot be
 * patched, or the last full build failed) checks the other policies again from disk, which the
 * parse cache makes cheap. The site is only written when no policy has an error, so the preview
 * always shows the last good site. Settings (the config file) are read again on every build,
 * because the config is watched too.
 */
export function createDevBuilder(options: DevBuilderOptions): Builder {
  const cwd = resolve(options.cwd)
  // Each policy's check diagnostics, by its absolute path: never its model (see above).
  const checked = new Map<string, Diagnostic[]>()
  // The policies a save did not touch are linked from here instead of rendered again.
  const cache = UnitCache.inProject(cwd)
  // The edited policy's sections that still read the same are not rendered again either (the
  // fragment cache is bounded, so a long session does not grow without end).
  const fragments = new FragmentCache()
  let found: { known: string[]; diagnostics: Diagnostic[] } = { known: [], diagnostics: [] }
  // The site as the last good build or patch left it: what a save to a few policies patches.
  let site: { policies: IndexedPolicy[]; diagnosticsByPolicy: Map<string, Diagnostic[]> } | undefined
  let lateErrors: (errors: Diagnostic[]) => void = () => undefined
  const memory = new MemorySite({ out: options.out, cwd, fragments, version: packageVersion(), onErrors: (errors) => lateErrors(errors) })

  /** One policy through the pipeline; its diagnostics are kept, its model only returned. */
  const checkOne = async (policy: string, lint: LintOptions): Promise<PolicyModel | undefined> => {
    const result = await checkPolicies([policy], { cwd, lint })
    checked.set(policy, result.diagnostics)
    return result.models[0]
  }

  /**
   * Every known policy in path order, as `checkedPolicies` hands them to a build: those of `held`
   * (just checked by this save) as they are, the others checked from disk. `clean` while no
   * diagnostic so far, `before` included, is an error.
   */
  async function* checkAll(held: ReadonlyMap<string, PolicyModel>, lint: LintOptions, before: readonly Diagnostic[], onProgress?: (p: BuildProgress) => void): AsyncGenerator<CheckedPolicy, number, undefined> {
    const total = found.known.length
    let clean = !before.some((d) => d.severity === 'error')
    let models = 0
    onProgress?.({ policies: 0, policiesTotal: total })
    for (const [index, policy] of found.known.entries()) {
      const model = held.get(policy) ?? (await checkOne(policy, lint))
      if (checked.get(policy)?.some((d) => d.severity === 'error')) clean = false
      onProgress?.({ policies: index + 1, policiesTotal: total })
      if (!model) continue
      models++
      yield { kind: 'model', model, clean }
    }
    return models
  }

  const compile = async (changed: readonly string[] | 'all', onProgress?: (p: BuildProgress) => void, warm: readonly string[] = []): Promise<BuildReport> => {
    const settings = await resolveSettings({ cwd, configPath: options.configPath, now: options.now, env: options.env ?? process.env })
    if (!settings.ok) {
      const at = { file: options.configPath ?? 'policyc.config.yaml', start: { line: 1, column: 1 } }
      return failure([diagnose(at, { ruleId: 'config-unusable', source: 'config', reason: settings.error, hint: 'Fix the option or the config file; the preview rebuilds when it changes.' })], [])
    }
    if (changed === 'all') {
      const result = await findPolicies(options.paths)
      found = { known: result.policies.map((p) => resolve(cwd, p)), diagnostics: result.diagnostics }
      checked.clear()
    }
    const known = changed === 'all' ? found.known : []
    const before = [...settings.diagnostics, ...found.diagnostics]
    const everything = () => [...before, ...[...checked.values()].flat()]
    let pages = 0
    const onFileStaged = (path: string) => {
      if (path.endsWith('.html')) onProgress?.({ pages: ++pages })
    }

    // A save to some policies: only those are checked, then served from memory, rendered page by
    // page as the preview asks (memory-site.ts), or with --write rendered and swapped into the
    // output folder (patch-site.ts). Anything else (the first build, a config or template change, a
    // policy added, removed or renamed, a site that is not as the last build left it) is a full build.
    const held = new Map<string, PolicyModel>()
    const toCheck = changed === 'all' ? [] : changed.filter((p) => found.known.includes(p))
    if (changed !== 'all') {
      onProgress?.({ policies: 0, policiesTotal: toCheck.length })
      for (const [index, policy] of toCheck.entries()) {
        const model = await checkOne(policy, settings.lint)
        if (model) held.set(policy, model)
        onProgress?.({ policies: index + 1, policiesTotal: toCheck.length })
      }
      const diagnostics = everything()
      if (diagnostics.some((d) => d.severity === 'error')) return failure(sortDiagnostics(diagnostics), known)
      const edited = [...held.values()]
      if (site && !options.writeEdits) {
        const kept = await memory.edit(edited, site.policies, warm)
        if (kept) {
          const byPolicy = new Map([...site.diagnosticsByPolicy, ...kept.diagnosticsByPolicy])
          const all = sortDiagnostics([...diagnostics, ...uniqueDiagnostics([...byPolicy.values()].flat())])
          if (!kept.ok) return failure(all, known)
          site = { policies: kept.policies, diagnosticsByPolicy: byPolicy }
          onProgress?.({ pages: kept.rendered })
          return { ok: true, diagnostics: all, policies: toCheck.length, pages: kept.rendered, known }
        }
      } else if (site) {
        const patched = await patchSite(edited, { out: options.out, cwd, policies: site.policies, fragments, version: packageVersion(), onFileStaged })
        if (patched) {
          const byPolicy = new Map([...site.diagnosticsByPolicy, ...patched.diagnosticsByPolicy])
          const all = sortDiagnostics([...diagnostics, ...uniqueDiagnostics([...byPolicy.values()].flat())])
          if (!patched.written) return failure(all, known)
          site = { policies: patched.policies, diagnosticsByPolicy: byPolicy }
          return { ok: true, diagnostics: all, policies: toCheck.length, pages: patched.files, known }
        }
      }
    }

    // A full build: every policy checked (but those this save just checked) and rendered in one
    // pass, each let go of once staged. After the first error nothing more is rendered; the
    // staged files go and the output folder stays as it was.
    site = undefined
    const siteOptions = { out: options.out, cwd, sources: options.paths, force: options.force, cache, fragments, onFileStaged }
    const staged = await stageCheckedPolicies(checkAll(held, settings.lint, before, onProgress), siteOptions)
    const diagnostics = everything()
    if (diagnostics.some((d) => d.severity === 'error')) {
      await staged.site?.abandon()
      return failure(sortDiagnostics(diagnostics), known)
    }
    if (staged.refused) throw staged.refused
    // No policy to stage (an empty project): the site is still the index, as a build makes it.
    const built = await (staged.site ?? (await openSite(siteOptions))).finish()
    const all = sortDiagnostics([...diagnostics, ...built.diagnostics])
    if (!built.written) return failure(all, known)
    // The output folder is the whole site again; until now (and after a failed full build) the
    // edited policies are still served from memory, so the preview never steps back to older pages.
    memory.clear()
    site = { policies: built.policies, diagnosticsByPolicy: built.diagnosticsByPolicy }
    return { ok: true, diagnostics: all, policies: changed === 'all' ? staged.summary : toCheck.length, pages: built.files, known }
  }

  return {
    buildAll: (onProgress) => compile('all', onProgress),
    rebuildPolicies: (policies, onProgress, warm) => compile(policies.map((p) => resolve(cwd, p)), onProgress, warm),
    file: (path) => memory.file(path),
    onLateErrors: (listener) => {
      lateErrors = listener
    },
    // With --write a save is written into the output folder at once, which putting the builder back
    // would not undo: such a builder is never asked for an early rebuild (dev-loop.ts).
    ...(options.writeEdits
      ? {}
      : {
          snapshot: () => {
            const [checkedThen, foundThen, siteThen, memoryThen] = [new Map(checked), found, site, memory.snapshot()]
            return () => {
              checked.clear()
              for (const [policy, result] of checkedThen) checked.set(policy, result)
              found = foundThen
              site = siteThen
              memoryThen()
            }
          },
        }),
  }
}

/** Diagnostics without repeats (a policy's render problems may be reported by two builds). */
function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return diagnostics.filter((d) => {
    const key = JSON.stringify(d)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function failure(diagnostics: Diagnostic[], known: string[]): BuildReport {
  return { ok: false, diagnostics, policies: 0, pages: 0, known }
}
