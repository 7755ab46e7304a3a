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

/** One `suppress` entry of one entity. */
export interface Suppression {
  /** The entity's data path, e.g. ['categories', 3]. */
  entity: DataPath
  /** Its index in the entity's `suppress` list. */
  index: number
  rule: string
  reason: string
  used: boolean
}

/** The suppressions of one model, looked up by the data path a rule reports at. */
export interface SuppressionIndex {
  readonly all: readonly Suppression[]
  /** True (and marks it used) when the entity holding `path` suppresses `ruleId`. */
  consume(path: DataPath, ruleId: string): boolean
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
  return {
    all,
    consume(path, ruleId) {
      const entity = entityOf(path)
      if (!entity) return false
      const found = byEntity.get(keyOf(entity))?.find((s) => s.rule === ruleId)
      if (!found) return false
      found.used = true
      return true
    },
  }
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
