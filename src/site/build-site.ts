import { readFileSync } from 'node:fs'
import { compareText, diagnose, type Diagnostic } from '../diagnostics/diagnostic.js'
import { packagePath } from '../package-root.js'
import { CLOBBER_PREFIX } from '../render/anchors.js'
import { FragmentCache } from '../render/fragment-cache.js'
import { loadTemplates, DEFAULT_TEMPLATES } from '../render/html/template-set.js'
import { renderVariant } from '../render/render-variant.js'
import { resolvedModel } from '../resolve/resolved-json.js'
import type { PolicyModel } from '../resolve/model.js'
import { variantsOf } from '../variant/variants-of.js'
import { guardOutput } from './output-guard.js'
import { indexData, notFoundData, regionsJson, sitemapXml, variantName, type IndexedPolicy } from './site-files.js'
import { absoluteUrl, folderOf, relativeHref, RESERVED_NAMES, variantFolder } from './site-paths.js'
import { StagingFolder } from './staging-folder.js'

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
  /** Stops the build (Ctrl-C): the staged files are removed and the output is left as it was. */
  signal?: AbortSignal | undefined
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

const version = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version

/**
 * The site stage: for every policy, every variant in three formats plus `policy.json`; then the
 * index, 404.html, regions.json, sitemap.xml (with a base URL) and the assets. Everything is
 * staged in a temporary folder and swapped in only when the whole build succeeded.
 */
export async function buildSite(models: readonly PolicyModel[], options: BuildSiteOptions): Promise<BuildSiteResult> {
  const cwd = options.cwd ?? process.cwd()
  const target = guardOutput(options.out, { cwd, sources: options.sources ?? [], force: options.force })
  const baseUrl = options.baseUrl === undefined ? undefined : options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`
  const result: BuildSiteResult = { diagnostics: [], written: false, out: target, pages: 0, files: 0, fragments: { rendered: 0, reused: 0 } }

  const loaded = loadTemplates(options.templates ?? DEFAULT_TEMPLATES, cwd)
  result.diagnostics.push(...loaded.diagnostics, ...idProblems(models))
  const templates = loaded.templates
  if (!templates || hasErrors(result.diagnostics)) return result

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
    pending.push(staging.write(path, content).then(() => options.onFileStaged?.(path)))
    if (pending.length >= 48) await flush()
  }
  try {
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
    const sorted = [...models].sort((a, b) => compareText(a.policy.id, b.policy.id))
    const policies: IndexedPolicy[] = []
    for (const model of sorted) {
      const variants = variantsOf(model)
      policies.push({ model, variants })
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
          },
          pageUrl: absoluteUrl(baseUrl, folder),
          globalUrl: absoluteUrl(baseUrl, variantFolder(model.policy.id, 'global')),
        })
        report(rendered.diagnostics)
        if (hasErrors(rendered.diagnostics)) break
        await write(`${folder}index.html`, rendered.html)
        await write(`${folder}index.md`, rendered.markdown)
        await write(`${folder}policy.jsonld`, rendered.jsonld)
        result.pages++
      }
      if (hasErrors(result.diagnostics)) break
      await write(`${model.policy.id}/policy.json`, `${JSON.stringify(resolvedModel(model), null, 2)}\n`)
    }
    if (!hasErrors(result.diagnostics)) {
      const index = templates.render('index', indexData(policies))
      const notFound = templates.render('404', notFoundData(templates.notFoundStyle, baseUrl))
      report([...index.diagnostics, ...notFound.diagnostics])
      await write('index.html', index.html)
      await write('404.html', notFound.html)
      result.pages += 2
      await write('regions.json', regionsJson(policies))
      if (baseUrl) await write('sitemap.xml', sitemapXml(policies, baseUrl))
      for (const asset of templates.assets) await write(`assets/${asset.path}`, asset.content)
    }
    await flush()
    result.fragments = { rendered: cache.misses - missesBefore, reused: cache.hits - hitsBefore }
    if (hasErrors(result.diagnostics)) {
      await staging.abandon()
      result.pages = 0
      return result
    }
    result.files = staging.count
    options.signal?.throwIfAborted()
    await staging.commit(version)
    result.written = true
    return result
  } catch (error) {
    await Promise.allSettled(pending)
    await staging.abandon()
    throw error
  }
}

function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/**
 * Ids that would collide in the site: policy ids name top-level folders (two policies may not share
 * one, nor take a name the site uses), and section ids must stay clear of the sanitizer's prefix.
 */
function idProblems(models: readonly PolicyModel[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const seen = new Map<string, PolicyModel>()
  for (const model of models) {
    const id = model.policy.id
    const at = model.source.locate(['id'])
    if (RESERVED_NAMES.has(id)) {
      diagnostics.push(diagnose(at, { ruleId: 'reserved-policy-id', source: 'render', reason: `Policy id \`${id}\` is a name the site itself uses`, hint: 'Choose another id; it names the policy\'s folder in the site.' }))
    }
    const other = seen.get(id)
    if (other) {
      const first = other.source.locate(['id'])
      diagnostics.push(diagnose(at, { ruleId: 'duplicate-policy-id', source: 'render', reason: `Policy id \`${id}\` is already used at ${first.file}:${first.start.line}:${first.start.column}`, hint: 'Each policy needs its own id: it names the policy\'s folder in the site.' }))
    }
    seen.set(id, model)
    // Ids inside section bodies carry this prefix; a section id with it could repeat one of them.
    model.policy.sections.forEach((section, index) => {
      if (!section.id.startsWith(CLOBBER_PREFIX)) return
      diagnostics.push(diagnose(model.source.locate(['sections', index, 'id']), { ruleId: 'reserved-section-id', source: 'render', reason: `Section id \`${section.id}\` starts with \`${CLOBBER_PREFIX}\`, which the page keeps for ids inside section bodies`, hint: 'Choose an id without that prefix.' }))
    })
  }
  return diagnostics
}
