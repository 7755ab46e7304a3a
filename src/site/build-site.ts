import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { compareText, diagnose, type Diagnostic, type Location } from '../diagnostics/diagnostic.js'
import { buildExports } from '../export/index.js'
import { printPdfs } from '../export/pdf.js'
import { buildHistoryArchive, type HistoryArchive } from '../history/archive.js'
import { versionNavHtml } from '../history/site/version-nav.js'
import { directoryCache, type VersionCache } from '../history/version-cache.js'
import { languageLinks, loadTranslations, localeFolder, localizeModel, pageAlternates, type Alternate, type Translation } from '../locale/index.js'
import { packagePath } from '../package-root.js'
import { CLOBBER_PREFIX } from '../render/anchors.js'
import { FragmentCache } from '../render/fragment-cache.js'
import { loadTemplates, DEFAULT_TEMPLATES, type TemplateSet } from '../render/html/template-set.js'
import { trusted } from '../render/html/trusted-html.js'
import { localWords, pageRegionName } from '../render/locale-words.js'
import { renderVariant } from '../render/render-variant.js'
import { resolvedModel } from '../resolve/resolved-json.js'
import type { PolicyModel } from '../resolve/model.js'
import { variantsOf } from '../variant/variants-of.js'
import { coverageFolder, coveragePage } from './coverage-page.js'
import { guardOutput } from './output-guard.js'
import { indexData, indexedPolicy, notFoundData, regionsJson, sitemapXml, variantName, type IndexedPolicy } from './site-files.js'
import { absoluteUrl, folderOf, relativeHref, RESERVED_NAMES, variantFolder } from './site-paths.js'
import { policyUnitKey } from './cache/policy-key.js'
import type { UnitCache, UnitRecorder } from './cache/unit-cache.js'
import { StagingFolder } from './staging-folder.js'
import { templatesDigest, versionRenderer } from './version-pages.js'

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
}

/** `--pdf` was asked for but the PDFs could not be printed; nothing was written. */
export class PdfsNotPrinted extends Error {}

const version = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version

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
  /** Writes the index, 404.html, regions.json, sitemap.xml and assets, then swaps the site in; after an error, removes what was staged instead. */
  finish(): Promise<BuildSiteResult>
  /** Removes everything staged; the output is left as it was. */
  abandon(): Promise<void>
}

/** Opens a site build: checks the output folder (throws OutputRefused) and loads the templates. */
export async function openSite(options: BuildSiteOptions): Promise<SiteBuild> {
  const cwd = options.cwd ?? process.cwd()
  const target = guardOutput(options.out, { cwd, sources: options.sources ?? [], force: options.force })
  const baseUrl = options.baseUrl === undefined ? undefined : options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`
  const result: BuildSiteResult = { diagnostics: [], written: false, out: target, pages: 0, files: 0, fragments: { rendered: 0, reused: 0 } }

  const loaded = loadTemplates(options.templates ?? DEFAULT_TEMPLATES, cwd)
  result.diagnostics.push(...loaded.diagnostics)
  const templates = loaded.templates
  if (!templates || hasErrors(result.diagnostics)) return { add: async () => undefined, finish: async () => result, abandon: async () => undefined }

  const staging = await StagingFolder.create(target)
  // Files are written a few dozen at a time while rendering goes on, so the disk is never waited
  // for one file at a time; `flush` waits for the rest before the swap.
  let pending: Promise<void>[] = []
  const flush = async () => {
    const batch = pending
    pending = []
    await Promise.all(batch)
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
  const store = (recorder: UnitRecorder, path: string, content: string | Buffer) =>
    stage(path, recorder.write(path, content).then((stored) => (stored ? staging.link(path, stored, typeof content === 'string' ? Buffer.byteLength(content) : content.length) : staging.write(path, content))))
  const link = (path: string, stored: string, bytes: number) => stage(path, staging.link(path, stored, bytes))
  const units = options.cache && !options.history && !options.pdf ? options.cache : undefined
  const unitContext = units && { templates: templatesDigest(resolve(cwd, options.templates ?? DEFAULT_TEMPLATES)), baseUrl: baseUrl ?? null, now: options.now ?? null }
  const cache = options.fragments ?? new FragmentCache()
  const [hitsBefore, missesBefore] = [cache.hits, cache.misses]
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
    await staging.abandon()
  }

  const add = async (model: PolicyModel): Promise<void> => {
    // Every id problem is reported, even after another error: the editor fixes them in one go.
    result.diagnostics.push(...idProblems(model, ids))
    if (hasErrors(result.diagnostics)) return
    const variants = variantsOf(model)
    // Translations (locales/*.yaml) were checked with the policy; here each becomes a set of pages.
    const translations = await translationsOf(model, cwd)
    const languages = translations.map((t) => t.language)
    const alternatesOf = (key: string) => (languages.length ? pageAlternates(model.policy.id, key, model.policy.language, languages) : [])
    const languageNav = (key: string, folder: string, current: string) => {
      const alternates = alternatesOf(key)
      return {
        alternates: alternates.map((a) => ({ hreflang: a.hreflang, href: relativeHref(folder, `${a.folder}index.html`) })),
        languages: languageLinks(alternates, current).map((l) => ({ hreflang: l.hreflang, name: l.name, href: relativeHref(folder, `${l.folder}index.html`), current: l.current })),
      }
    }
    if (languages.length) for (const variant of variants) sitemapAlternates.set(folderOf(variant), alternatesOf(variant.key))
    // Unchanged since an earlier build (same sources, translations, templates, options and
    // compiler): the same files and diagnostics, linked from the cache instead of rendered.
    const key = units && unitContext && policyUnitKey(model, unitContext, translations.map((t) => t.file))
    const restored = key ? await units?.restore(key) : undefined
    if (restored) {
      report(restored.diagnostics)
      result.pages += restored.pages
      for (const [index, file] of restored.files.entries()) await link(file.path, restored.storedAt(index), file.bytes)
      policies.push(indexedPolicy(model, variants, languages))
      return
    }
    const recorder = key ? units?.record(key) : undefined
    const pagesBefore = result.pages
    const note = (diagnostics: readonly Diagnostic[]) => {
      recorder?.diagnostics.push(...diagnostics)
      report(diagnostics)
    }
    const put = (path: string, content: string | Buffer) => (recorder ? store(recorder, path, content) : write(path, content))
    const archive = options.history ? await historyOf(model, { cwd, baseUrl, history: options.history, templateFolder: options.templates ?? DEFAULT_TEMPLATES, templates, cache }) : undefined
    if (archive) {
      note(archive.diagnostics)
      for (const file of archive.files) await put(file.path, file.content)
    }
    const switcher = variants.map((v) => ({ key: v.key, name: variantName(v), path: `${folderOf(v)}index.html` }))
    for (const variant of variants) {
      const folder = folderOf(variant)
      const rendered = renderVariant(variant, {
        templates,
        cache,
        links: {
          home: relativeHref(folder, 'index.html'),
          assets: relativeHref(folder, 'assets/'),
          variants: switcher.map((v) => ({ key: v.key, name: v.name, href: relativeHref(folder, v.path) })),
          coverage: relativeHref(folder, `${coverageFolder(model.policy.id)}index.html`),
          ...languageNav(variant.key, folder, model.policy.language),
        },
        pageUrl: absoluteUrl(baseUrl, folder),
        globalUrl: absoluteUrl(baseUrl, variantFolder(model.policy.id, 'global')),
        versions: archive && trusted(versionNavHtml(archive.current, folder)),
      })
      note(rendered.diagnostics)
      if (hasErrors(rendered.diagnostics)) break
      await put(`${folder}index.html`, rendered.html)
      await put(`${folder}index.md`, rendered.markdown)
      await put(`${folder}policy.jsonld`, rendered.jsonld)
      pageDates.set(`${folder}index.html`, model.policy.effective)
      result.pages++
    }
    if (hasErrors(result.diagnostics)) return
    // Each translation: the same variants, under `<policy>/<language>/` (src/locale/locale-site.ts).
    for (const translation of translations) {
      const localized = localizeModel(model, translation)
      const language = localized.language
      const m = localWords(language)
      const translatedVariants = variantsOf(localized.model)
      const pathOf = (key: string) => `${localeFolder(model.policy.id, language, key)}index.html`
      const names = translatedVariants.map((v) => ({ key: v.key, name: v.region ? pageRegionName(v.region, language) : (m?.page.allRegions ?? variantName(v)), path: pathOf(v.key) }))
      for (const variant of translatedVariants) {
        const folder = localeFolder(model.policy.id, language, variant.key)
        const rendered = renderVariant(variant, {
          templates,
          cache,
          links: {
            home: relativeHref(folder, 'index.html'),
            assets: relativeHref(folder, 'assets/'),
            variants: names.map((v) => ({ key: v.key, name: v.name, href: relativeHref(folder, v.path) })),
            ...languageNav(variant.key, folder, language),
          },
          pageUrl: absoluteUrl(baseUrl, folder),
          globalUrl: absoluteUrl(baseUrl, localeFolder(model.policy.id, language, 'global')),
        })
        // Body warnings would point into the source files; `check` reports the translation's own problems.
        note(rendered.diagnostics.filter((d) => d.severity === 'error'))
        if (hasErrors(rendered.diagnostics)) break
        await put(`${folder}index.html`, rendered.html)
        await put(`${folder}index.md`, rendered.markdown)
        await put(`${folder}policy.jsonld`, rendered.jsonld)
        pageDates.set(`${folder}index.html`, model.policy.effective)
        result.pages++
      }
      if (hasErrors(result.diagnostics)) break
    }
    if (hasErrors(result.diagnostics)) {
      void recorder?.discard()
      return
    }
    await put(`${model.policy.id}/policy.json`, `${JSON.stringify(resolvedModel(model), null, 2)}\n`)
    // The lint stage already ran `export-unmapped-category` under the project's settings, so the
    // export stage does not report those categories a second time.
    const exported = buildExports(model, { baseUrl, reportUnmapped: false })
    note(exported.diagnostics)
    for (const [path, content] of exported.files) await put(path, content)
    const coverage = coveragePage(model, { templates, now: options.now })
    note(coverage.diagnostics)
    for (const file of coverage.files) await put(file.path, file.content)
    result.pages++
    if (recorder) {
      recorder.pages = result.pages - pagesBefore
      if (hasErrors(recorder.diagnostics)) void recorder.discard()
      else pending.push(recorder.commit())
    }
    policies.push(indexedPolicy(model, variants, languages))
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
    result.fragments = { rendered: cache.misses - missesBefore, reused: cache.hits - hitsBefore }
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
    await units?.prune(policies.length)
    return result
  }
  return { add, finish, abandon }
}

/** The translations of a policy that load and validate (`check` has reported any that do not). */
async function translationsOf(model: PolicyModel, cwd: string): Promise<Translation[]> {
  return (await loadTranslations(model.source.path, { cwd })).translations
}

/** The history archive of one policy, rendered with the site's own templates. */
function historyOf(
  model: PolicyModel,
  options: { cwd: string; baseUrl: string | undefined; history: BuildSiteOptions['history']; templateFolder: string; templates: TemplateSet; cache: FragmentCache },
): Promise<HistoryArchive> {
  const cache = typeof options.history === 'object' ? options.history.cache : directoryCache(resolve(options.cwd, 'node_modules/.cache/policyc/versions'))
  const folder = resolve(options.cwd, options.templateFolder)
  return buildHistoryArchive(model, {
    cwd: options.cwd,
    render: versionRenderer(options.templates, options.cache),
    // What archived pages depend on besides their sources: a new policyc or an edited template renders them again.
    renderer: `${version}:${templatesDigest(folder)}`,
    cache,
    baseUrl: options.baseUrl,
  })
}

function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/**
 * Ids that would collide in the site: policy ids name top-level folders (two policies may not share
 * one, nor take a name the site uses), and section ids must stay clear of the sanitizer's prefix.
 */
function idProblems(model: PolicyModel, seen: Map<string, Location>): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const id = model.policy.id
  const at = model.source.locate(['id'])
  if (RESERVED_NAMES.has(id)) {
    diagnostics.push(diagnose(at, { ruleId: 'reserved-policy-id', source: 'render', reason: `Policy id \`${id}\` is a name the site itself uses`, hint: 'Choose another id; it names the policy\'s folder in the site.' }))
  }
  const first = seen.get(id)
  if (first) {
    diagnostics.push(diagnose(at, { ruleId: 'duplicate-policy-id', source: 'render', reason: `Policy id \`${id}\` is already used at ${first.file}:${first.start.line}:${first.start.column}`, hint: 'Each policy needs its own id: it names the policy\'s folder in the site.' }))
  } else seen.set(id, at)
  // Ids inside section bodies carry this prefix; a section id with it could repeat one of them.
  model.policy.sections.forEach((section, index) => {
    if (!section.id.startsWith(CLOBBER_PREFIX)) return
    diagnostics.push(diagnose(model.source.locate(['sections', index, 'id']), { ruleId: 'reserved-section-id', source: 'render', reason: `Section id \`${section.id}\` starts with \`${CLOBBER_PREFIX}\`, which the page keeps for ids inside section bodies`, hint: 'Choose an id without that prefix.' }))
  })
  return diagnostics
}
