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

/** Names at the top of the site that a policy id must not take. */
export const RESERVED_NAMES = new Set(['assets', 'index.html', '404.html', 'sitemap.xml', 'regions.json'])
