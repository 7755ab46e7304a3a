import { posix } from 'node:path'
import { GLOBAL, type Variant } from '../variant/variant.js'

/** The folder of a variant inside the site: `xwms-privacy/` or `xwms-privacy/us-ca/`. */
export function variantFolder(policyId: string, key: string): string {
  return key === GLOBAL ? `${policyId}/` : `${policyId}/${key}/`
}

export function folderOf(variant: Variant): string {
  return variantFolder(variant.model.policy.id, variant.key)
}

/** A relative link from a page in one site folder to a site path, so the site works under any base path. */
export function relativeHref(fromFolder: string, to: string): string {
  const relative = posix.relative(`/${fromFolder}`, `/${to}`)
  const href = to.endsWith('/') && relative !== '' ? `${relative}/` : relative
  return href === '' ? './' : href
}

/** The absolute URL of a site path under `--base-url` (which ends in `/`). */
export function absoluteUrl(baseUrl: string | undefined, path: string): string | undefined {
  return baseUrl === undefined ? undefined : new URL(path, baseUrl).href
}

/**
 * Names at the top of the site that a policy id must not take: the site's own files, and the
 * Windows device names (`con`, `nul`, `com1`…), which no Windows checkout of the site could hold
 * as a folder. Uppercase `CON` is already refused by the slug pattern.
 */
export const RESERVED_NAMES = new Set([
  'assets', 'index.html', '404.html', 'sitemap.xml', 'regions.json',
  'con', 'prn', 'aux', 'nul', ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`]),
])
