/**
 * Turns the target of an HTTP request into path segments under the served folder, refusing
 * everything that could name a file outside it. This is pure string work (no file system), so it
 * can be tested exhaustively; `open-inside.ts` then walks the segments on disk.
 *
 * The order matters: the raw path is split on `/` *before* percent-decoding, so `%2f` can never
 * become a separator, and every decoded segment is checked again for separators, `..`, `.` and NUL.
 */

export type RequestPath =
  | {
      ok: true
      /** Decoded path segments, none empty, none `.` or `..`; empty for the site root. */
      segments: string[]
      /** The request named a folder (`/`, `/a/`): serve its index.html. */
      folder: boolean
    }
  | { ok: false; status: 400 | 403 | 404; reason: string }

/** Longest request target looked at; anything longer is refused before any work. */
const MAX_TARGET_LENGTH = 2048

export function parseRequestPath(target: string | undefined): RequestPath {
  if (target === undefined || target === '') return refuse(400, 'empty request target')
  if (target.length > MAX_TARGET_LENGTH) return refuse(400, 'request target too long')
  // Only origin-form targets ("/path?query"): absolute-form ("http://host/…") and "*" are refused.
  if (!target.startsWith('/')) return refuse(400, 'request target must start with /')
  const path = target.replace(/[?#].*$/s, '')
  if (path.includes('\\')) return refuse(403, 'backslash in path')
  // "//etc/passwd" and "/a//b": an empty segment is how absolute paths and host-relative URLs
  // sneak in; no page of the site has one, so refuse instead of guessing.
  if (path.includes('//')) return refuse(403, 'empty path segment')
  const raw = path.split('/').slice(1)
  const folder = raw.at(-1) === ''
  if (folder) raw.pop()
  const segments: string[] = []
  for (const part of raw) {
    let segment: string
    try {
      segment = decodeURIComponent(part)
    } catch {
      return refuse(400, 'malformed percent-encoding')
    }
    if (segment === '' || segment === '.' || segment === '..') return refuse(403, 'dot segment in path')
    if (/[/\\\0]/.test(segment)) return refuse(403, 'encoded separator or NUL in path')
    // Hidden files (.git, .env, the build's temporary folders) are never part of the site.
    if (segment.startsWith('.')) return refuse(404, 'hidden file')
    segments.push(segment)
  }
  return { ok: true, segments, folder: folder || segments.length === 0 }
}

function refuse(status: 400 | 403 | 404, reason: string): RequestPath {
  return { ok: false, status, reason }
}

/** The site path (`/`-separated, relative to the served folder) a parsed request names: a folder's index.html. */
export function sitePathOf(parsed: { segments: readonly string[]; folder: boolean }): string {
  return (parsed.folder ? [...parsed.segments, 'index.html'] : parsed.segments).join('/')
}
