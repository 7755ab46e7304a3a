import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { isAlive } from '../site/cache/process-alive.js'

/** The project's history cache, below its working folder (`directoryCache`). */
export const VERSIONS_FOLDER = 'node_modules/.cache/policyc/versions'

/** A file of the site, by its path inside the output folder (`/`-separated). */
export interface ArchiveFile {
  path: string
  content: string | Buffer
}

/**
 * Rendered versions by key (see `cacheKey`). A version whose sources, links and renderer are
 * unchanged comes from here instead of being rendered again: in one build (two versions with the
 * same source hash) and, with `directoryCache`, across builds.
 */
export interface VersionCache {
  get(key: string): Promise<readonly ArchiveFile[] | undefined>
  set(key: string, files: readonly ArchiveFile[]): Promise<void>
}

/** The key of a rendered version: everything its files depend on, hashed. */
export function cacheKey(parts: Readonly<Record<string, unknown>>): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex')
}

export function memoryCache(): VersionCache {
  const entries = new Map<string, readonly ArchiveFile[]>()
  return {
    get: async (key) => entries.get(key),
    set: async (key, files) => void entries.set(key, files),
  }
}

/**
 * A cache in a folder (such as `node_modules/.cache/policyc/versions`): one JSON file per key,
 * written to a temporary name and renamed, so an interrupted build never leaves half an entry.
 * A file that cannot be read is a miss, never an error: the version is simply rendered again.
 */
export function directoryCache(folder: string): VersionCache {
  const fileOf = (key: string) => join(folder, key.slice(0, 2), `${key}.json`)
  return {
    async get(key) {
      try {
        const stored = JSON.parse(await readFile(fileOf(key), 'utf8')) as { path: string; text?: string; base64?: string }[]
        return stored.map((f) => ({ path: f.path, content: f.base64 !== undefined ? Buffer.from(f.base64, 'base64') : (f.text ?? '') }))
      } catch {
        return undefined
      }
    },
    async set(key, files) {
      const file = fileOf(key)
      await mkdir(dirname(file), { recursive: true })
      const stored = files.map((f) => (typeof f.content === 'string' ? { path: f.path, text: f.content } : { path: f.path, base64: f.content.toString('base64') }))
      const temporary = `${file}.${process.pid}.tmp`
      try {
        await writeFile(temporary, JSON.stringify(stored))
        await rename(temporary, file)
      } catch {
        await rm(temporary, { force: true })
      }
    },
  }
}

/** A temporary entry of `directoryCache`: `<key>.json.<pid>.tmp`. */
const TEMPORARY_ENTRY = /^[0-9a-f]+\.json\.([0-9]+)\.tmp$/

/**
 * Removes the temporary entries that builds killed while writing left in a `directoryCache`
 * folder: those whose process is gone (a running build's are its own). An entry's own failed
 * write already removes its temporary file; this is for a process that died before it could.
 * Run when a build starts, like the site cache's sweep.
 */
export async function removeAbandonedVersions(folder: string): Promise<void> {
  const shards = await readdir(folder).catch(() => [] as string[])
  await Promise.all(
    shards.map(async (shard) => {
      const names = await readdir(join(folder, shard)).catch(() => [] as string[])
      for (const name of names) {
        const pid = TEMPORARY_ENTRY.exec(name)?.[1]
        if (pid !== undefined && !isAlive(Number(pid))) await rm(join(folder, shard, name), { force: true }).catch(() => undefined)
      }
    }),
  )
}
