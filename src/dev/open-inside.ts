import { constants } from 'node:fs'
import { lstat, open, realpath, type FileHandle } from 'node:fs/promises'
import { join, sep } from 'node:path'

export type Found =
  | { kind: 'file'; path: string; handle: FileHandle; size: number }
  /** A folder asked for without its trailing slash: relative links in its index need one. */
  | { kind: 'redirect'; location: string }
  | { kind: 'refused'; status: 403 | 404; reason: string }

/**
 * Opens the file that path segments name inside `root`, following no symbolic link at all: each
 * segment is checked with lstat, the file is opened with O_NOFOLLOW (so a link swapped in after the
 * check still fails), and its real path must lie inside the root's real path. A folder gives its
 * index.html. The caller closes the returned handle.
 */
export async function openInside(root: string, segments: readonly string[], folder: boolean): Promise<Found> {
  let path = root
  for (const [index, segment] of segments.entries()) {
    path = join(path, segment)
    const info = await lstatOrUndefined(path)
    if (!info) return { kind: 'refused', status: 404, reason: 'not found' }
    if (info.isSymbolicLink()) return { kind: 'refused', status: 403, reason: 'symbolic link' }
    const last = index === segments.length - 1
    if (!last && !info.isDirectory()) return { kind: 'refused', status: 404, reason: 'not a folder' }
    if (last && info.isDirectory() && !folder) {
      return { kind: 'redirect', location: `/${segments.map(encodeURIComponent).join('/')}/` }
    }
    if (last && !info.isDirectory() && folder) return { kind: 'refused', status: 404, reason: 'not a folder' }
  }
  if (folder || segments.length === 0) path = join(path, 'index.html')
  const info = await lstatOrUndefined(path)
  if (!info) return { kind: 'refused', status: 404, reason: 'not found' }
  if (info.isSymbolicLink()) return { kind: 'refused', status: 403, reason: 'symbolic link' }
  if (!info.isFile()) return { kind: 'refused', status: 404, reason: 'not a regular file' }
  let handle: FileHandle
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW)
  } catch {
    return { kind: 'refused', status: 404, reason: 'cannot open' }
  }
  try {
    const [realRoot, realFile, stat] = await Promise.all([realpath(root), realpath(path), handle.stat()])
    if (!realFile.startsWith(realRoot + sep) || !stat.isFile()) {
      await handle.close()
      return { kind: 'refused', status: 403, reason: 'outside the served folder' }
    }
    return { kind: 'file', path, handle, size: stat.size }
  } catch {
    await handle.close()
    return { kind: 'refused', status: 404, reason: 'vanished' }
  }
}

async function lstatOrUndefined(path: string) {
  try {
    return await lstat(path)
  } catch {
    return undefined
  }
}
