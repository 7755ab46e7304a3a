import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { FragmentCache } from '../render/fragment-cache.js'
import { DEFAULT_TEMPLATES, loadTemplates } from '../render/html/template-set.js'
import type { PolicyModel } from '../resolve/model.js'
import { MANIFEST, MARKER } from './output-guard.js'
import { renderPolicyUnit, type PolicyUnit } from './policy-unit.js'
import { indexData, regionsJson, type IndexedPolicy } from './site-files.js'
import { asWriteFailure } from './write-failure.js'

export interface PatchSiteOptions {
  /** The output folder a full build wrote (relative to `cwd`). */
  out: string
  cwd: string
  /** Every policy's entry in the index as the last build or patch left it (BuildSiteResult.policies). */
  policies: readonly IndexedPolicy[]
  fragments: FragmentCache
  /** policyc's version, for the manifest. */
  version: string
  onFileStaged?: ((path: string) => void | Promise<void>) | undefined
}

export interface PatchSiteResult {
  /** False when a patched policy has a render error: then nothing was changed. */
  written: boolean
  /** The render problems of the patched policies, by policy id. */
  diagnosticsByPolicy: Map<string, Diagnostic[]>
  /** The index entries after the patch, for the next one. */
  policies: IndexedPolicy[]
  /** Files in the site, as its manifest lists them. */
  files: number
}

/** Files written at once into a policy's new folder: enough to keep the thread pool busy, few enough to bound open handles. */
const WRITE_BATCH = 16

interface Manifest {
  generator: string
  version: string
  files: { path: string; bytes: number }[]
}

/**
 * `policyc dev` after a save to some policies: renders only those and swaps each one's folder
 * into the site with renames, then rewrites the index, regions.json and the manifest; every
 * other file stays where it is. So the work of a rebuild is that of the edited policies, where
 * a full build links every file of every policy into a new folder (about 230 a policy: most of a
 * rebuild in a thousand-policy project). Each policy folder is swapped whole by two renames, so
 * a reader never sees half of one (between the two, for an instant, none: fine for the preview,
 * which is what this is for; `policyc build` always swaps the whole site). A failed render
 * changes nothing.
 *
 * Returns undefined where only a full build will do, which the caller then runs: no site written
 * by policyc at `out`, a policy that is new to the site or has a new id, a file outside the
 * policy's own folder, a file of the user's in the way.
 */
export async function patchSite(changed: readonly PolicyModel[], options: PatchSiteOptions): Promise<PatchSiteResult | undefined> {
  const target = resolve(options.cwd, options.out)
  const manifest = await readManifest(target)
  if (!manifest) return undefined
  const known = new Set(options.policies.map((p) => p.id))
  if (changed.some((model) => !known.has(model.policy.id) || !existsSync(join(target, model.policy.id)))) return undefined
  const loaded = loadTemplates(DEFAULT_TEMPLATES, options.cwd)
  if (!loaded.templates || loaded.diagnostics.some((d) => d.severity === 'error')) return undefined
  const context = {
    cwd: options.cwd,
    templates: loaded.templates,
    templateFolder: DEFAULT_TEMPLATES,
    // Only the site cache and the history archive key on it, and a patch uses neither.
    templatesDigest: '',
    cache: options.fragments,
    baseUrl: undefined,
    now: undefined,
    units: undefined,
    version: options.version,
  }

  const units: PolicyUnit[] = []
  const diagnosticsByPolicy = new Map<string, Diagnostic[]>()
  for (const model of changed) {
    const unit = await renderPolicyUnit(model, context)
    diagnosticsByPolicy.set(unit.id, [...unit.idDiagnostics, ...unit.diagnostics])
    if (unit.files.some((file) => !file.path.startsWith(`${unit.id}/`))) return undefined
    units.push(unit)
  }
  const failed = [...diagnosticsByPolicy.values()].some((list) => list.some((d) => d.severity === 'error'))
  const policies = options.policies.map((entry) => units.find((u) => u.id === entry.id)?.indexed ?? entry)
  if (failed) return { written: false, diagnosticsByPolicy, policies: [...options.policies], files: manifest.files.length }

  // Each policy's new folder, complete (with any file of the user's from the old one), beside the site.
  const staged: { unit: PolicyUnit; folder: string }[] = []
  const policycFiles = new Set(manifest.files.map((f) => f.path))
  try {
    for (const unit of units) {
      const folder = join(dirname(target), `.${basename(target)}-${unit.id}-tmp-${randomBytes(6).toString('hex')}`)
      staged.push({ unit, folder })
      await mkdir(folder)
      // Each folder made once, then the files written a batch at a time (issue 19 item 5: one
      // awaited mkdir and write after another cost a thread-pool round trip per file of a policy
      // with ~180 files). The folder is not the site until the renames below, so order is free.
      const targets = unit.files.map((file) => join(folder, ...file.path.split('/').slice(1)))
      for (const dir of [...new Set(targets.map((path) => dirname(path)))].sort()) await mkdir(dir, { recursive: true })
      for (let start = 0; start < unit.files.length; start += WRITE_BATCH) {
        await Promise.all(
          unit.files.slice(start, start + WRITE_BATCH).map(async (file, offset) => {
            await writeFile(targets[start + offset]!, file.content).catch((error: unknown) => {
              throw asWriteFailure(error, file.path)
            })
            await options.onFileStaged?.(file.path)
          }),
        )
      }
      const paths = new Set(unit.files.map((file) => file.path))
      for (const foreign of await userFiles(target, unit.id, policycFiles)) {
        // A file of the user's where policyc now writes one: the full build explains the clash.
        if (paths.has(foreign)) return undefined
        await cp(join(target, ...foreign.split('/')), join(folder, ...foreign.split('/').slice(1)), { recursive: true, verbatimSymlinks: true, preserveTimestamps: true })
      }
    }
    const index = loaded.templates.render('index', indexData(policies))
    if (index.diagnostics.some((d) => d.severity === 'error')) return undefined
    const siteFiles = [
      { path: 'index.html', content: index.html },
      { path: 'regions.json', content: regionsJson(policies) },
    ]
    const files = new Map(manifest.files.map((f) => [f.path, f.bytes]))
    for (const { unit } of staged) {
      for (const path of [...files.keys()]) if (path.startsWith(`${unit.id}/`)) files.delete(path)
      for (const file of unit.files) files.set(file.path, typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.length)
    }
    for (const file of siteFiles) files.set(file.path, Buffer.byteLength(file.content))
    const list = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, bytes]) => ({ path, bytes }))

    // The swap: each policy folder by two renames, then each site-wide file by one.
    for (const { unit, folder } of staged) {
      const live = join(target, unit.id)
      const old = join(dirname(target), `.${basename(target)}-${unit.id}-old-${randomBytes(6).toString('hex')}`)
      await rename(live, old)
      await rename(folder, live)
      await rm(old, { recursive: true, force: true })
    }
    for (const file of siteFiles) await replaceFile(target, file.path, file.content)
    await replaceFile(target, MANIFEST, `${JSON.stringify({ generator: 'policyc', version: options.version, files: list }, null, 2)}\n`)
    return { written: true, diagnosticsByPolicy, policies, files: list.length }
  } finally {
    for (const { folder } of staged) await rm(folder, { recursive: true, force: true })
  }
}

/** The manifest of a site policyc wrote at `target`, or undefined. */
async function readManifest(target: string): Promise<Manifest | undefined> {
  if (!existsSync(join(target, MARKER))) return undefined
  try {
    const manifest = JSON.parse(await readFile(join(target, MANIFEST), 'utf8')) as Manifest
    return Array.isArray(manifest.files) ? manifest : undefined
  } catch {
    return undefined
  }
}

/** Files under `<id>/` in the site that policyc did not write (not in its manifest), `/`-separated. */
async function userFiles(target: string, id: string, written: ReadonlySet<string>): Promise<string[]> {
  // The folders holding files policyc wrote: only those are walked into; any other entry is the user's.
  const folders = new Set<string>()
  for (const path of written) {
    if (!path.startsWith(`${id}/`)) continue
    for (let end = path.lastIndexOf('/'); end > 0; end = path.lastIndexOf('/', end - 1)) folders.add(path.slice(0, end))
  }
  const found: string[] = []
  const walk = async (folder: string) => {
    for (const entry of await readdir(join(target, ...folder.split('/')), { withFileTypes: true })) {
      const path = `${folder}/${entry.name}`
      if (written.has(path)) continue
      if (entry.isDirectory() && folders.has(path)) await walk(path)
      else found.push(path)
    }
  }
  if (existsSync(join(target, id))) await walk(id)
  return found.sort()
}

/** Replaces one file of the site in a single rename, so a reader sees the old file or the new one. */
async function replaceFile(target: string, path: string, content: string): Promise<void> {
  const temporary = join(target, `.${basename(path)}-tmp-${randomBytes(6).toString('hex')}`)
  try {
    await writeFile(temporary, content)
    await rename(temporary, join(target, path))
  } catch (error) {
    await rm(temporary, { force: true })
    throw asWriteFailure(error, path)
  }
}
