import { createHash } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import { findPolicies } from '../../load/load-policy.js'
import { MANIFEST, MARKER } from '../output-guard.js'
import { compilerDigest } from './compiler-digest.js'
import { isAlive } from './process-alive.js'

/** What `policyc build` printed and counted, to say again when nothing changed. */
export interface BuildRecord {
  /** Check diagnostics (warnings only). */
  checked: Diagnostic[]
  /** Render diagnostics. */
  built: Diagnostic[]
  /** Why a lint rule could not run, once each. */
  notes: string[]
  /** HTML pages written. */
  pages: number
  /** Files written. */
  files: number
  /** Policies built. */
  policies: number
}

interface StoredRecord extends BuildRecord {
  format: string
  key: string
  manifest: string
  /** Each manifest file's modification time when the build finished, in manifest order. */
  stamps: number[]
}

/**
 * /2 adds `stamps`: comparing sizes only let a page edited without changing its size stay in
 * place, "built in 0.04 s" (issue 20, finding 18). Size and modification time are compared.
 */
const FORMAT = 'policyc-build-record/2'

/**
 * Whether a build would write exactly the output that is already there: the key hashes every file
 * of every policy found (their paths and bytes, translations included), the settings the check
 * ran with, the build options and the compiler. The record beside it holds what that build
 * reported. A build is up to date only when the key is the same and the output folder is still
 * exactly what was written (its manifest unchanged, every listed file there at its size); then
 * nothing needs checking, rendering or writing. Like the unit cache, it is only ever a shortcut:
 * anything unreadable means "build".
 */
export class BuildRecords {
  constructor(readonly folder: string) {}

  /** Beside the unit cache: `node_modules/.cache/policyc/builds` under the project folder. */
  static inProject(cwd: string): BuildRecords {
    return new BuildRecords(resolve(cwd, 'node_modules', '.cache', 'policyc', 'builds'))
  }

  private fileFor(out: string): string {
    return join(this.folder, `${createHash('sha256').update(resolve(out)).digest('hex').slice(0, 32)}.json`)
  }

  /** The record of the last build into `out` when it is up to date for `key`. */
  async upToDate(out: string, key: string): Promise<BuildRecord | undefined> {
    try {
      const record = JSON.parse(await readFile(this.fileFor(out), 'utf8')) as StoredRecord
      if (record.format !== FORMAT || record.key !== key) return undefined
      const manifestText = await readFile(join(out, MANIFEST), 'utf8')
      if (digest(manifestText) !== record.manifest) return undefined
      await stat(join(out, MARKER))
      const manifest = JSON.parse(manifestText) as { files: { path: string; bytes: number }[] }
      if (!Array.isArray(record.stamps) || record.stamps.length !== manifest.files.length) return undefined
      for (let i = 0; i < manifest.files.length; i += 256) {
        const same = await Promise.all(
          manifest.files.slice(i, i + 256).map((f, j) => stat(join(out, ...f.path.split('/'))).then((s) => s.isFile() && s.size === f.bytes && s.mtimeMs === record.stamps[i + j])),
        )
        if (!same.every(Boolean)) return undefined
      }
      return { checked: record.checked, built: record.built, notes: record.notes, pages: record.pages, files: record.files, policies: record.policies }
    } catch {
      return undefined
    }
  }

  /** Remembers a finished build into `out` (after its output is in place). */
  async remember(out: string, key: string, record: BuildRecord): Promise<void> {
    const file = this.fileFor(out)
    const temporary = `${file}.${process.pid}.tmp`
    try {
      const manifestText = await readFile(join(out, MANIFEST), 'utf8')
      const manifest = digest(manifestText)
      const files = (JSON.parse(manifestText) as { files: { path: string }[] }).files
      const stamps: number[] = []
      for (let i = 0; i < files.length; i += 256) {
        stamps.push(...(await Promise.all(files.slice(i, i + 256).map((f) => stat(join(out, ...f.path.split('/'))).then((s) => s.mtimeMs)))))
      }
      await mkdir(this.folder, { recursive: true })
      await writeJson(temporary, { format: FORMAT, key, manifest, stamps, ...record })
      await rename(temporary, file)
    } catch {
      await rm(temporary, { force: true }).catch(() => undefined)
    }
  }

  /**
   * Removes the temporary records (`<name>.json.<pid>.tmp`) of builds killed while writing one:
   * those whose process is gone. Run before a build, so what a killed build left never piles up.
   */
  async removeAbandoned(): Promise<void> {
    const names = await readdir(this.folder).catch(() => [] as string[])
    await Promise.all(
      names.map(async (name) => {
        const pid = /^[0-9a-f]+\.json\.([0-9]+)\.tmp$/.exec(name)?.[1]
        if (pid !== undefined && !isAlive(Number(pid))) await rm(join(this.folder, name), { force: true }).catch(() => undefined)
      }),
    )
  }

  /** Forgets the build into `out`, so the next one does the work (a build that failed or was refused). */
  async forget(out: string): Promise<void> {
    await rm(this.fileFor(out), { force: true }).catch(() => undefined)
  }
}

/**
 * The key of a build's inputs: the compiler, the options and settings given (any JSON), and every
 * file under each policy found in `paths`, by its path relative to `cwd` and its bytes.
 */
export async function buildInputsKey(paths: readonly string[], cwd: string, options: Readonly<Record<string, unknown>>): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify({ format: FORMAT, compiler: compilerDigest(), paths, options }))
  const found = await findPolicies(paths.map((p) => resolve(cwd, p)))
  hash.update(JSON.stringify(found.diagnostics.map((d) => [d.ruleId, d.reason])))
  for (const policy of found.policies) {
    const files = await filesUnder(policy)
    const contents = await Promise.all(files.map((file) => readFile(file)))
    files.forEach((file, i) => hash.update(`\u0000${relative(cwd, file)}\u0000`).update(contents[i]!))
  }
  return hash.digest('hex')
}

/** A policy's files: the file itself, or everything under its folder (sorted). */
async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path)
  if (info.isFile()) return [path]
  const entries = await readdir(path, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

/**
 * `JSON.stringify(value)` and a newline, written a piece at a time: a record of 1000 policies
 * holds 73,000 diagnostics, 44 MB of JSON, and making it one string then writing it was the peak
 * of the whole build (+170 MB at its very end). Arrays are written an element at a time; what
 * the file holds is exactly what `JSON.stringify` makes of a record.
 */
async function writeJson(file: string, value: Readonly<Record<string, unknown>>): Promise<void> {
  const handle = await open(file, 'w')
  try {
    let chunk = '{'
    const put = async (text: string) => {
      chunk += text
      if (chunk.length >= 65_536) {
        await handle.write(chunk)
        chunk = ''
      }
    }
    let first = true
    for (const [key, field] of Object.entries(value)) {
      const whole = Array.isArray(field) ? undefined : JSON.stringify(field)
      if (!Array.isArray(field) && whole === undefined) continue
      await put(`${first ? '' : ','}${JSON.stringify(key)}:`)
      first = false
      if (!Array.isArray(field)) {
        await put(whole!)
        continue
      }
      await put('[')
      for (const [index, element] of (field as unknown[]).entries()) await put(`${index === 0 ? '' : ','}${JSON.stringify(element) ?? 'null'}`)
      await put(']')
    }
    await handle.write(`${chunk}}\n`)
  } finally {
    await handle.close()
  }
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
