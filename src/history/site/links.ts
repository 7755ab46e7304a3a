import { createHash } from 'node:crypto'
import { posix } from 'node:path'

/** A relative link from a page in one site folder to a site path, so the site works under any base path. */
export function relativeHref(fromFolder: string, to: string): string {
  const relative = posix.relative(`/${fromFolder}`, `/${to}`)
  const href = to.endsWith('/') && relative !== '' ? `${relative}/` : relative
  return href === '' ? './' : href
}

/** A stable `urn:uuid:` (name-based, RFC 9562 version 8 layout) for an Atom id that never changes. */
export function stableUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex').slice(0, 32).split('')
  hex[12] = '8'
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  const h = hex.join('')
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`
}
