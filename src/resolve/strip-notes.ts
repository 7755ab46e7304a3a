/**
 * Editors' `note:` remarks are never published (schema `$defs/note`). They are dropped here, before
 * the model is frozen, so no later stage (variant, render, JSON-LD, policy.json, consent.json,
 * exports, diff) can print one by mistake: a stage cannot leak what it never receives. Positions
 * stay valid, because removing a key never shifts a list index.
 *
 * Every object of the format may carry `note`, and no map of the format allows a key named
 * `note` (region-keyed maps take region ids), so the key is removed wherever it occurs.
 */
export function withoutNotes<T>(data: T): T {
  if (Array.isArray(data)) return data.map((item) => withoutNotes(item)) as T
  if (data === null || typeof data !== 'object') return data
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (key === 'note') continue
    out[key] = withoutNotes(value)
  }
  return out as T
}
