import { compareText } from '../../diagnostics/diagnostic.js'
import type { Json } from './change.js'

/** Keys that configure policyc (lint suppressions), not what the notice says: never a change. */
const IGNORED_KEYS = new Set(['suppress'])

/**
 * A plain, comparable copy of source data: `suppress` dropped, keys sorted, and lists of plain
 * values sorted, because the order of `countries: [US, NL]` says nothing.
 */
export function canonical(value: unknown): Json {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (Array.isArray(value)) {
    const items = value.map(canonical)
    return items.every((item) => typeof item === 'string') ? [...(items as string[])].sort(compareText) : items
  }
  const out: Record<string, Json> = {}
  for (const key of Object.keys(value as object).sort(compareText)) {
    if (IGNORED_KEYS.has(key)) continue
    const child = (value as Record<string, unknown>)[key]
    if (child !== undefined) out[key] = canonical(child)
  }
  return out
}

/** The same text for equal data, whatever its key or list order. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(canonical(value))
}

export function sameData(a: unknown, b: unknown): boolean {
  return fingerprint(a) === fingerprint(b)
}
