import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { diagnose } from '../diagnostics/diagnostic.js'
import type { PolicyModel } from '../resolve/model.js'
import { policyHistory, type PolicyHistory } from './as-of.js'
import { sourceHash, regionHash } from './content-hash.js'
import type { Change } from './diff/change.js'
import { diffModels, diffSides } from './diff/compare.js'
import { HistoryError } from './errors.js'
import { formatDiffJson } from './format/json.js'
import { atomFeed } from './site/atom.js'
import { changelogPage, diffPage } from './site/changelog-html.js'
import { redlineFiles } from './site/redline-pages.js'
import type { TemplateSet } from '../render/html/template-set.js'
import { cacheKey, memoryCache, type ArchiveFile, type VersionCache } from './version-cache.js'
import { VERSIONS_FORMAT, versionJson, type PolicyVersion } from './versions.js'

export type { ArchiveFile, VersionCache }

/**
 * Where one version's pages go and what they link to. The site stage renders it (the render
 * callback); every path here is a site path (`xwms-privacy/versions/2025-06-01/`), to be made
 * relative to the page that links.
 */
export interface VersionPage {
  policy: string
  effective: string
  /** The folder of this version's global page; region pages go in `<folder><region>/`. */
  folder: string
  /** The current version's pages (at `<policy>/`), not an archived copy. */
  current: boolean
  previous: { effective: string; folder: string } | null
  next: { effective: string; folder: string } | null
  /** The changelog page. */
  changes: string
  /** "Last changed on … (what changed)": this version's changes from the one before; null for the first. */
  lastChanged: { date: string; summary: string; material: number; editorial: number; diff: string } | null
}

/** Renders every variant and format of one version into site files under `page.folder`. */
export type RenderVersion = (model: PolicyModel, page: VersionPage) => Promise<readonly ArchiveFile[]> | readonly ArchiveFile[]

export interface HistoryArchiveOptions {
  cwd?: string
  render: RenderVersion
  /** What the rendered files depend on besides the sources (policyc version, template hash): part of every cache key. */
  renderer: string
  cache?: VersionCache
  /** Absolute URL the site is published at, for the feed's links and ids. */
  baseUrl?: string | undefined
  /**
   * The site's templates: with them, each version's changes page is a redline (`redline.html`),
   * one for every reader (the global text and each region) under `changes/<date>/`; without
   * them, a list of the changes.
   */
  templates?: TemplateSet | undefined
}

/** One archived version: its history entry and its changes from the version before. */
export interface ArchivedVersion {
  version: PolicyVersion
  page: VersionPage
  changes: Change[]
}

export interface HistoryArchive {
  /** versions/<date>/…, changes/index.html, changes/<date>/…, changes.xml and versions.json, under `<policy>/`. */
  files: ArchiveFile[]
  /** Links and "last changed" for the current pages, which the site renders at `<policy>/`. */
  current: VersionPage
  versions: ArchivedVersion[]
  rendered: number
  reused: number
  /** Skipped commits and missing history, as warnings at the policy's id. */
  diagnostics: Diagnostic[]
}

/**
 * The history part of `policyc build --history` for one policy: every version in git history
 * (see `listVersions`) plus the working tree's, each rendered once into
 * `<policy>/versions/<effective>/` (from the cache when its sources, links and renderer are
 * unchanged), a changelog (`<policy>/changes/`) with a full diff per version, an Atom feed
 * (`<policy>/changes.xml`) and `<policy>/versions.json`. The current pages are the site's own;
 * `current` tells it what they link to and what changed last.
 */
export async function buildHistoryArchive(current: PolicyModel, options: HistoryArchiveOptions): Promise<HistoryArchive> {
  const cwd = options.cwd ?? process.cwd()
  const cache = options.cache ?? memoryCache()
  const id = current.policy.id
  const diagnostics: Diagnostic[] = []
  let history: PolicyHistory
  try {
    history = await policyHistory(current.source.path, cwd)
  } catch (error) {
    if (!(error instanceof HistoryError)) throw error
    diagnostics.push(warning(current, `No history for \`${id}\`: ${error.message}`))
    history = { policy: id, path: current.source.path, versions: [], skipped: [], incomplete: false }
  }
  for (const s of history.skipped) diagnostics.push(warning(current, `Commit ${s.commit.slice(0, 12)} is left out of the history: its sources do not load (${s.reason})`))
  if (history.incomplete) diagnostics.push(warning(current, 'The clone is shallow, so the oldest versions may be missing from the history; fetch it with `git fetch --unshallow`'))

  const versions = withWorkingTree(history.versions, current, diagnostics)
  const archived: ArchivedVersion[] = versions.map((version, index) => {
    const before = versions[index - 1]
    const changes = before ? diffModels(id, before.model, version.model).changes : []
    return { version, changes, page: pageOf(id, version, before, versions[index + 1], changes) }
  })

  const files: ArchiveFile[] = []
  let rendered = 0
  let reused = 0
  for (const { version, page } of archived) {
    const key = cacheKey({ renderer: options.renderer, source: version.sourceHash, page })
    let pageFiles = await cache.get(key)
    if (pageFiles) reused++
    else {
      pageFiles = await options.render(version.model, page)
      await cache.set(key, pageFiles)
      rendered++
    }
    files.push(...pageFiles)
  }

  const latest = archived.at(-1)
  const currentPage: VersionPage = latest ? { ...latest.page, folder: `${id}/`, current: true, next: null } : pageOf(id, versions[0]!, undefined, undefined, [])
  for (const entry of archived) {
    if (!entry.page.lastChanged) continue
    const before = versions[versions.indexOf(entry.version) - 1]!
    const report = diffSides({ label: before.effective, commit: before.commit, models: new Map([[id, before.model]]) }, { label: entry.version.effective, commit: entry.version.commit, models: new Map([[id, entry.version.model]]) })
    if (options.templates) files.push(...redlineFiles(before.model, entry, options.templates))
    else files.push({ path: `${id}/changes/${entry.version.effective}/index.html`, content: diffPage(current, entry, before.model.policy) })
    files.push({ path: `${id}/changes/${entry.version.effective}/diff.json`, content: formatDiffJson(report) })
  }
  files.push({ path: `${id}/changes/index.html`, content: changelogPage(current, archived) })
  files.push({ path: `${id}/changes.xml`, content: atomFeed(current, archived, options.baseUrl) })
  files.push({ path: `${id}/versions.json`, content: `${JSON.stringify(versionsJson(id, history, archived), null, 2)}\n` })
  return { files, current: currentPage, versions: archived, rendered, reused, diagnostics }
}

/**
 * The working tree's policy is the newest text: it replaces the last committed version when it
 * has the same effective date (edits not committed yet), or follows it as a new version.
 */
function withWorkingTree(committed: readonly PolicyVersion[], current: PolicyModel, diagnostics: Diagnostic[]): PolicyVersion[] {
  const policy = current.policy
  const hash = sourceHash(policy)
  const last = committed.at(-1)
  if (last && last.sourceHash === hash) return [...committed]
  const working: PolicyVersion = {
    policy: policy.id,
    effective: policy.effective,
    superseded: null,
    commit: '',
    firstCommit: '',
    committed: '',
    tag: null,
    sourceHash: hash,
    variants: policy.regions.map((region) => ({ region, locale: policy.language, hash: regionHash(policy, region) })),
    model: current,
  }
  if (!last || last.effective < policy.effective) return [...committed.map((v, i) => (i === committed.length - 1 ? { ...v, superseded: policy.effective } : v)), working]
  if (last.effective === policy.effective) return [...committed.slice(0, -1), { ...working, firstCommit: last.firstCommit }]
  diagnostics.push(warning(current, `The working tree's effective date ${policy.effective} is before the last committed version's (${last.effective}); the history shows the committed versions only`))
  return [...committed]
}

function pageOf(id: string, version: PolicyVersion, before: PolicyVersion | undefined, after: PolicyVersion | undefined, changes: readonly Change[]): VersionPage {
  const folder = (v: PolicyVersion) => `${id}/versions/${v.effective}/`
  const material = changes.filter((c) => c.materiality === 'material').length
  return {
    policy: id,
    effective: version.effective,
    folder: folder(version),
    current: false,
    previous: before ? { effective: before.effective, folder: folder(before) } : null,
    next: after ? { effective: after.effective, folder: folder(after) } : null,
    changes: `${id}/changes/index.html`,
    lastChanged: before ? { date: version.effective, summary: changeSummary(changes), material, editorial: changes.length - material, diff: `${id}/changes/${version.effective}/index.html` } : null,
  }
}

/** A few words on what changed: the material changes (up to three), or "editorial changes only". */
export function changeSummary(changes: readonly Change[]): string {
  const material = changes.filter((c) => c.materiality === 'material')
  if (material.length === 0) return changes.length === 0 ? 'no changes' : 'editorial changes only (wording, order, formatting)'
  const words = material.slice(0, 3).map((c) => c.reason)
  return `${words.join('; ')}${material.length > 3 ? `; and ${material.length - 3} more` : ''}`
}

function versionsJson(id: string, history: PolicyHistory, archived: readonly ArchivedVersion[]): Record<string, unknown> {
  return {
    format: VERSIONS_FORMAT,
    policy: id,
    complete: !history.incomplete,
    versions: archived.map(({ version, page, changes }) => ({
      ...versionJson({ ...version, superseded: page.next?.effective ?? null }),
      commit: version.commit === '' ? null : version.commit,
      firstCommit: version.firstCommit === '' ? null : version.firstCommit,
      committed: version.committed === '' ? null : version.committed,
      href: page.folder,
      previous: page.previous?.effective ?? null,
      next: page.next?.effective ?? null,
      changes: { material: page.lastChanged?.material ?? 0, editorial: page.lastChanged?.editorial ?? 0, diff: page.lastChanged?.diff ?? null, count: changes.length },
    })),
  }
}

function warning(model: PolicyModel, reason: string): Diagnostic {
  return diagnose(model.source.locate(['effective']), { ruleId: 'history', source: 'render', severity: 'warning', reason, hint: 'The current version is built either way.' })
}
