import { createHash, randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import { isAlive } from './process-alive.js'

/** One output file of a cached unit: its path in the site, and what its stored copy looked like when stored. */
export interface StoredFile {
  path: string
  bytes: number
  mtimeMs: number
}

/** Everything one policy contributed to a build: its files, the diagnostics it reported, the pages it counted. */
export interface StoredUnit {
  files: StoredFile[]
  diagnostics: Diagnostic[]
  pages: number
}

/** A unit found in the cache, with the stored copy of each of its files (to link or copy into the site). */
export interface RestoredUnit extends StoredUnit {
  storedAt(index: number): string
}


const FORMAT = 'policyc-site-unit/1'

/** A recorder's temporary folder: the key's first 16 digits, the writing process, 4 random bytes. */
const TEMPORARY_NAME = /^[0-9a-f]{16}-([0-9]+)-[0-9a-f]{8}$/


/**
 * The site's outputs by what they were made from: one folder per policy per key, where the key
 * hashes the policy's source files, the compiler (`compilerDigest`), the templates and the build
 * options the pages depend on. A later build whose key matches takes the files from here instead
 * of rendering them again. Files are written once, into a temporary folder renamed into place when
 * complete, so an interrupted build never leaves half a unit; a unit whose files were changed
 * since (size or modification time differ) is a miss and is removed. Nothing here is ever an error:
 * a cache that cannot be read or written only makes the build do the work itself.
 */
export class UnitCache {
  private constructor(readonly folder: string) {}

  /** The cache of a project: `node_modules/.cache/policyc/site` under its folder, beside the history cache. */
  static inProject(cwd: string): UnitCache {
    return new UnitCache(resolve(cwd, 'node_modules', '.cache', 'policyc', 'site'))
  }

  static at(folder: string): UnitCache {
    return new UnitCache(resolve(folder))
  }

  /** The key of a unit: every input of its files, hashed. Texts are hashed as they are, not as JSON. */
  static key(parts: Readonly<Record<string, unknown>>, texts: readonly { path: string; text: string }[] = []): string {
    const hash = createHash('sha256').update(JSON.stringify(parts))
    for (const { path, text } of texts) hash.update(`\u0000${path}\u0000`).update(text)
    return hash.digest('hex')
  }

  private unitFolder(key: string): string {
    return join(this.folder, 'units', key)
  }

  /** The unit stored under a key whose files are all still as stored; else undefined (and a damaged unit is removed). */
  async restore(key: string): Promise<RestoredUnit | undefined> {
    const folder = this.unitFolder(key)
    let unit: StoredUnit & { format?: string }
    try {
      unit = JSON.parse(await readFile(join(folder, 'unit.json'), 'utf8')) as StoredUnit & { format?: string }
    } catch {
      return undefined
    }
    try {
      if (unit.format !== FORMAT) throw new Error('another format')
      const checks = await Promise.all(unit.files.map(async (file, index) => {
        const info = await stat(join(folder, String(index)))
        return info.size === file.bytes && info.mtimeMs === file.mtimeMs
      }))
      if (!checks.every(Boolean)) throw new Error('changed since stored')
      // Recently used units are the ones pruning keeps: the touch is cache bookkeeping, never output.
      const now = new Date()
      await utimes(join(folder, 'unit.json'), now, now)
    } catch {
      await rm(folder, { recursive: true, force: true }).catch(() => undefined)
      return undefined
    }
    return { files: unit.files, diagnostics: unit.diagnostics, pages: unit.pages, storedAt: (index) => join(folder, String(index)) }
  }

  /** Starts recording a unit; its files are stored as they are written, the unit appears on `commit`. */
  record(key: string): UnitRecorder {
    return new UnitRecorder(this.folder, key, this.unitFolder(key))
  }

  /**
   * Removes what killed builds left in `tmp/` (issue 20, finding 17: on a full disk they kept it
   * full): each temporary folder is named `<key>-<pid>-<random>`, and one whose process is gone
   * can belong to no running build. Run when a build opens the cache, before it writes anything,
   * so a build that failed for want of space has that space back on the next run.
   */
  async removeAbandoned(): Promise<void> {
    const temporary = join(this.folder, 'tmp')
    const names = await readdir(temporary).catch(() => [] as string[])
    await Promise.all(
      names.map(async (name) => {
        const pid = TEMPORARY_NAME.exec(name)?.[1]
        if (pid !== undefined && !isAlive(Number(pid))) await rm(join(temporary, name), { recursive: true, force: true }).catch(() => undefined)
      }),
    )
  }

  /**
   * Removes the least recently used units beyond what the last build used plus some slack (a
   * policy's previous versions, other branches). Temporary folders of interrupted builds are
   * `removeAbandoned`'s, by their process, not by their age: an age would also take a slow build's.
   */
  async prune(used: number): Promise<void> {
    try {
      const units = join(this.folder, 'units')
      const names = await readdir(units).catch(() => [] as string[])
      const keep = used + Math.max(16, Math.ceil(used / 4))
      if (names.length > keep) {
        const ages = await Promise.all(names.map(async (name) => ({ name, at: (await stat(join(units, name, 'unit.json')).catch(() => undefined))?.mtimeMs ?? 0 })))
        ages.sort((a, b) => b.at - a.at)
        for (const { name } of ages.slice(keep)) await rm(join(units, name), { recursive: true, force: true })
      }
    } catch {
      // A cache that cannot be pruned is only larger.
    }
  }
}

/** The files and diagnostics of one unit as a build produces them. */
export class UnitRecorder {
  readonly diagnostics: Diagnostic[] = []
  pages = 0
  private readonly files: StoredFile[] = []
  private readonly writes: Promise<unknown>[] = []
  private readonly temporary: string
  private made: Promise<unknown> | undefined
  private failed = false
  /** Committed or discarded: no more writes, and a second commit or discard does nothing. */
  private closed = false

  constructor(
    cacheFolder: string,
    readonly key: string,
    private readonly target: string,
  ) {
    this.temporary = join(cacheFolder, 'tmp', `${key.slice(0, 16)}-${process.pid}-${randomBytes(4).toString('hex')}`)
  }

  /**
   * Stores one file of the unit; resolves to the stored copy's path (for the site to link), or to
   * undefined when it could not be stored (the site then writes the content itself).
   */
  write(path: string, content: string | Buffer): Promise<string | undefined> {
    const index = this.files.length
    const file: StoredFile = { path, bytes: 0, mtimeMs: 0 }
    this.files.push(file)
    const stored = join(this.temporary, String(index))
    const done = (async () => {
      if (this.failed || this.closed) return undefined
      try {
        this.made ??= mkdir(this.temporary, { recursive: true })
        await this.made
        const handle = await open(stored, 'wx')
        try {
          await handle.writeFile(content)
          const info = await handle.stat()
          file.bytes = info.size
          file.mtimeMs = info.mtimeMs
        } finally {
          await handle.close()
        }
        return stored
      } catch {
        this.failed = true
        return undefined
      }
    })()
    this.writes.push(done)
    return done
  }

  /** Makes the unit available to later builds once every file is stored. */
  async commit(): Promise<void> {
    if (this.closed) return
    await Promise.all(this.writes)
    if (this.failed || this.files.length === 0) return this.discard()
    this.closed = true
    try {
      const unit = { format: FORMAT, files: this.files, diagnostics: this.diagnostics, pages: this.pages }
      await writeFile(join(this.temporary, 'unit.json'), `${JSON.stringify(unit)}\n`)
      await mkdir(join(this.target, '..'), { recursive: true })
      await rename(this.temporary, this.target)
    } catch {
      // Another build stored the same unit first, or the disk is full: either way, nothing is lost.
      await this.remove()
    }
  }

  /**
   * Drops what was stored: the unit had errors or its build stopped. Files already linked into a
   * staging folder stay there (they are that folder's files now).
   */
  async discard(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.remove()
  }

  /** Removes the temporary folder once no write into it is under way (a later one would make it again). */
  private async remove(): Promise<void> {
    await Promise.allSettled(this.writes)
    await rm(this.temporary, { recursive: true, force: true }).catch(() => undefined)
  }
}
