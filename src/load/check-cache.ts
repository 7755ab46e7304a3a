import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { readdir, readFile, lstat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { compareText } from '../diagnostics/diagnostic.js'
import { isBundled, packagePath, packageVersion } from '../package-root.js'

/**
 * The check cache (issue 19 item 6): what `policyc check` found in one policy — its diagnostics,
 * its lint notes, whether it resolved — kept under a hash of everything that decides them, so a
 * second `check` of an unchanged policy reads one small JSON file instead of parsing, validating,
 * resolving and linting it again (linting renders every region's page for coverage: a third of
 * the work). A hit must print exactly what a fresh check would, so the key covers:
 *
 * - every file under the policy's folder (names, kinds and bytes: the YAML parts and locales/*),
 *   or the one YAML file when a file was given;
 * - the path as given and the working folder (diagnostics name files relative to it);
 * - the lint settings (rule severities and the date rules treat as today);
 * - policyc itself: its version and the size and time of every file of its code, schemas,
 *   templates and the JSON data under src/ (catalog, export mappings), so a rebuilt lib/ or an
 *   edited catalog never reads an old result.
 *
 * A policy folder holding a symbolic link is not cached (where the link leads is not in the key).
 * It is a cache: a failure to read or write it is ignored, and the policy is checked as if it
 * were not there. Only `check` uses it (a build needs the model, which is not kept).
 */

export interface CachedCheck {
  /** The policy loaded, validated and resolved (it counts as resolved). */
  resolved: boolean
  diagnostics: Diagnostic[]
  notes: string[]
}

let folder: string | undefined

/** Turns the cache on (a folder) or off (undefined) for this process; `check` turns it on. */
export function useCheckCache(dir: string | undefined): void {
  folder = dir
}

/** Whether a folder was given to `useCheckCache`. */
export function checkCacheOn(): boolean {
  return folder !== undefined
}

/** Where a project's check cache lives, beside the parse cache. */
export function checkCacheInProject(cwd: string): string {
  return resolve(cwd, 'node_modules', '.cache', 'policyc', 'check')
}

/** Bump when what is stored changes shape within one policyc build. */
const FORMAT = 'check/1'

/** What decides the lint verdicts besides the policy: rule severities and today's date. */
export interface CheckCacheSettings {
  now?: string | undefined
  severities?: Readonly<Record<string, string>> | undefined
}

/** The key of one policy's check, or undefined when it cannot be cached (cache off, unreadable, a symbolic link). */
export async function checkCacheKey(path: string, cwd: string, settings: CheckCacheSettings): Promise<string | undefined> {
  if (!folder) return undefined
  try {
    const hash = createHash('sha256')
    const severities = Object.entries(settings.severities ?? {}).sort(([a], [b]) => compareText(a, b))
    hash.update(JSON.stringify([FORMAT, packageVersion(), compilerStamp(), cwd, path, settings.now ?? null, severities]))
    const info = await lstat(path)
    if (info.isFile()) hash.update('f\u0000').update(await readFile(path))
    else if (info.isDirectory()) {
      if (!(await hashFolder(hash, path))) return undefined
    } else return undefined
    return hash.digest('hex')
  } catch {
    return undefined
  }
}

/** Every entry under a folder, in name order: kind, name and (files) bytes. False at a symbolic link or anything else odd. */
async function hashFolder(hash: ReturnType<typeof createHash>, dir: string): Promise<boolean> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => compareText(a.name, b.name))
  // Read concurrently, hashed in order.
  const contents = entries.map((e) => (e.isFile() ? readFile(join(dir, e.name)) : undefined))
  for (const c of contents) c?.catch(() => undefined)
  for (const [i, entry] of entries.entries()) {
    if (entry.isFile()) hash.update(`f\u0000${entry.name}\u0000`).update((await contents[i])!).update('\u0000')
    else if (entry.isDirectory()) {
      hash.update(`d\u0000${entry.name}\u0000`)
      if (!(await hashFolder(hash, join(dir, entry.name)))) return false
      hash.update('\u0001')
    } else return false
  }
  return true
}

let stamp: string | undefined

/**
 * policyc's code and data as they are on disk: the size and modification time of every file of
 * the code that runs (lib/, or src/ under the tests), schemas/, templates/ and src/**.json. Times
 * rather than bytes: reading all of lib/ would cost more than the check it saves; any rebuild
 * rewrites the files and so changes their times.
 */
function compilerStamp(): string {
  if (stamp !== undefined) return stamp
  const hash = createHash('sha256')
  const code = fileURLToPath(new URL('../', import.meta.url))
  // The data under src/ (the catalog, the export mappings a lint rule reads) is JSON read at run time.
  const roots: [string, (path: string) => boolean][] = [
    [code, (path) => !path.endsWith('.d.ts') && !isBundled(path)],
    [packagePath('src'), (name) => name.endsWith('.json')],
    [packagePath('schemas'), () => true],
    [packagePath('templates'), () => true],
  ]
  for (const [root, wanted] of roots) {
    let entries
    try {
      entries = readdirSync(root, { recursive: true, withFileTypes: true })
    } catch {
      continue
    }
    const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).filter(wanted).sort()
    for (const file of files) {
      const info = statSync(file)
      hash.update(`${file}\u0000${info.size}\u0000${info.mtimeMs}\u0000`)
    }
  }
  stamp = hash.digest('hex')
  return stamp
}

function pathOf(key: string): string {
  return join(folder!, key.slice(0, 2), `${key.slice(2)}.json`)
}

/** The stored check under this key, or undefined. */
export function cachedCheck(key: string): CachedCheck | undefined {
  if (!folder) return undefined
  try {
    const value = JSON.parse(readFileSync(pathOf(key), 'utf8')) as CachedCheck
    return typeof value.resolved === 'boolean' && Array.isArray(value.diagnostics) && Array.isArray(value.notes) ? value : undefined
  } catch {
    return undefined
  }
}

/** Keeps one policy's check for later runs (written whole, then renamed into place). */
export function storeCheck(key: string, value: CachedCheck): void {
  if (!folder) return
  const path = pathOf(key)
  const temporary = `${path}.${process.pid}.tmp`
  try {
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(temporary, JSON.stringify(value))
    renameSync(temporary, path)
  } catch {
    // A read-only or full disk: the next run checks again. A half-written temporary file would
    // stay in the cache for good (nothing reads or sweeps `.tmp` names), so it goes now.
    try {
      rmSync(temporary, { force: true })
    } catch {
      // Not even that (a read-only folder): there is no temporary file either.
    }
  }
}
