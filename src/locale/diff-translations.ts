import { isDeepStrictEqual } from 'node:util'
import { compareText } from '../diagnostics/diagnostic.js'
import type { Translation } from './load-locale.js'
import { ENTRY_KINDS, KEYED_KINDS } from './source-entries.js'

/**
 * One change to a translation between two versions of a policy. A translation restates the
 * source's words; every fact stays in the source. So a change here is always editorial for the
 * semantic diff: a material change shows up in the source's own diff.
 */
export interface TranslationChange {
  language: string
  /** `sections.cookies`, `title`, or the whole file (`*`) when a translation is added or removed. */
  key: string
  /** `restamped`: only the source hash changed (the translation was confirmed against a newer source). */
  change: 'added' | 'removed' | 'changed' | 'restamped'
}

/** The changes between the translations of two versions (`loadTranslations` on each side), sorted. */
export function diffTranslations(before: readonly Translation[], after: readonly Translation[]): TranslationChange[] {
  const changes: TranslationChange[] = []
  const old = new Map(before.map((t) => [t.language, t]))
  const now = new Map(after.map((t) => [t.language, t]))
  for (const language of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(language)
    const b = now.get(language)
    if (!a || !b) {
      changes.push({ language, key: '*', change: a ? 'removed' : 'added' })
      continue
    }
    const left = translationEntries(a)
    const right = translationEntries(b)
    for (const key of new Set([...left.keys(), ...right.keys()])) {
      const x = left.get(key)
      const y = right.get(key)
      if (x === undefined || y === undefined) changes.push({ language, key, change: x === undefined ? 'added' : 'removed' })
      else if (!isDeepStrictEqual(x, y)) changes.push({ language, key, change: isDeepStrictEqual(withoutHash(x), withoutHash(y)) ? 'restamped' : 'changed' })
    }
  }
  return changes.sort((x, y) => compareText(x.language, y.language) || compareText(x.key, y.key))
}

/** Every entry of a locale file by its key (`sections.cookies`, `title`), as `diffTranslations` names them. */
export function translationEntries(translation: Translation): Map<string, unknown> {
  const entries = new Map<string, unknown>()
  const data = translation.data as Record<string, unknown>
  for (const kind of ENTRY_KINDS) {
    const value = data[kind]
    if (value === undefined) continue
    if (!KEYED_KINDS.has(kind)) entries.set(kind, value)
    else for (const [id, entry] of Object.entries(value as object)) entries.set(`${kind}.${id}`, entry)
  }
  return entries
}

function withoutHash(entry: unknown): unknown {
  if (entry === null || typeof entry !== 'object') return entry
  const { 'source-hash': _hash, ...rest } = entry as Record<string, unknown>
  return rest
}
