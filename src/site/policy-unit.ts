import { resolve } from 'node:path'
import { diagnose, type Diagnostic, type Location } from '../diagnostics/diagnostic.js'
import { buildExports } from '../export/index.js'
import { buildHistoryArchive, type HistoryArchive } from '../history/archive.js'
import { versionNavHtml } from '../history/site/version-nav.js'
import { directoryCache, VERSIONS_FOLDER, type VersionCache } from '../history/version-cache.js'
import { languageLinks, loadTranslations, localeFolder, localizeModel, pageAlternates, type Alternate } from '../locale/index.js'
import { CLOBBER_PREFIX } from '../render/anchors.js'
import type { FragmentCache } from '../render/fragment-cache.js'
import type { TemplateSet } from '../render/html/template-set.js'
import { trusted } from '../render/html/trusted-html.js'
import { localWords, pageRegionName } from '../render/locale-words.js'
import { renderVariant, type RenderedVariant, type RenderOptions } from '../render/render-variant.js'
import { resolvedModel } from '../resolve/resolved-json.js'
import type { PolicyModel } from '../resolve/model.js'
import type { Variant } from '../variant/variant.js'
import { variantsOf } from '../variant/variants-of.js'
import { policyUnitKey } from './cache/policy-key.js'
import type { StoredFile, UnitCache } from './cache/unit-cache.js'
import { coverageFolder, coveragePage } from './coverage-page.js'
import { indexedPolicy, variantName, type IndexedPolicy } from './site-files.js'
import { absoluteUrl, folderOf, relativeHref, RESERVED_NAMES, variantFolder } from './site-paths.js'
import { versionRenderer } from './version-pages.js'

/**
 * Everything one policy contributes to the site, rendered but not yet staged: made in the main
 * thread or in a worker (src/parallel), and staged by the main thread either way, so the site
 * is the same byte for byte. Plain data, so it crosses to the main thread by structured clone.
 */
export interface PolicyUnit {
  id: string
  /** Where the policy's id is written, for the duplicate-id error (which needs every policy). */
  idAt: Location
  /** Problems with this policy's own ids: a reserved policy id, a section id with the sanitizer's prefix. */
  idDiagnostics: Diagnostic[]
  indexed: IndexedPolicy
  /** Every language version of each page, by the source page's folder, for sitemap.xml. */
  alternates: [string, Alternate[]][]
  /** The site cache key, when the build has a site cache. */
  key: string | undefined
  /** The same unit from the site cache: its files are linked, not rendered. */
  restored: { files: StoredFile[]; storedAt: string[]; diagnostics: Diagnostic[]; pages: number } | undefined
  files: { path: string; content: string | Buffer }[]
  /** Render, export and coverage problems; an error means the unit is incomplete and the build fails. */
  diagnostics: Diagnostic[]
  pages: number
  /** Each variant page with its policy's date, which `--pdf` stamps into the PDF it prints. */
  pageDates: [string, string][]
  fragments: { rendered: number; reused: number }
}

/** What rendering a policy needs besides the policy: the same for every policy of a build. */
export interface UnitContext {
  cwd: string
  templates: TemplateSet
  /** The folder the templates came from (for the history archive's cache key). */
  templateFolder: string
  /** The templates' digest, part of every site cache key and of the history renderer's. */
  templatesDigest: string
  cache: FragmentCache
  baseUrl: string | undefined
  now: string | undefined
  /** See BuildSiteOptions.history; only the main thread builds history. */
  history?: boolean | { cache: VersionCache } | undefined
  units: UnitCache | undefined
  /** policyc's version, part of the history renderer's key. */
  version: string
}

/**
 * One piece of a policy's rendering: a variant page (its HTML, Markdown, JSON-LD and data-flow
 * picture), policy.json, the exports, or the coverage page. `paths` are the files it is known to
 * write before it runs (empty where only running it tells: the exports, the pictures' names).
 * `policyc build` runs every job in order; `policyc dev` runs only the ones a request needs
 * (src/dev/lazy-policy.ts), so a save costs the page being looked at, not all of them.
 */
export interface UnitJob {
  paths: string[]
  /** A page of a variant: after one with an error, a build renders nothing more (the rest always runs, for its diagnostics). */
  page: boolean
  run(): Promise<void>
}

/** A policy planned but not rendered: `jobs` fill `unit` (files, diagnostics, pages) as they run. */
export interface PlannedUnit {
  unit: PolicyUnit
  /** Nothing to run: the unit came from the site cache (`unit.restored`). */
  jobs: UnitJob[]
  /** True once any job noted an error: the unit is incomplete and a build stops running jobs. */
  failed(): boolean
  /** Sets the fragment counts on the unit; call after the jobs that will run have run. */
  done(): PolicyUnit
}

/** Renders one policy: its variants in every language, policy.json, the exports and the coverage page. */
export async function renderPolicyUnit(model: PolicyModel, context: UnitContext): Promise<PolicyUnit> {
  const planned = await planPolicyUnit(model, context)
  for (const job of planned.jobs) {
    await job.run()
    if (job.page && planned.failed()) break
  }
  return planned.done()
}

/**
 * What renderPolicyUnit renders, as jobs not yet run (see UnitJob). The history archive, when the
 * build has one, is rendered here at once: every page links it.
 */
export async function planPolicyUnit(model: PolicyModel, context: UnitContext): Promise<PlannedUnit> {
  const { templates, cache, baseUrl } = context
  const [hitsBefore, missesBefore] = [cache.hits, cache.misses]
  const id = model.policy.id
  const variants = variantsOf(model)
  // Translations (locales/*.yaml) were checked with the policy; here each becomes a set of pages.
  const translations = (await loadTranslations(model.source.path, { cwd: context.cwd })).translations
  const languages = translations.map((t) => t.language)
  const unit: PolicyUnit = {
    id,
    idAt: model.source.locate(['id']),
    idDiagnostics: ownIdProblems(model),
    indexed: indexedPolicy(model, variants, languages),
    alternates: [],
    key: undefined,
    restored: undefined,
    files: [],
    diagnostics: [],
    pages: 0,
    pageDates: [],
    fragments: { rendered: 0, reused: 0 },
  }
  const jobs: UnitJob[] = []
  const failed = () => unit.diagnostics.some((d) => d.severity === 'error')
  const done = () => {
    unit.fragments = { rendered: cache.misses - missesBefore, reused: cache.hits - hitsBefore }
    return unit
  }
  const planned = { unit, jobs, failed, done }
  const alternatesOf = (key: string) => (languages.length ? pageAlternates(id, key, model.policy.language, languages) : [])
  const languageNav = (key: string, folder: string, current: string) => {
    const alternates = alternatesOf(key)
    return {
      alternates: alternates.map((a) => ({ hreflang: a.hreflang, href: relativeHref(folder, `${a.folder}index.html`) })),
      languages: languageLinks(alternates, current).map((l) => ({ hreflang: l.hreflang, name: l.name, href: relativeHref(folder, `${l.folder}index.html`), current: l.current })),
    }
  }
  if (languages.length) for (const variant of variants) unit.alternates.push([folderOf(variant), alternatesOf(variant.key)])

  // Unchanged since an earlier build (same sources, translations, templates, options and
  // compiler): the same files and diagnostics, linked from the cache instead of rendered.
  const units = context.history ? undefined : context.units
  if (units) {
    unit.key = policyUnitKey(model, { templates: context.templatesDigest, baseUrl: baseUrl ?? null, now: context.now ?? null }, translations.map((t) => t.file))
    const restored = await units.restore(unit.key)
    if (restored) {
      unit.restored = { files: restored.files, storedAt: restored.files.map((_, index) => restored.storedAt(index)), diagnostics: restored.diagnostics, pages: restored.pages }
      return planned
    }
  }

  const put = (path: string, content: string | Buffer) => unit.files.push({ path, content })
  const note = (diagnostics: readonly Diagnostic[]) => unit.diagnostics.push(...diagnostics)
  const archive = context.history ? await historyOf(model, context) : undefined
  if (archive) {
    note(archive.diagnostics)
    for (const file of archive.files) put(file.path, file.content)
  }
  // One file per distinct data-flow picture, in the policy's folder, which every page showing it links.
  const flowFiles = new Set<string>()
  const page = (folder: string, rendered: RenderedVariant, flowFolder: string) => {
    if (rendered.flow && !flowFiles.has(`${flowFolder}${rendered.flow.name}`)) {
      flowFiles.add(`${flowFolder}${rendered.flow.name}`)
      put(`${flowFolder}${rendered.flow.name}`, rendered.flow.svg)
    }
    put(`${folder}index.html`, rendered.html)
    put(`${folder}index.md`, rendered.markdown)
    put(`${folder}policy.jsonld`, rendered.jsonld)
    if (model.policy.effective !== 'not-stated') unit.pageDates.push([`${folder}index.html`, model.policy.effective])
    unit.pages++
  }
  const pagePaths = (folder: string) => [`${folder}index.html`, `${folder}index.md`, `${folder}policy.jsonld`]
  /** The links of a page in `folder`: home, assets, the data-flow pictures' folder, the region switcher (`switcher`: each variant's name and page) and the other languages. */
  const linksOf = (folder: string, key: string, language: string, switcher: readonly { key: string; name: string; path: string }[], flowFolder: string) => ({
    home: relativeHref(folder, 'index.html'),
    assets: relativeHref(folder, 'assets/'),
    flow: relativeHref(folder, flowFolder),
    variants: switcher.map((v) => ({ key: v.key, name: v.name, href: relativeHref(folder, v.path) })),
    ...languageNav(key, folder, language),
  })
  const switcher = variants.map((v) => ({ key: v.key, name: variantName(v), path: `${folderOf(v)}index.html` }))
  /**
   * The job that renders one page into `folder`, its pictures linked from `flowFolder`. `reported`
   * picks which of the page's diagnostics the unit reports.
   */
  const pageJob = (variant: Variant, folder: string, options: Omit<RenderOptions, 'templates' | 'cache'>, flowFolder: string, reported: (d: Diagnostic) => boolean = () => true): UnitJob => ({
    paths: pagePaths(folder),
    page: true,
    run: async () => {
      const rendered = renderVariant(variant, { templates, cache, ...options })
      note(rendered.diagnostics.filter(reported))
      if (failed()) return
      page(folder, rendered, flowFolder)
    },
  })
  for (const variant of variants) {
    const folder = folderOf(variant)
    jobs.push(
      pageJob(
        variant,
        folder,
        {
          // The coverage page is in the source language only, so only these pages link to it.
          links: { ...linksOf(folder, variant.key, model.policy.language, switcher, `${id}/`), coverage: relativeHref(folder, `${coverageFolder(id)}index.html`) },
          pageUrl: absoluteUrl(baseUrl, folder),
          globalUrl: absoluteUrl(baseUrl, variantFolder(id, 'global')),
          versions: archive && trusted(versionNavHtml(archive.current, folder)),
        },
        `${id}/`,
      ),
    )
  }
  // Each translation: the same variants, under `<policy>/<language>/` (src/locale/locale-site.ts).
  for (const translation of translations) {
    const localized = localizeModel(model, translation)
    const language = localized.language
    const m = localWords(language)
    const translatedVariants = variantsOf(localized.model)
    const pathOf = (key: string) => `${localeFolder(id, language, key)}index.html`
    const names = translatedVariants.map((v) => ({ key: v.key, name: v.region ? pageRegionName(v.region, language) : (m?.page.allRegions ?? variantName(v)), path: pathOf(v.key) }))
    for (const variant of translatedVariants) {
      const folder = localeFolder(id, language, variant.key)
      const flowFolder = localeFolder(id, language, 'global')
      jobs.push(
        pageJob(
          variant,
          folder,
          {
            // A translation's pictures sit in its own folder, beside its pages.
            links: linksOf(folder, variant.key, language, names, flowFolder),
            pageUrl: absoluteUrl(baseUrl, folder),
            globalUrl: absoluteUrl(baseUrl, flowFolder),
          },
          flowFolder,
          // Body warnings would point into the source files; `check` reports the translation's own problems.
          (d) => d.severity === 'error',
        ),
      )
    }
  }
  jobs.push({
    paths: [`${id}/policy.json`],
    page: false,
    run: async () => {
      put(`${id}/policy.json`, `${JSON.stringify(resolvedModel(model), null, 2)}\n`)
    },
  })
  jobs.push({
    paths: [],
    page: false,
    run: async () => {
      // The lint stage already ran `export-unmapped-category` under the project's settings, so the
      // export stage does not report those categories a second time.
      const exported = buildExports(model, { baseUrl, reportUnmapped: false })
      note(exported.diagnostics)
      for (const [path, content] of exported.files) put(path, content)
    },
  })
  jobs.push({
    paths: ['index.html', 'index.md', 'coverage.json'].map((name) => `${coverageFolder(id)}${name}`),
    page: false,
    run: async () => {
      const coverage = coveragePage(model, { templates, now: context.now })
      note(coverage.diagnostics)
      for (const file of coverage.files) put(file.path, file.content)
      unit.pages++
    },
  })
  return planned
}

/** The history archive of one policy, rendered with the site's own templates. */
function historyOf(model: PolicyModel, context: UnitContext): Promise<HistoryArchive> {
  const cache = typeof context.history === 'object' ? context.history.cache : directoryCache(resolve(context.cwd, VERSIONS_FOLDER))
  return buildHistoryArchive(model, {
    cwd: context.cwd,
    render: versionRenderer(context.templates, context.cache),
    // What archived pages depend on besides their sources: a new policyc or an edited template renders them again.
    renderer: `${context.version}:${context.templatesDigest}`,
    cache,
    baseUrl: context.baseUrl,
    templates: context.templates,
  })
}

/**
 * A policy's own ids that would collide in the site: a policy id that names a folder the site
 * uses, and section ids with the sanitizer's prefix (ids inside section bodies carry it, so such
 * a section id could repeat one of them). Two policies sharing an id is found where all are seen.
 */
export function ownIdProblems(model: PolicyModel): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const id = model.policy.id
  if (RESERVED_NAMES.has(id)) {
    diagnostics.push(diagnose(model.source.locate(['id']), { ruleId: 'reserved-policy-id', source: 'render', reason: `Policy id \`${id}\` is a name the site itself uses`, hint: "Choose another id; it names the policy's folder in the site." }))
  }
  model.policy.sections.forEach((section, index) => {
    if (!section.id.startsWith(CLOBBER_PREFIX)) return
    diagnostics.push(diagnose(model.source.locate(['sections', index, 'id']), { ruleId: 'reserved-section-id', source: 'render', reason: `Section id \`${section.id}\` starts with \`${CLOBBER_PREFIX}\`, which the page keeps for ids inside section bodies`, hint: 'Choose an id without that prefix.' }))
  })
  return diagnostics
}
