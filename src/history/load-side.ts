import { readFileSync } from 'node:fs'
import { posix, resolve } from 'node:path'
import { diagnose, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js'
import { findPolicies, loadPolicy, workingTree, type SourceTree } from '../load/load-policy.js'
import { loadTranslations, type Translation } from '../locale/load-locale.js'
import type { PolicyModel } from '../resolve/model.js'
import { resolvePolicy } from '../resolve/resolve.js'
import { validatePolicy } from '../validate/validate-policy.js'
import type { GitRepository } from './git.js'
import { GitTree } from './git-tree.js'

/** The policies on one side of a diff: a revision, the working tree, or a path. */
export interface PolicySide {
  /** What the user named it: `v1`, `working tree`, or the path. */
  label: string
  /** The commit id, for a revision. */
  commit: string | undefined
  /** The policies that loaded, validated and resolved, by policy id. */
  models: ReadonlyMap<string, PolicyModel>
  /**
   * Their translations (`locales/*.yaml`), by policy id, when asked for (`policyc diff`); read
   * from the same tree as the policy, so a revision's translations are that revision's.
   */
  translations?: ReadonlyMap<string, readonly Translation[]> | undefined
  /** Problems in the sources of this side (the same as `policyc check` reports). */
  diagnostics: Diagnostic[]
  /** "Nothing there" messages: a policy folder that does not exist on this side is not an error by itself. */
  missing: Diagnostic[]
  /** The text of a source file by the path its diagnostics show (for code frames). */
  readText(file: string): string | undefined
}

/** Rule ids of `findPolicies` that mean "no policy at this path". */
const NOTHING_THERE = new Set(['path-not-found', 'no-policy-found'])

/**
 * Runs load → validate → resolve on one policy of any source tree: the same stages, in the same
 * order, as `loadModel` in src/pipeline.ts runs on the working tree.
 */
export async function loadModelFrom(tree: SourceTree, path: string, cwd: string, diagnostics: Diagnostic[]): Promise<PolicyModel | undefined> {
  const loaded = await loadPolicy(path, cwd, tree)
  diagnostics.push(...loaded.diagnostics)
  if (!loaded.source) return undefined
  const invalid = validatePolicy(loaded.source)
  diagnostics.push(...invalid)
  if (invalid.length > 0) return undefined
  const resolved = resolvePolicy(loaded.source)
  diagnostics.push(...resolved.diagnostics)
  return resolved.model
}

export interface LoadPoliciesOptions {
  /**
   * Also load each policy's translations, as `check` does: a file that does not read, parse or
   * validate is a problem of this side. Off for the version history, which compares sources only
   * and runs this for every commit.
   */
  translations?: boolean
}

/** Loads every policy under `paths` of a source tree. */
export async function loadPolicies(
  tree: SourceTree,
  paths: readonly string[],
  cwd: string,
  label: string,
  commit?: string,
  readText: (file: string) => string | undefined = readWorkingText,
  options: LoadPoliciesOptions = {},
): Promise<PolicySide> {
  const found = await findPolicies(paths, tree)
  const diagnostics: Diagnostic[] = []
  const missing: Diagnostic[] = []
  for (const d of found.diagnostics) (NOTHING_THERE.has(d.ruleId) ? missing : diagnostics).push(d)
  const models = new Map<string, PolicyModel>()
  const translations = new Map<string, readonly Translation[]>()
  for (const path of found.policies) {
    const model = await loadModelFrom(tree, path, cwd, diagnostics)
    if (!model) continue
    const previous = models.get(model.policy.id)
    if (previous) {
      diagnostics.push(
        diagnose(model.source.locate(['id']), {
          ruleId: 'duplicate-policy-id',
          source: 'resolve',
          reason: `Policy id \`${model.policy.id}\` is also used by ${previous.source.path}`,
          hint: 'A policy is known by its id across versions: give each policy its own id.',
        }),
      )
      continue
    }
    models.set(model.policy.id, model)
    if (options.translations) {
      const loaded = await loadTranslations(path, { cwd, tree })
      diagnostics.push(...loaded.diagnostics)
      translations.set(model.policy.id, loaded.translations)
    }
  }
  return { label, commit, models, ...(options.translations ? { translations } : {}), diagnostics: sortDiagnostics(diagnostics), missing, readText }
}

/** The policies under `userPaths` (relative to `cwd`) as they were at a revision, with their translations. */
export async function loadRevision(repository: GitRepository, revision: string, userPaths: readonly string[], cwd: string): Promise<PolicySide> {
  const commit = await repository.resolveCommit(revision)
  const paths = userPaths.map((p) => repository.repoPath(p))
  // The listing covers each policy folder whole, so its locales/ folder comes with it.
  // A YAML file's folder is listed too, so a file that is one part of a split policy is told
  // apart from a one-file policy (findPolicies says the folder is the unit).
  const scope = paths.map((p) => (/\.ya?ml$/.test(p) && posix.dirname(p) !== '.' ? posix.dirname(p) : p))
  const tree = await GitTree.at(repository, commit, revision, scope)
  return loadPolicies(tree, paths, cwd, revision, commit, (file) => tree.textOf(file), { translations: true })
}

/** The policies under `paths` in the working tree, as `policyc check` reads them, with their translations. */
export function loadWorkingTree(paths: readonly string[], cwd: string, label = 'working tree'): Promise<PolicySide> {
  return loadPolicies(workingTree, paths.map((p) => resolve(cwd, p)), cwd, label, undefined, (file) => readWorkingText(resolve(cwd, file)), { translations: true })
}

function readWorkingText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  } catch {
    return undefined
  }
}
