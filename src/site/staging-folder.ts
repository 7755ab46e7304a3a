import { randomBytes } from 'node:crypto'
import { copyFile, link, mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { keepForeignFiles } from './keep-foreign.js'
import { MANIFEST, MARKER } from './output-guard.js'
import { lockOutput, recoverKilledBuilds, type OutputLock } from './output-lock.js'
import { asWriteFailure } from './write-failure.js'

/**
 * Writes a site atomically: every file goes into a hidden sibling of the output folder
 * (`.dist-tmp-<random>`, same filesystem, so renames are atomic), and only a finished build is
 * swapped in: the old output is renamed away, the new one renamed into place, then the old one
 * removed. A build that fails or is interrupted before the swap leaves the old output untouched.
 * Files in the old output that policyc did not write are copied over first (keep-foreign.ts).
 * A full disk or too many open files surfaces as OutputWriteFailed, a one-line message.
 */
export class StagingFolder {
  private readonly files = new Map<string, number>()
  /** Paths folded the way case-insensitive, normalising file systems (macOS, Windows) see them. */
  private readonly folded = new Map<string, string>()
  private readonly folders = new Map<string, Promise<unknown>>()
  private constructor(
    readonly target: string,
    readonly path: string,
    private readonly lock: OutputLock,
  ) {}

  /**
   * Locks the output folder (one build at a time: output-lock.ts; throws OutputLocked), repairs
   * what a killed build left, then creates the staging folder. The lock is held until `commit`
   * or `abandon` ends.
   */
  static async create(target: string): Promise<StagingFolder> {
    await mkdir(dirname(target), { recursive: true })
    const lock = await lockOutput(target)
    try {
      await recoverKilledBuilds(target)
      const path = join(dirname(target), `.${basename(target)}-tmp-${randomBytes(6).toString('hex')}`)
      await mkdir(path)
      return new StagingFolder(target, path, lock)
    } catch (error) {
      await lock.release()
      throw asWriteFailure(error, basename(target))
    }
  }

  /** Writes one file of the site (a `/`-separated path inside it). */
  async write(file: string, content: string | Buffer): Promise<void> {
    const absolute = this.claim(file, typeof content === 'string' ? Buffer.byteLength(content) : content.length)
    try {
      await this.folderOf(absolute)
      await writeFile(absolute, content)
    } catch (error) {
      throw asWriteFailure(error, file)
    }
  }

  /**
   * Puts a file that already exists elsewhere (a stored copy in the site cache, `bytes` long) into
   * the site as `file`: a hard link, so nothing is copied; a copy where links cannot be made
   * (another file system, a file system without them).
   */
  async link(file: string, existing: string, bytes: number): Promise<void> {
    const absolute = this.claim(file, bytes)
    try {
      await this.folderOf(absolute)
      try {
        await link(existing, absolute)
      } catch (error) {
        if (!LINK_REFUSED.has((error as NodeJS.ErrnoException).code ?? '')) throw error
        await copyFile(existing, absolute)
      }
    } catch (error) {
      throw asWriteFailure(error, file)
    }
  }

  /** Checks and records one output path; returns where it goes. */
  private claim(file: string, bytes: number): string {
    if (this.files.has(file)) throw new Error(`policyc: two outputs claim ${file}`)
    // Paths come from schema-checked slugs; this is the last line if a new output ever builds one
    // from something else: nothing may climb out of the folder or name the same file twice on
    // a case-insensitive or Unicode-normalising disk (the published copy may live on one).
    if (!isSafeOutputPath(file)) throw new Error(`policyc: unsafe output path ${JSON.stringify(file)}`)
    const fold = file.normalize('NFC').toLowerCase()
    const twin = this.folded.get(fold)
    if (twin !== undefined) throw new Error(`policyc: outputs ${twin} and ${file} would be the same file on a case-insensitive disk`)
    this.folded.set(fold, file)
    this.files.set(file, bytes)
    return join(this.path, ...file.split('/'))
  }

  /** Each folder is created once, however many files go into it. */
  private folderOf(absolute: string): Promise<unknown> {
    const folder = dirname(absolute)
    let made = this.folders.get(folder)
    if (!made) this.folders.set(folder, (made = mkdir(folder, { recursive: true })))
    return made
  }

  get count(): number {
    return this.files.size
  }

  /** Adds the marker and the manifest, then swaps the staged site in. */
  async commit(version: string): Promise<void> {
    try {
      await this.swap(version)
    } finally {
      await this.lock.release()
    }
  }

  private async swap(version: string): Promise<void> {
    const files = [...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, bytes]) => ({ path, bytes }))
    try {
      await writeFile(join(this.path, MARKER), `This folder was written by policyc ${version}. Each build rewrites the files listed in ${MANIFEST} and keeps every other file.\n`)
      await writeFile(join(this.path, MANIFEST), `${JSON.stringify({ generator: 'policyc', version, files }, null, 2)}\n`)
    } catch (error) {
      throw asWriteFailure(error, MANIFEST)
    }
    await keepForeignFiles(this.target, this.path, new Set(this.files.keys()))
    const old = join(dirname(this.target), `.${basename(this.target)}-old-${randomBytes(6).toString('hex')}`)
    let moved = false
    try {
      await rename(this.target, old)
      moved = true
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    try {
      await rename(this.path, this.target)
    } catch (error) {
      if (moved) await rename(old, this.target)
      throw error
    }
    if (moved) await rm(old, { recursive: true, force: true })
  }

  /** Removes the staged files; the output folder was never touched. */
  async abandon(): Promise<void> {
    // A write that was already under way when the build failed may still add a file while the
    // folder is removed (ENOTEMPTY): rm's retries wait for it.
    try {
      await rm(this.path, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 })
    } finally {
      await this.lock.release()
    }
  }
}

/** Why a hard link could not be made where a copy still can: another device, no links there. */
const LINK_REFUSED = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'ENOSYS'])

/** A relative `/`-separated path of plain segments: no `..`, `.`, empty or absolute part, backslash, drive or NUL. */
export function isSafeOutputPath(file: string): boolean {
  return file.split('/').every((part) => part !== '' && part !== '.' && part !== '..' && !/[\\:\0]/.test(part))
}
