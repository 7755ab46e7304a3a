import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { FragmentCache } from '../render/fragment-cache.js'
import { DEFAULT_TEMPLATES, loadTemplates } from '../render/html/template-set.js'
import type { PolicyModel } from '../resolve/model.js'
import { planPolicyUnit } from '../site/policy-unit.js'
import { indexData, regionsJson, type IndexedPolicy } from '../site/site-files.js'
import { LazyPolicy } from './lazy-policy.js'

export interface MemorySiteOptions {
  /** The output folder the last full build wrote (relative to `cwd`). */
  out: string
  cwd: string
  fragments: FragmentCache
  version: string
  /** Render errors of a page rendered after its save was reported good (the overlay shows them). */
  onErrors: (errors: Diagnostic[]) => void
}

export interface EditResult {
  /** False when an edited policy has a render error among the pages rendered now. */
  ok: boolean
  diagnosticsByPolicy: Map<string, Diagnostic[]>
  /** The index entries after the edit, for the next one. */
  policies: IndexedPolicy[]
  /** Pages rendered before the reload (the ones open in the preview). */
  rendered: number
}

/**
 * The preview after saves (issue 19 item 5): the last full build stays on disk, and each policy
 * edited since is served from memory (LazyPolicy), with the index and regions.json that list it.
 * Nothing is written: a save costs its check and the pages open in a tab, not the ~50 pages and
 * ~180 files of a policy. `policyc build` writes the site.
 */
export class MemorySite {
  readonly #options: MemorySiteOptions
  readonly #policies = new Map<string, LazyPolicy>()
  readonly #siteFiles = new Map<string, string>()

  constructor(options: MemorySiteOptions) {
    this.#options = options
  }

  /** The edits held now, to put back with the function returned (`Builder.snapshot`). */
  snapshot(): () => void {
    const policies = new Map(this.#policies)
    const siteFiles = new Map(this.#siteFiles)
    return () => {
      this.#policies.clear()
      this.#siteFiles.clear()
      for (const [id, policy] of policies) this.#policies.set(id, policy)
      for (const [path, text] of siteFiles) this.#siteFiles.set(path, text)
    }
  }

  /** Forgets every edit: after a full build, the output folder is the site again. */
  clear(): void {
    this.#policies.clear()
    this.#siteFiles.clear()
  }

  /**
   * Takes the edited policies' models into the preview and renders the pages in `warm` (site
   * paths, `/`-separated) that they own. Undefined where only a full build will do: no site
   * from a full build at `out`, a policy new to the site or with a new id, templates that do not load.
   */
  async edit(changed: readonly PolicyModel[], site: readonly IndexedPolicy[], warm: readonly string[]): Promise<EditResult | undefined> {
    const { cwd, out } = this.#options
    const target = resolve(cwd, out)
    const known = new Set(site.map((p) => p.id))
    if (changed.some((model) => !known.has(model.policy.id) || !existsSync(join(target, model.policy.id)))) return undefined
    const loaded = loadTemplates(DEFAULT_TEMPLATES, cwd)
    if (!loaded.templates || loaded.diagnostics.some((d) => d.severity === 'error')) return undefined
    const context = {
      cwd,
      templates: loaded.templates,
      templateFolder: DEFAULT_TEMPLATES,
      // Only the site cache and the history archive key on it, and the preview uses neither.
      templatesDigest: '',
      cache: this.#options.fragments,
      baseUrl: undefined,
      now: undefined,
      units: undefined,
      version: this.#options.version,
    }
    const lazy: LazyPolicy[] = []
    for (const model of changed) lazy.push(new LazyPolicy(await planPolicyUnit(model, context), this.#options.onErrors))
    const diagnosticsByPolicy = new Map<string, Diagnostic[]>()
    let rendered = 0
    for (const policy of lazy) {
      for (const path of warm) {
        if (!policy.owns(path)) continue
        if ((await policy.file(path)) !== undefined) rendered++
      }
      diagnosticsByPolicy.set(policy.id, policy.diagnostics)
    }
    const planned = new Map(lazy.map((p) => [p.id, p]))
    const policies = site.map((entry) => planned.get(entry.id)?.indexed ?? entry)
    const failed = [...diagnosticsByPolicy.values()].some((list) => list.some((d) => d.severity === 'error'))
    if (failed) return { ok: false, diagnosticsByPolicy, policies: [...site], rendered }
    const index = loaded.templates.render('index', indexData(policies))
    if (index.diagnostics.some((d) => d.severity === 'error')) return undefined
    for (const policy of lazy) this.#policies.set(policy.id, policy)
    this.#siteFiles.set('index.html', index.html)
    this.#siteFiles.set('regions.json', regionsJson(policies))
    return { ok: true, diagnosticsByPolicy, policies, rendered }
  }

  /**
   * The file at `path` (`/`-separated, relative to the site) when the preview holds it in memory;
   * undefined to serve the output folder (an unedited policy, the assets, a file of the user's).
   */
  async file(path: string): Promise<string | Buffer | undefined> {
    const site = this.#siteFiles.get(path)
    if (site !== undefined) return site
    const id = path.split('/')[0] ?? ''
    const policy = this.#policies.get(id)
    return policy ? policy.file(path) : undefined
  }
}
