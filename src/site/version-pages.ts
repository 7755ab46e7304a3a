/**
 * The site's side of `policyc build --history`: how one past version is rendered (the same stages
 * and templates as the current pages, under `<policy>/versions/<date>/`), and what those files
 * depend on besides the sources, so the history stage can reuse them from its cache.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { RenderVersion } from '../history/archive.js'
import type { ArchiveFile } from '../history/version-cache.js'
import { versionNavHtml } from '../history/site/version-nav.js'
import type { FragmentCache } from '../render/fragment-cache.js'
import type { TemplateSet } from '../render/html/template-set.js'
import { trusted } from '../render/html/trusted-html.js'
import { renderVariant } from '../render/render-variant.js'
import { GLOBAL } from '../variant/variant.js'
import { variantsOf } from '../variant/variants-of.js'
import { variantName } from './site-files.js'
import { relativeHref } from './site-paths.js'

/**
 * Renders every variant of a past version in three formats. Render warnings are dropped: they
 * are about text that was published then and cannot be changed now; the current version's
 * warnings are reported by the build as always.
 */
export function versionRenderer(templates: TemplateSet, cache: FragmentCache): RenderVersion {
  return (model, page) => {
    const variants = variantsOf(model)
    const folderOf = (key: string) => (key === GLOBAL ? page.folder : `${page.folder}${key}/`)
    const files: ArchiveFile[] = []
    // The version's data-flow pictures, one file each, in the version's folder.
    const flowFiles = new Set<string>()
    for (const variant of variants) {
      const folder = folderOf(variant.key)
      const rendered = renderVariant(variant, {
        templates,
        cache,
        links: {
          home: relativeHref(folder, 'index.html'),
          assets: relativeHref(folder, 'assets/'),
          flow: relativeHref(folder, page.folder),
          variants: variants.map((v) => ({ key: v.key, name: variantName(v), href: relativeHref(folder, `${folderOf(v.key)}index.html`) })),
        },
        versions: trusted(versionNavHtml(page, folder)),
      })
      if (rendered.flow && !flowFiles.has(rendered.flow.name)) {
        flowFiles.add(rendered.flow.name)
        files.push({ path: `${page.folder}${rendered.flow.name}`, content: rendered.flow.svg })
      }
      files.push({ path: `${folder}index.html`, content: rendered.html })
      files.push({ path: `${folder}index.md`, content: rendered.markdown })
      files.push({ path: `${folder}policy.jsonld`, content: rendered.jsonld })
    }
    return files
  }
}

/**
 * A digest of every file in the template folder (names and bytes, in sorted order): an edited
 * template must re-render the archived versions instead of serving them from the cache.
 */
export function templatesDigest(folder: string): string {
  const hash = createHash('sha256')
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`)
      else hash.update(`${prefix}${name}\u0000`).update(readFileSync(path)).update('\u0000')
    }
  }
  walk(folder, '')
  return hash.digest('hex').slice(0, 16)
}
