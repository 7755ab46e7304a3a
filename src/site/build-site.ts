import { resolve } from 'node:path'
import { compareText, diagnose, type Diagnostic, type Location } from '../diagnostics/diagnostic.js'
import { printPdfs } from '../export/pdf.js'
import { removeAbandonedVersions, VERSIONS_FOLDER, type VersionCache } from '../history/version-cache.js'
import type { Alternate } from '../locale/index.js'
import { packageVersion } from '../package-root.js'
import type { WorkerSite } from '../parallel/check-in-workers.js'
import { FragmentCache } from '../render/fragment-cache.js'
import { loadTemplates, DEFAULT_TEMPLATES } from '../render/html/template-set.js'
import type { PolicyModel } from '../resolve/model.js'
import type { UnitCache, UnitRecorder } from './cache/unit-cache.js'
import { guardOutput } from './output-guard.js'
import { ownIdProblems, renderPolicyUnit, type PolicyUnit, type UnitContext } from './policy-unit.js'
import { indexData, notFoundData, regionsJson, sitemapXml, type IndexedPolicy } from './site-files.js'
import { StagingFolder } from './staging-folder.js'
import { templatesDigest } from './version-pages.js'

export interface BuildSiteOptions {
  /** The output folder (`dist`), relative to `cwd`. */
  out: string
  cwd?: string
  /** The policy paths that were checked; the output may not hold or sit inside them. */
  sources?: readonly string[]
  /** Absolute base URL of the published site, for sitemap.xml and JSON-LD. */
  baseUrl?: string | undefined
  /** Replace a non-empty output folder that policyc did not create. */
  force?: boolean | undefined
  /** A template folder instead of policyc's own `templates/`. */
  templates?: string | undefined
  /**
   * Rendered fragments to reuse, e.g. kept by `policyc dev` between rebuilds. Keys are content
   * digests, so a fragment is reused only where its section reads exactly the same.
   */
  fragments?: FragmentCache | undefined
  /**
   * Every past version from git (`--history`): `<policy>/versions/<date>/`, the changelog, the
   * Atom feed and versions.json, and version links on the current pages. Rendered versions are
   * kept in `node_modules/.cache/policyc/versions` (under `cwd`) unless another cache is given.
   * Off by default: then git is never run.
   */
  history?: boolean | { cache: VersionCache } | undefined
  /** The date the coverage page is judged at (`--now`); default: each policy's effective date, never the clock. */
  now?: string | undefined
  /**
   * What earlier builds rendered, by what it was made from (`UnitCache.inProject(cwd)` for the CLI
   * and \`policyc dev\`): a policy whose sources, templates, options and compiler are all unchanged
   * is taken from here, its files linked into the site instead of rendered again, with the same
   * diagnostics. The site is the same byte for byte either way. Not used with `history` or `pdf`.
   */
  cache?: UnitCache | undefined
  /** Stops the build (Ctrl-C): the staged files are removed and the output is left as it was. */
  signal?: AbortSignal | undefined
  /**
   * Print every variant's page to `index.pdf` beside it (`--pdf`), with the Chromium at this path
   * (true: the default one). When no PDF can be printed the build throws `PdfsNotPrinted` and
   * writes nothing; without this option no browser is ever started.
   */
  pdf?: boolean | { executablePath: string } | undefined
  /** Called after each file is staged; a test uses it to fail a build midway. */
  onFileStaged?: ((path: string) => void | Promise<void>) | undefined
}

export interface BuildSiteResult {
  /** Render and template problems; an error among them means nothing was written. */
  diagnostics: Diagnostic[]
  written: boolean
  /** Absolute path of the output folder. */
  out: string
  /** HTML pages (every variant, the index and 404.html). */
  pages: number
  files: number
  fragments: { rendered: number; reused: number }
  /**
   * What `policyc dev` keeps to patch this site after a save (patch-site.ts): each policy's entry
   * in the index, and its render problems, by policy id.
   */
  policies: IndexedPolicy[]
  diagnosticsByPolicy: Map<string, Diagnostic[]>
}

/** `--pdf` was asked for but the PDFs could not be printed; nothing was written. */
export class PdfsNotPrinted extends Error {}

const version = packageVersion()

/**
 * The site stage: for every policy, every variant in three formats plus `policy.json`; then the
 * index, 404.html, regions.json, sitemap.xml (with a base URL) and the assets. Everything is
 * staged in a temporary folder and swapped in only when the whole build succeeded.
 */
export async function buildSite(models: readonly PolicyModel[], options: BuildSiteOptions): Promise<BuildSiteResult> {
  const site = await openSite(options)
  try {
    for (const model of [...models].sort((a, b) => compareText(a.policy.id, b.policy.id))) await site.add(model)
  } catch (error) {
    await site.abandon()
    throw error
  }
  return site.finish()
}

/**
 * A site built one policy at a time (`openSite`), so a caller can render each policy as soon as it
 * is checked and let go of its model: the build holds one policy's model, not all of them.
 * Nothing is published before `finish`, and nothing at all once an error was reported.
 */
export interface SiteBuild {
  /** Renders one policy's pages, exports and coverage page into the staging folder. */
  add(model: PolicyModel): Promise<void>
  /** Stages a policy rendered elsewhere (a worker: src/parallel) with `renderPolicyUnit`, in the options this site was opened with. */
  addUnit(unit: PolicyUnit): Promise<void>
  /** Whether an error was reported: nothing more is staged and `finish` writes nothing. */
  readonly failed: boolean
  /** Writes the index, 404.html, regions.json, sitemap.xml and assets, then swaps the site in; after an error, removes what was staged instead. */
  finish(): Promise<BuildSiteResult>
  /** Removes everything staged; the output is left as it was. */
  abandon(): Promise<void>
}

/** Opens a site build: checks the output folder (throws OutputRefused) and loads the templates. */
export async function openSite(options: BuildSiteOptions): Promise<SiteBuild> {
  const cwd = options.cwd ?? process.cwd()
  const target = guardOutput(options.out, { cwd, sources: options.sources ?? [], force: options.force })
  const baseUrl = siteBaseUrl(options)
  const result: BuildSiteResult = { diagnostics: [], written: false, out: target, pages: 0, files: 0, fragments: { rendered: 0, reused: 0 }, policies: [], diagnosticsByPolicy: new Map() }

  const loaded = loadTemplates(options.templates ?? DEFAULT_TEMPLATES, cwd)
  result.diagnostics.push(...loaded.diagnostics)
  const templates = loaded.templates
  if (!templates || hasErrors(result.diagnostics)) return { add: async () => undefined, addUnit: async () => undefined, finish: async () => result, abandon: async () => undefined, failed: true }

  const staging = await StagingFolder.create(target)
  // Files are written a few dozen at a time while rendering goes on, so the disk is never waited
  // for one file at a time; `flush` waits for the rest before the swap.
  let pending: Promise<void>[] = []
  const flush = async () => {
    const batch = pending
    pending = []
    // Every write of the batch ends before the first failure is thrown: else a write still under
    // way could recreate a file after `abandon` removed the folders (a full disk kept full).
    const settled = await Promise.allSettled(batch)
    const failure = settled.find((outcome) => outcome.status === 'rejected')
    if (failure) throw failure.reason
  }
  const write = async (path: string, content: string | Buffer) => {
    options.signal?.throwIfAborted()
    const written = staging.write(path, content).then(() => options.onFileStaged?.(path))
    // Looked at only at the next flush: mark it handled now, so a failing write (ENOSPC, EMFILE)
    // between flushes is not an unhandled rejection; flush's Promise.all still reports it.
    written.catch(() => undefined)
    pending.push(written)
    if (pending.length >= 48) await flush()
  }
  // A policy's files as the site cache stores them: each stored once, then linked into the site.
  const stage = async (path: string, staged: Promise<unknown>) => {
    options.signal?.throwIfAborted()
    const done = staged.then(() => options.onFileStaged?.(path))
    done.catch(() => undefined)
    pending.push(done)
    if (pending.length >= 48) await flush()
  }
  /** Stores a file in the unit and links the stored copy into the site; resolves once it is in the site. */
  const store = (recorder: UnitRecorder, path: string, content: string | Buffer) =>
    recorder.write(path, content).then((stored) => (stored ? staging.link(path, stored, typeof content === 'string' ? Buffer.byteLength(content) : content.length) : staging.write(path, content)))
  const link = (path: string, stored: string, bytes: number) => stage(path, staging.link(path, stored, bytes))
  const units = options.cache && !options.history && !options.pdf ? options.cache : undefined
  // What a killed build left in the cache goes before this one writes (a full disk gets its room back).
  await units?.removeAbandoned()
  if (options.history === true) await removeAbandonedVersions(resolve(cwd, VERSIONS_FOLDER))
  // Units being stored: committed once their files are in the site, discarded if the build stops first.
  const recorders = new Set<UnitRecorder>()
  const digest = templatesDigest(resolve(cwd, options.templates ?? DEFAULT_TEMPLATES))
  const cache = options.fragments ?? new FragmentCache()
  const fragments = { rendered: 0, reused: 0 }
  const seen = new Set<string>()
  const report = (diagnostics: readonly Diagnostic[]) => {
    for (const d of diagnostics) {
      const key = JSON.stringify(d)
      if (!seen.has(key)) result.diagnostics.push(d)
      seen.add(key)
    }
  }
  const ids = new Map<string, Location>()
  const policies: IndexedPolicy[] = []
  // Each variant page with its policy's date, which `--pdf` stamps into the PDF it prints.
  const pageDates = new Map<string, string>()
  // Every language version of each page, by the source page's folder, for sitemap.xml.
  const sitemapAlternates = new Map<string, Alternate[]>()
  const abandon = async () => {
    await Promise.allSettled(pending)
    // Their temporary folders in the cache go too (issue 20, finding 17: they kept a full disk full).
    await Promise.allSettled([...recorders].map((recorder) => recorder.discard()))
    recorders.clear()
    await staging.abandon()
  }

  const context: UnitContext = { cwd, templates, templateFolder: options.templates ?? DEFAULT_TEMPLATES, templatesDigest: digest, cache, baseUrl, now: options.now, history: options.history, units, version }

  /** Stages one rendered policy (or links it from the site cache); after any error, stages nothing more. */
  const addUnit = async (unit: PolicyUnit): Promise<void> => {
    // Every id problem is reported, even after another error: the editor fixes them in one go.
    result.diagnostics.push(...unit.idDiagnostics, ...duplicateId(unit.id, unit.idAt, ids))
    if (hasErrors(result.diagnostics)) return
    for (const [folder, alternates] of unit.alternates) sitemapAlternates.set(folder, alternates)
    fragments.rendered += unit.fragments.rendered
    fragments.reused += unit.fragments.reused
    if (unit.restored) {
      report(unit.restored.diagnostics)
      result.diagnosticsByPolicy.set(unit.id, unit.restored.diagnostics)
      result.pages += unit.restored.pages
      for (const [index, file] of unit.restored.files.entries()) await link(file.path, unit.restored.storedAt[index]!, file.bytes)
      policies.push(unit.indexed)
      return
    }
    report(unit.diagnostics)
    result.diagnosticsByPolicy.set(unit.id, unit.diagnostics)
    if (hasErrors(unit.diagnostics)) return
    const recorder = unit.key ? units?.record(unit.key) : undefined
    if (recorder) recorders.add(recorder)
    recorder?.diagnostics.push(...unit.diagnostics)
    const linked: Promise<unknown>[] = []
    try {
      for (const file of unit.files) {
        if (!recorder) await write(file.path, file.content)
        else {
          const stored = store(recorder, file.path, file.content)
          linked.push(stored)
          await stage(file.path, stored)
        }
      }
    } catch (error) {
      if (recorder) {
        await Promise.allSettled(linked)
        await recorder.discard()
        recorders.delete(recorder)
      }
      throw error
    }
    for (const [page, date] of unit.pageDates) pageDates.set(page, date)
    result.pages += unit.pages
    if (recorder) {
      recorder.pages = unit.pages
      // Moved into the cache only once every file is linked into the site: a link made after the
      // move would find no file at the stored path (ENOENT). A file that did not reach the site
      // (its failure is reported by `stage`) makes the unit incomplete: it is discarded.
      const kept = Promise.allSettled(linked).then(async (outcomes) => {
        if (outcomes.every((outcome) => outcome.status === 'fulfilled')) await recorder.commit()
        else await recorder.discard()
        recorders.delete(recorder)
      })
      pending.push(kept)
    }
    policies.push(unit.indexed)
  }
  const add = async (model: PolicyModel): Promise<void> => {
    if (hasErrors(result.diagnostics)) {
      // Only the id problems still count: nothing more is rendered.
      result.diagnostics.push(...ownIdProblems(model), ...duplicateId(model.policy.id, model.source.locate(['id']), ids))
      return
    }
    await addUnit(await renderPolicyUnit(model, context))
  }

  const finish = async (): Promise<BuildSiteResult> => {
    try {
      return await publish()
    } catch (error) {
      await abandon()
      throw error
    }
  }
  const publish = async (): Promise<BuildSiteResult> => {
    policies.sort((a, b) => compareText(a.id, b.id))
    if (!hasErrors(result.diagnostics)) {
      const index = templates.render('index', indexData(policies))
      const notFound = templates.render('404', notFoundData(templates.notFoundStyle, baseUrl))
      report([...index.diagnostics, ...notFound.diagnostics])
      await write('index.html', index.html)
      await write('404.html', notFound.html)
      result.pages += 2
      await write('regions.json', regionsJson(policies))
      if (baseUrl) await write('sitemap.xml', sitemapXml(policies, baseUrl, sitemapAlternates))
      for (const asset of templates.assets) await write(`assets/${asset.path}`, asset.content)
    }
    await flush()
    result.fragments = fragments
    if (hasErrors(result.diagnostics)) {
      await staging.abandon()
      result.pages = 0
      return result
    }
    if (options.pdf) {
      // Printed from the staging folder (everything is flushed), so the PDFs show the pages exactly
      // as they will be published, and land in the same atomic swap and manifest.
      const printed = await printPdfs(staging.path, [...pageDates.keys()], {
        ...(typeof options.pdf === 'object' ? { executablePath: options.pdf.executablePath } : {}),
        documentDate: (page) => pageDates.get(page),
        write: (path, pdf) => write(path, pdf),
      })
      await flush()
      if (printed.status !== 'written') throw new PdfsNotPrinted(printed.message)
    }
    result.files = staging.count
    options.signal?.throwIfAborted()
    await staging.commit(version)
    result.written = true
    result.policies = policies
    await units?.prune(policies.length)
    return result
  }
  return {
    add,
    addUnit,
    finish,
    abandon,
    get failed() {
      return hasErrors(result.diagnostics)
    },
  }
}

/** `--base-url` with its final slash. */
function siteBaseUrl(options: BuildSiteOptions): string | undefined {
  return options.baseUrl === undefined ? undefined : options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`
}

/**
 * What worker threads render with to make the same units `openSite(options)` renders itself
 * (`policyc build --jobs`); undefined for `--history` and `--pdf`, which build in this thread.
 */
export function workerSiteFor(options: BuildSiteOptions): WorkerSite | undefined {
  if (options.history || options.pdf || options.fragments) return undefined
  const cwd = options.cwd ?? process.cwd()
  const templateFolder = options.templates ?? DEFAULT_TEMPLATES
  return {
    templateFolder,
    templatesDigest: templatesDigest(resolve(cwd, templateFolder)),
    baseUrl: siteBaseUrl(options),
    now: options.now,
    unitCacheFolder: options.cache?.folder,
    version,
  }
}

function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/** The duplicate-id error when another policy of this build has the same id; else the id is remembered. */
function duplicateId(id: string, at: Location, seen: Map<string, Location>): Diagnostic[] {
  const first = seen.get(id)
  if (!first) {
    seen.set(id, at)
    return []
  }
  return [diagnose(at, { ruleId: 'duplicate-policy-id', source: 'render', reason: `Policy id \`${id}\` is already used at ${first.file}:${first.start.line}:${first.start.column}`, hint: "Each policy needs its own id: it names the policy's folder in the site." })]
}
