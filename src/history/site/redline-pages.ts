import { compareText } from '../../diagnostics/diagnostic.js'
import type { TemplateSet } from '../../render/html/template-set.js'
import type { PolicyModel } from '../../resolve/model.js'
import { GLOBAL } from '../../variant/variant.js'
import type { ArchivedVersion } from '../archive.js'
import { redlinePage } from '../redline/redline-page.js'
import type { ArchiveFile } from '../version-cache.js'
import { relativeHref } from './links.js'

/**
 * The redlines of one version against the one before (`build --history`): one page for every
 * reader of either version, the global text at `changes/<date>/` and each region at
 * `changes/<date>/<region>/`, linked to each other, to the version itself and to the changelog.
 * A region that only one version serves gets its redline too (all added or all removed).
 */
export function redlineFiles(before: PolicyModel, entry: ArchivedVersion, templates: TemplateSet): ArchiveFile[] {
  const after = entry.version.model
  const id = after.policy.id
  const root = `${id}/changes/${entry.version.effective}/`
  // The global text first, then the regions in the newer version's order, then any it dropped.
  const keys = [GLOBAL, ...after.regions.map((r) => r.id), ...before.regions.map((r) => r.id).filter((r) => !after.regions.some((a) => a.id === r)).sort(compareText)]
  const folderOf = (key: string) => (key === GLOBAL ? root : `${root}${key}/`)
  const versionFolder = (key: string) => (key === GLOBAL ? entry.page.folder : `${entry.page.folder}${key}/`)
  return keys.map((key) => {
    const folder = folderOf(key)
    const page = redlinePage({
      before,
      after,
      changes: entry.changes,
      variant: key,
      templates,
      links: {
        home: relativeHref(folder, 'index.html'),
        assets: relativeHref(folder, 'assets/'),
        ...(after.regions.some((r) => r.id === key) || key === GLOBAL ? { version: relativeHref(folder, versionFolder(key)) } : {}),
        versions: relativeHref(folder, entry.page.changes),
        json: relativeHref(folder, `${root}diff.json`),
        regions: keys.map((k) => ({ key: k, href: relativeHref(folder, folderOf(k)) })),
      },
    })
    return { path: `${folder}index.html`, content: page.html }
  })
}
