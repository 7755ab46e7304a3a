import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { MANIFEST, MARKER } from './output-guard.js'

/**
 * Writes a site atomically: every file goes into a hidden sibling of the output folder
 * (`.dist-tmp-<random>`, same filesystem, so renames are atomic), and only a finished build is
 * swapped in: the old output is renamed away, the new one renamed into place, then the old one
 * removed. A build that fails or is interrupted before the swap leaves the old output untouched.
 */
export class StagingFolder {
  private readonly files = new Map<string, number>()
  private readonly folders = new Map<string, Promise<unknown>>()
  private constructor(
    readonly target: string,
    readonly path: string,
  ) {}

  static async create(target: string): Promise<StagingFolder> {
    await mkdir(dirname(target), { recursive: true })
    const path = join(dirname(target), `.${basename(target)}-tmp-${randomBytes(6).toString('hex')}`)
    await mkdir(path)
    return new StagingFolder(target, path)
  }

  /** Writes one file of the site (a `/`-separated path inside it). */
  async write(file: string, content: string | Buffer): Promise<void> {
    if (this.files.has(file)) throw new Error(`policyc: two outputs claim ${file}`)
    this.files.set(file, typeof content === 'string' ? Buffer.byteLength(content) : content.length)
    const absolute = join(this.path, ...file.split('/'))
    // Each folder is created once, however many files go into it.
    const folder = dirname(absolute)
    let made = this.folders.get(folder)
    if (!made) this.folders.set(folder, (made = mkdir(folder, { recursive: true })))
    await made
    await writeFile(absolute, content)
  }

  get count(): number {
    return this.files.size
  }

  /** Adds the marker and the manifest, then swaps the staged site in. */
  async commit(version: string): Promise<void> {
    const files = [...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, bytes]) => ({ path, bytes }))
    await writeFile(join(this.path, MARKER), `This folder was written by policyc ${version}. policyc replaces it on every build; do not keep other files here.\n`)
    await writeFile(join(this.path, MANIFEST), `${JSON.stringify({ generator: 'policyc', version, files }, null, 2)}\n`)
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
    await rm(this.path, { recursive: true, force: true })
  }
}
