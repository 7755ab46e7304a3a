import { posix } from 'node:path'
import type { ArchiveFile, VersionPage } from '../../src/history/archive.js'
import { versionNavHtml } from '../../src/history/site/version-nav.js'
import { relativeHref } from '../../src/history/site/links.js'
import { FragmentCache } from '../../src/render/fragment-cache.js'
import { loadTemplates } from '../../src/render/html/template-set.js'
import { renderVariant } from '../../src/render/render-variant.js'
import type { PolicyModel } from '../../src/resolve/model.js'
import { GLOBAL } from '../../src/variant/variant.js'
import { variantsOf } from '../../src/variant/variants-of.js'

/**
 * How `policyc build --history` would render one version with the site's own stages: every
 * variant in three formats under the version's folder. Until page.html has a `{{{versions}}}`
 * slot (see the report on issue 5), the version links are put at the top of <main> here.
 */
export function siteRenderer(): (model: PolicyModel, page: VersionPage) => ArchiveFile[] {
  const loaded = loadTemplates()
  if (!loaded.templates) throw new Error(`templates do not load: ${JSON.stringify(loaded.diagnostics)}`)
  const templates = loaded.templates
  const cache = new FragmentCache()
  return (model, page) => {
    const variants = variantsOf(model)
    const folderOf = (key: string) => (key === GLOBAL ? page.folder : `${page.folder}${key}/`)
    const files: ArchiveFile[] = []
    for (const variant of variants) {
      const folder = folderOf(variant.key)
      const rendered = renderVariant(variant, {
        templates,
        cache,
        links: {
          home: relativeHref(folder, 'index.html'),
          assets: relativeHref(folder, 'assets/'),
          variants: variants.map((v) => ({ key: v.key, name: v.key, href: relativeHref(folder, `${folderOf(v.key)}index.html`) })),
        },
      })
      const nav = versionNavHtml(page, folder)
      files.push({ path: posix.join(folder, 'index.html'), content: rendered.html.replace('<main id="_main">', `<main id="_main">\n${nav}`) })
      files.push({ path: posix.join(folder, 'index.md'), content: rendered.markdown })
      files.push({ path: posix.join(folder, 'policy.jsonld'), content: rendered.jsonld })
    }
    return files
  }
}
