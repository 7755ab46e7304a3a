import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { jurisdiction, loadCatalog } from '../catalog/catalog.js'
import { suggestion } from '../diagnostics/did-you-mean.js'
import { regionHint } from '../catalog/region-suggestions.js'
import { HistoryError } from './errors.js'
import { GitRepository } from './git.js'
import { GitTree } from './git-tree.js'
import { loadPolicies } from './load-side.js'
import { listVersions, versionInForce, type PolicyVersion, type VersionHistory } from './versions.js'

export interface PolicyHistory extends VersionHistory {
  policy: string
  /** The policy folder or file, from the repository root. */
  path: string
}

/**
 * The version history of one policy, named by its folder or file (relative to `cwd`) or by its
 * id (looked up under `policies/` at HEAD).
 */
export async function policyHistory(policy: string, cwd: string = process.cwd()): Promise<PolicyHistory> {
  const repository = await GitRepository.open(cwd)
  try {
    const head = await repository.resolveCommit('HEAD')
    const { path, id } = await findPolicy(repository, head, policy, cwd)
    return { policy: id, path, ...(await listVersions(repository, head, path, id)) }
  } finally {
    repository.close()
  }
}

async function findPolicy(repository: GitRepository, head: string, policy: string, cwd: string): Promise<{ path: string; id: string }> {
  const onDisk = await stat(resolve(cwd, policy)).then(
    () => true,
    () => false,
  )
  if (onDisk) {
    const path = repository.repoPath(policy)
    const tree = await GitTree.at(repository, head, 'HEAD', [path])
    const side = await loadPolicies(tree, [path], cwd, 'HEAD', head)
    const [model] = side.models.values()
    if (!model) throw new HistoryError(`\`${policy}\` holds no policy that loads at HEAD; commit it first, or check it with \`policyc check ${policy}\``)
    return { path, id: model.policy.id }
  }
  const root = repository.repoPath('policies')
  const tree = await GitTree.at(repository, head, 'HEAD', [root])
  const side = await loadPolicies(tree, [root], cwd, 'HEAD', head)
  const model = side.models.get(policy)
  if (!model) {
    const ids = [...side.models.keys()]
    throw new HistoryError(`no policy \`${policy}\` at HEAD: give a policy folder such as \`policies/xwms\`, or a policy id${ids.length > 0 ? ` (${suggestion(policy, ids) ?? `ids: ${ids.join(', ')}`})` : ''}`)
  }
  const path = model.source.path.replace(/^HEAD:/, '')
  return { path, id: model.policy.id }
}

/** A calendar date written YYYY-MM-DD, or a HistoryError. */
export function checkDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const valid = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === date
  if (!valid) throw new HistoryError(`--as-of expects a date written YYYY-MM-DD, such as 2025-06-01; got ${JSON.stringify(date)}`)
  return date
}

/** A region id from the catalog, or a HistoryError with a suggestion. */
export function checkRegion(region: string): string {
  if (jurisdiction(region)) return region
  throw new HistoryError(`unknown region ${JSON.stringify(region)}. ${regionHint(region, loadCatalog().jurisdictions)}`)
}

export type AsOfAnswer =
  | { found: true; version: PolicyVersion }
  /** Before the first version, or (with a region) a version that did not serve that region. */
  | { found: false; reason: string }

/** Which version was in force on a date, for readers in a region when one is given. */
export function answerAsOf(history: PolicyHistory, date: string, region?: string): AsOfAnswer {
  const first = history.versions[0]
  const version = versionInForce(history.versions, date)
  if (!version) {
    if (history.incomplete) {
      throw new HistoryError(`this is a shallow clone and its history of ${history.policy} starts at ${first?.effective ?? 'a later date'}, so what was in force on ${date} is not known; fetch the history with \`git fetch --unshallow\``)
    }
    return { found: false, reason: first ? `${history.policy} had no version in force on ${date}: its first version took effect on ${first.effective}` : `${history.policy} has no committed version yet` }
  }
  if (region !== undefined && !version.model.policy.regions.includes(region)) {
    return { found: false, reason: `on ${date} the version of ${version.effective} was in force, but it did not serve region ${region} (it served ${version.model.policy.regions.join(', ')})` }
  }
  return { found: true, version }
}
