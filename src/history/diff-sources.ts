import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { DiffReport } from './diff/change.js'
import { diffSides } from './diff/compare.js'
import { HistoryError } from './errors.js'
import { GitRepository } from './git.js'
import { loadRevision, loadWorkingTree, type PolicySide } from './load-side.js'

export interface DiffSourcesOptions {
  /** A git revision, or a path when `to` is a path too. */
  from: string
  /** A git revision or a path; the working tree when undefined. */
  to?: string | undefined
  /** For revisions: the policy folders, files or folders of policies to compare (default `policies`). */
  paths?: readonly string[]
  cwd?: string
}

export type DiffSourcesResult =
  | { ok: true; report: DiffReport; /** The two sides compared (models and translations), for the redline. */ sides: readonly [PolicySide, PolicySide] }
  /** A side whose sources do not load: its diagnostics, to fix before a diff means anything. */
  | { ok: false; side: string; diagnostics: Diagnostic[]; readText(file: string): string | undefined }

/**
 * `policyc diff FROM [TO]`: two paths that exist are compared as paths; anything else is two git
 * revisions (TO defaulting to the working tree), read from the repository around `cwd`. Both
 * sides go through the same load → validate → resolve stages before the semantic diff.
 */
export async function diffSources(options: DiffSourcesOptions): Promise<DiffSourcesResult> {
  const cwd = options.cwd ?? process.cwd()
  const paths = options.paths && options.paths.length > 0 ? options.paths : ['policies']
  const fromIsPath = await exists(resolve(cwd, options.from))
  const toIsPath = options.to !== undefined && (await exists(resolve(cwd, options.to)))
  let sides: [PolicySide, PolicySide]
  if (options.to !== undefined && fromIsPath && toIsPath) {
    if (options.paths && options.paths.length > 0) throw new HistoryError('--path chooses policies inside revisions; to compare two folders or files, give just the two paths')
    sides = [await loadWorkingTree([options.from], cwd, options.from), await loadWorkingTree([options.to], cwd, options.to)]
  } else {
    sides = await loadRevisions(options.from, options.to, paths, cwd, [fromIsPath ? options.from : undefined, toIsPath ? options.to : undefined])
  }
  for (const side of sides) {
    if (side.diagnostics.length > 0) return { ok: false, side: side.label, diagnostics: side.diagnostics, readText: side.readText }
  }
  const [from, to] = sides
  if (from.models.size === 0 && to.models.size === 0) {
    throw new HistoryError(`no policy found in ${paths.map((p) => `\`${p}\``).join(', ')} at ${from.label} or in ${to.label}; choose the policy folder with --path`)
  }
  return { ok: true, report: diffSides(from, to), sides: [from, to] }
}

async function loadRevisions(from: string, to: string | undefined, paths: readonly string[], cwd: string, pathArguments: readonly (string | undefined)[]): Promise<[PolicySide, PolicySide]> {
  const repository = await GitRepository.open(cwd)
  try {
    return await readRevisions(repository, from, to, paths, cwd, pathArguments)
  } finally {
    repository.close()
  }
}

async function readRevisions(repository: GitRepository, from: string, to: string | undefined, paths: readonly string[], cwd: string, pathArguments: readonly (string | undefined)[]): Promise<[PolicySide, PolicySide]> {
  for (const path of paths) repository.repoPath(path)
  // Resolve both revisions before reading anything, so a bad one fails first and alone.
  try {
    await repository.resolveCommit(from)
    if (to !== undefined) await repository.resolveCommit(to)
  } catch (error) {
    const path = pathArguments.find((p) => p !== undefined)
    if (error instanceof HistoryError && path !== undefined) {
      throw new HistoryError(`${error.message} (\`${path}\` is a path: to compare two folders or files give both, \`policyc diff OLD NEW\`; to choose policies inside revisions use --path)`)
    }
    throw error
  }
  const before = await loadRevision(repository, from, paths, cwd)
  const after = to === undefined ? await loadWorkingTree(paths, cwd) : await loadRevision(repository, to, paths, cwd)
  return [before, after]
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch {
    return false
  }
}
