import { existsSync } from 'node:fs'
import { cp, lstat, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MANIFEST, MARKER, OutputRefused } from './output-guard.js'
import { asWriteFailure } from './write-failure.js'

/**
 * "policyc never deletes a file it did not write." The swap replaces the output folder as a
 * whole, so before it, everything in the old folder that the previous build did not write (per
 * its manifest) is copied into the staged folder: a `CNAME`, `.well-known/security.txt`, a
 * `.git` of a gh-pages checkout, a file dropped into `assets/`. Files the previous build wrote and
 * this one does not (a policy deleted or renamed) are not copied, so they disappear with the swap.
 *
 * Copied, not moved: until the swap the old folder stays complete, so a crash at any point
 * leaves the published site as it was.
 */
export async function keepForeignFiles(target: string, staged: string, written: ReadonlySet<string>): Promise<string[]> {
  const foreign = await foreignEntries(target, written)
  refuseOverwrites(foreign, written)
  for (const path of foreign) {
    try {
      // verbatimSymlinks: a user's symlink is kept as the same link, never followed or rewritten.
      await cp(join(target, ...path.split('/')), join(staged, ...path.split('/')), { recursive: true, verbatimSymlinks: true, preserveTimestamps: true, errorOnExist: true, force: false })
    } catch (error) {
      throw asWriteFailure(error, path)
    }
  }
  return foreign
}

/**
 * The `/`-separated paths in the old output that policyc did not write, outermost first: a
 * folder with nothing of policyc's inside is kept whole (`.git`, `.well-known`), one that mixes
 * is walked. Without a marker the guard let the folder through only because it was empty or
 * `--force` asked to replace it, so only `.git` is kept. A marker without a readable manifest
 * gives no proof that policyc wrote anything: every file is kept. Folders the next build writes
 * into (`next`) are walked too, so a clash is reported for the one file, not its whole folder.
 */
export async function foreignEntries(target: string, next: ReadonlySet<string> = new Set()): Promise<string[]> {
  if (!existsSync(target)) return []
  if (!existsSync(join(target, MARKER))) return existsSync(join(target, '.git')) ? ['.git'] : []
  const files = await previousManifest(target)
  // Every folder that holds a file policyc wrote or will write, so the walk knows where to look inside.
  const folders = foldersOf([...files, ...next])
  const found: string[] = []
  const walk = async (folder: string) => {
    for (const name of (await readdir(join(target, ...folder.split('/').filter(Boolean)))).sort()) {
      const path = folder ? `${folder}/${name}` : name
      if (!folder && (name === MARKER || name === MANIFEST)) continue
      if (files.has(path)) continue
      // lstat: a symlink is an entry of its own, never a folder to walk into.
      if (folders.has(path) && (await lstat(join(target, ...path.split('/')))).isDirectory()) await walk(path)
      else found.push(path)
    }
  }
  await walk('')
  return found
}

async function previousManifest(target: string): Promise<Set<string>> {
  try {
    const manifest = JSON.parse(await readFile(join(target, MANIFEST), 'utf8')) as { files?: { path?: unknown }[] }
    return new Set((manifest.files ?? []).map((f) => f.path).filter((p): p is string => typeof p === 'string'))
  } catch {
    return new Set()
  }
}

/** A kept file that the new build also writes (or that sits where it needs a folder) would be lost: refuse. */
function refuseOverwrites(foreign: readonly string[], written: ReadonlySet<string>): void {
  const folders = foldersOf(written)
  for (const path of foreign) {
    const ancestors = path.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'))
    if (written.has(path) || folders.has(path) || ancestors.some((a) => written.has(a))) {
      throw new OutputRefused(
        `refusing to replace ${path} in the output folder: policyc did not write it (it is not in ${MANIFEST}) and this build would overwrite it. Move or rename it, then build again`,
      )
    }
  }
}

/** `a/b/c.html` → `a`, `a/b`. */
function foldersOf(files: Iterable<string>): Set<string> {
  const folders = new Set<string>()
  for (const file of files) for (let i = file.indexOf('/'); i !== -1; i = file.indexOf('/', i + 1)) folders.add(file.slice(0, i))
  return folders
}
