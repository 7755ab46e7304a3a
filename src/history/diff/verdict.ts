import type { Materiality } from './change.js'

/** A classification with its reason. */
export interface Verdict {
  materiality: Materiality
  reason: string
}

export const material = (reason: string): Verdict => ({ materiality: 'material', reason })
export const editorial = (reason: string): Verdict => ({ materiality: 'editorial', reason })

/** Prose: what it says is decided by the structured data next to it, so wording is editorial. */
export const WORDING = editorial('wording')

/**
 * For values with an order from "less" to "more" (of processing, or of burden on the reader):
 * going up is material, going down or sideways is editorial. Values missing from the table
 * (and a value that disappears, unless `absentRank` says where "absent" stands) are material, so
 * anything unforeseen is reviewed.
 */
export function byRank(
  ranks: Readonly<Record<string, number>>,
  reasons: { up: string; down: string; same?: string },
  absentRank?: number,
): (before: unknown, after: unknown) => Verdict {
  return (before, after) => {
    const rank = (value: unknown) => (value === undefined ? absentRank : ranks[String(value)])
    const a = rank(before)
    const b = rank(after)
    if (a === undefined || b === undefined) return material(`${reasons.up} (no order known between ${show(before)} and ${show(after)}, so treated as material)`)
    if (b > a) return material(reasons.up)
    if (b < a) return editorial(reasons.down)
    return editorial(reasons.same ?? reasons.down)
  }
}

/** false → true is material, true → false editorial (absent counts as false). */
export function flag(up: string, down: string): (before: unknown, after: unknown) => Verdict {
  return (before, after) => (after === true && before !== true ? material(up) : editorial(down))
}

export function show(value: unknown): string {
  return value === undefined ? 'nothing' : `\`${String(value)}\``
}
