import type { DataPath } from '../load/locate.js'
import { listAt, type PolicyModel } from '../resolve/model.js'

/** The lists whose items may carry `suppress: [{rule, reason}]` (see the policy schema). */
const SUPPRESSIBLE_LISTS: readonly (readonly string[])[] = [
  ['categories'],
  ['purposes'],
  ['recipients'],
  ['retention'],
  ['cookies'],
  ['sections'],
  ['rights', 'limits'],
]

/** One `suppress` entry of one entity, or of the policy itself (top-level `suppress`). */
export interface Suppression {
  /** The entity's data path, e.g. ['categories', 3]; [] for the policy's own `suppress` list. */
  entity: DataPath
  /** Its index in the entity's `suppress` list. */
  index: number
  rule: string
  /** Policy-level only: the region whose findings it switches off. */
  region?: string
  /** Policy-level only: the notice element whose findings it switches off. */
  element?: string
  reason: string
  used: boolean
}

/** What a finding is about beyond its data path: the regions and the notice element it concerns. */
export interface ReportScope {
  regions?: readonly string[] | undefined
  element?: string | undefined
}

/** The suppressions of one model, looked up by the data path a rule reports at. */
export interface SuppressionIndex {
  readonly all: readonly Suppression[]
  /**
   * True (and marks what matched used) when the entity holding `path` suppresses `ruleId`, or when
   * the policy's own `suppress` list does for the finding's scope: a region-scoped entry matches a
   * finding only when every region the finding names is switched off.
   */
  consume(path: DataPath, ruleId: string, scope?: ReportScope): boolean
  /**
   * For a finding about several regions that can be restated for fewer: the regions the policy's
   * own region-scoped entries do not switch off (marking those that do as used).
   */
  remainingRegions(ruleId: string, scope: ReportScope): readonly string[]
}

export function indexSuppressions(model: PolicyModel): SuppressionIndex {
  const byEntity = new Map<string, Suppression[]>()
  const all: Suppression[] = []
  for (const list of SUPPRESSIBLE_LISTS) {
    listAt(model.policy, list).forEach((item, itemIndex) => {
      const entries = (item as { suppress?: readonly { rule: string; reason: string }[] }).suppress ?? []
      const entity = [...list, itemIndex]
      const own = entries.map((entry, index) => ({ entity, index, rule: entry.rule, reason: entry.reason, used: false }))
      if (own.length > 0) byEntity.set(keyOf(entity), own)
      all.push(...own)
    })
  }
  const policyWide: Suppression[] = (model.policy.suppress ?? []).map((entry, index) => ({
    entity: [],
    index,
    rule: entry.rule,
    ...(entry.region !== undefined ? { region: entry.region } : {}),
    ...(entry.element !== undefined ? { element: entry.element } : {}),
    reason: entry.reason,
    used: false,
  }))
  all.push(...policyWide)
  return {
    all,
    consume(path, ruleId, scope = {}) {
      const entity = entityOf(path)
      const found = entity ? byEntity.get(keyOf(entity))?.find((s) => s.rule === ruleId) : undefined
      if (found) {
        found.used = true
        return true
      }
      return consumePolicyWide(policyWide, ruleId, scope)
    },
    remainingRegions(ruleId, scope) {
      const candidates = policyWide.filter((s) => s.rule === ruleId && s.region !== undefined && (s.element === undefined || s.element === scope.element))
      return (scope.regions ?? []).filter((region) => {
        const entry = candidates.find((s) => s.region === region)
        if (entry) entry.used = true
        return entry === undefined
      })
    },
  }
}

/**
 * The policy's own entries that switch off one finding: those for the rule whose element (if any)
 * is the finding's; region-less ones cover every region, the others only their own. The finding is
 * suppressed when they cover all its regions (a finding that names no region needs a region-less
 * entry); only then are they marked used.
 */
function consumePolicyWide(entries: readonly Suppression[], ruleId: string, scope: ReportScope): boolean {
  const candidates = entries.filter((s) => s.rule === ruleId && (s.element === undefined || s.element === scope.element))
  const everywhere = candidates.find((s) => s.region === undefined)
  if (everywhere) {
    everywhere.used = true
    return true
  }
  const regions = scope.regions ?? []
  if (regions.length === 0) return false
  const covering = regions.map((region) => candidates.find((s) => s.region === region))
  if (covering.some((s) => s === undefined)) return false
  for (const s of covering) s!.used = true
  return true
}

/** The entity a data path lies in: the shortest prefix that is a suppressible list plus an index. */
function entityOf(path: DataPath): DataPath | undefined {
  for (const list of SUPPRESSIBLE_LISTS) {
    if (path.length > list.length && list.every((step, i) => path[i] === step) && typeof path[list.length] === 'number') {
      return path.slice(0, list.length + 1)
    }
  }
  return undefined
}

function keyOf(path: DataPath): string {
  return path.join('\u0000')
}
