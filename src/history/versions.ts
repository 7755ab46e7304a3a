import { readFile } from 'node:fs/promises'
import { compareText } from '../diagnostics/diagnostic.js'
import type { PolicyModel } from '../resolve/model.js'
import { regionHash, sourceHash } from './content-hash.js'
import { GitCommandError, runGit, type CommitInfo, type GitRepository } from './git.js'
import { GitTree } from './git-tree.js'
import { loadPolicies } from './load-side.js'

/** Version of the `versions.json` / `policyc show --format json` shape. */
export const VERSIONS_FORMAT = 'policyc-versions/1'

/** One version of a policy: a distinct effective date (or a tag) in git history. */
export interface PolicyVersion {
  policy: string
  /** The date it took effect (YYYY-MM-DD). */
  effective: string
  /** The date the next version took effect, so this one was in force until the day before; null for the latest. */
  superseded: string | null
  /** The commit whose sources are this version: the last one with this effective date (or the tag's). */
  commit: string
  /** The first commit with this effective date. */
  firstCommit: string
  /** Committer date of `commit`. */
  committed: string
  /** The tag naming this version, when the repository tags versions. */
  tag: string | null
  /** See `sourceHash`: equal hashes mean the same content. */
  sourceHash: string
  /** The hash of what readers in each region, in the policy's language, are told. */
  variants: { region: string; locale: string; hash: string }[]
  /** The resolved sources of this version. */
  model: PolicyModel
}

export interface VersionHistory {
  versions: PolicyVersion[]
  /** Commits that changed the policy but whose sources did not load (skipped, with the reason). */
  skipped: { commit: string; reason: string }[]
  /** True when the clone is shallow and the policy's history reaches its boundary, so older versions may be missing. */
  incomplete: boolean
}

interface Snapshot {
  commit: string
  date: string
  model: PolicyModel
}

/**
 * The versions of the policy at `path` (a repository path) in the history of `head`.
 * When tags named `<policy-id>/<name>` exist (such as `xwms-privacy/2025-06-01` or
 * `xwms-privacy/v3`), each tag is a version; otherwise each distinct effective date among the
 * commits that changed the policy's folder is one, its content taken from the last such commit.
 * A commit whose policy has another id is another policy and is left out.
 */
export async function listVersions(repository: GitRepository, head: string, path: string, policyId: string): Promise<VersionHistory> {
  const skipped: { commit: string; reason: string }[] = []
  const tags = await repository.tagsStartingWith(`${policyId}/`)
  const snapshots: (Snapshot & { tag?: string })[] = []
  let incomplete = false
  if (tags.length > 0) {
    for (const { tag, commit } of tags) {
      const snapshot = await snapshotAt(repository, commit, path, policyId, skipped)
      if (snapshot) snapshots.push({ ...snapshot, tag })
    }
    // Two tags of one effective date: the later commit is the final text of that version.
    snapshots.sort((a, b) => Date.parse(a.date) - Date.parse(b.date) || compareText(a.tag ?? '', b.tag ?? ''))
  } else {
    const commits = await repository.commitsTouching(head, path)
    snapshots.push(...(await snapshotsByEffectiveDate(repository, commits, path, policyId, skipped)))
    incomplete = repository.shallow && commits.length > 0 && (await shallowBoundary(repository)).has(commits[0]!.commit)
  }
  return { versions: toVersions(snapshots, policyId), skipped, incomplete }
}

/**
 * One snapshot per effective date: the last commit of that date whose sources load (its text is
 * that version's final text), plus the first commit of that date. Only those are loaded in full;
 * the effective date of every other commit is read from its top-level `effective:` line, so a
 * long history costs one `ls-tree` and a few blob reads per commit, not a full load.
 */
async function snapshotsByEffectiveDate(repository: GitRepository, commits: readonly CommitInfo[], path: string, policyId: string, skipped: { commit: string; reason: string }[]): Promise<(Snapshot & { first: string })[]> {
  const groups = new Map<string, { commit: string; date: string; tree: GitTree }[]>()
  const loaded = new Map<string, Snapshot | undefined>()
  for (const { commit, date } of commits) {
    const tree = await GitTree.ofPolicy(repository, commit, commit.slice(0, 12), path)
    if (tree.objectAt(path) === undefined) continue
    let facts = await quickFacts(tree, path)
    if (!facts) {
      // Not written as a plain `effective: YYYY-MM-DD` line: load it to find out.
      const snapshot = await snapshotFrom(tree, commit, date, path, policyId, skipped)
      loaded.set(commit, snapshot)
      facts = snapshot && { id: snapshot.model.policy.id, effective: snapshot.model.policy.effective }
    }
    if (!facts || facts.id !== policyId) continue
    const group = groups.get(facts.effective) ?? []
    group.push({ commit, date, tree })
    groups.set(facts.effective, group)
  }
  const snapshots: (Snapshot & { first: string })[] = []
  for (const group of groups.values()) {
    for (let i = group.length - 1; i >= 0; i--) {
      const { commit, date, tree } = group[i]!
      const snapshot = loaded.has(commit) ? loaded.get(commit) : await snapshotFrom(tree, commit, date, path, policyId, skipped)
      if (snapshot) {
        snapshots.push({ ...snapshot, first: group[0]!.commit })
        break
      }
    }
  }
  return snapshots
}

const TOP_LEVEL = (key: string) => new RegExp(`^${key}:[ \\t]*(["']?)([A-Za-z0-9-]+)\\1[ \\t]*(?:#.*)?$`, 'm')
const EFFECTIVE_LINE = TOP_LEVEL('effective')
const ID_LINE = TOP_LEVEL('id')

/** The policy id and effective date from their top-level lines, when written plainly. */
async function quickFacts(tree: GitTree, path: string): Promise<{ id: string; effective: string } | undefined> {
  let id: string | undefined
  let effective: string | undefined
  const files = (await tree.stat(path)).isFile() ? [path] : (await tree.readdir(path)).filter((e) => e.isFile() && /\.ya?ml$/.test(e.name)).map((e) => `${path}/${e.name}`)
  for (const file of files) {
    const read = await tree.read(file, file)
    if (read.text === undefined) return undefined
    id ??= ID_LINE.exec(read.text)?.[2]
    effective ??= EFFECTIVE_LINE.exec(read.text)?.[2]
  }
  return id !== undefined && effective !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(effective) ? { id, effective } : undefined
}

async function snapshotAt(repository: GitRepository, commit: string, path: string, policyId: string, skipped: { commit: string; reason: string }[]): Promise<Snapshot | undefined> {
  const date = (await runGit(repository.root, ['show', '-s', '--format=%cI', commit])).stdout.toString('utf8').trim()
  return snapshotFrom(await GitTree.ofPolicy(repository, commit, commit.slice(0, 12), path), commit, date, path, policyId, skipped)
}

async function snapshotFrom(tree: GitTree, commit: string, date: string, path: string, policyId: string, skipped: { commit: string; reason: string }[]): Promise<Snapshot | undefined> {
  if (tree.objectAt(path) === undefined) return undefined
  const side = await loadPolicies(tree, [path], '/', tree.label, commit)
  if (side.diagnostics.length > 0) {
    const first = side.diagnostics[0]!
    skipped.push({ commit, reason: `${first.file}:${first.start.line}:${first.start.column}: ${first.reason}` })
    return undefined
  }
  const model = side.models.get(policyId)
  return model ? { commit, date, model } : undefined
}

/** Groups snapshots (oldest first) by effective date, or by tag, and links each version to the next. */
function toVersions(snapshots: readonly (Snapshot & { tag?: string; first?: string })[], policyId: string): PolicyVersion[] {
  const byKey = new Map<string, { first: string; last: Snapshot & { tag?: string } }>()
  for (const snapshot of snapshots) {
    const key = snapshot.model.policy.effective
    const group = byKey.get(key)
    if (group) group.last = snapshot
    else byKey.set(key, { first: snapshot.first ?? snapshot.commit, last: snapshot })
  }
  const ordered = [...byKey.entries()].sort(([a], [b]) => compareText(a, b))
  return ordered.map(([effective, { first, last }], index) => {
    const policy = last.model.policy
    return {
      policy: policyId,
      effective,
      superseded: ordered[index + 1]?.[0] ?? null,
      commit: last.commit,
      firstCommit: first,
      committed: last.date,
      tag: last.tag ?? null,
      sourceHash: sourceHash(policy),
      variants: policy.regions.map((region) => ({ region, locale: policy.language, hash: regionHash(policy, region) })),
      model: last.model,
    }
  })
}

/** The commits at the edge of a shallow clone (`.git/shallow`), whose parents are missing. */
async function shallowBoundary(repository: GitRepository): Promise<Set<string>> {
  try {
    const file = (await runGit(repository.root, ['rev-parse', '--path-format=absolute', '--git-path', 'shallow'])).stdout.toString('utf8').trim()
    return new Set((await readFile(file, 'utf8')).split('\n').filter((line) => line !== ''))
  } catch (error) {
    if (error instanceof GitCommandError || (error as NodeJS.ErrnoException).code === 'ENOENT') return new Set()
    throw error
  }
}

/** The version in force on a date (YYYY-MM-DD): the latest that took effect on or before it. */
export function versionInForce(versions: readonly PolicyVersion[], date: string): PolicyVersion | undefined {
  let found: PolicyVersion | undefined
  for (const version of versions) if (compareText(version.effective, date) <= 0) found = version
  return found
}

/** The JSON form of a version (no model): what versions.json and `show --format json` print. */
export function versionJson(version: PolicyVersion): Record<string, unknown> {
  return {
    effective: version.effective,
    superseded: version.superseded,
    commit: version.commit,
    firstCommit: version.firstCommit,
    committed: version.committed,
    tag: version.tag,
    sourceHash: version.sourceHash,
    variants: version.variants,
  }
}
