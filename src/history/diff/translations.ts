import { isDeepStrictEqual } from 'node:util'
import { compareText } from '../../diagnostics/diagnostic.js'
import { diffTranslations, translationEntries, type TranslationChange } from '../../locale/diff-translations.js'
import type { Translation } from '../../locale/load-locale.js'
import { canonical } from './canonical.js'
import type { Change } from './change.js'
import { editorial, type Verdict } from './verdict.js'
import { onlyWhitespace, wordDiff } from './words.js'

/**
 * The changes to a policy's translations (`locales/*.yaml`) between two versions, as changes of
 * the semantic diff: subject `translation`, id the language tag. A translation restates the
 * source's words and every fact stays in the source (src/locale/diff-translations.ts), so each
 * is editorial: a change of substance shows up, and is classified, in the source's own diff.
 *
 *   translation nl added                                  a new locale file
 *   translation nl: +sections.news                        an entry translated for the first time
 *   translation nl sections.cookies.title: [-a-]{+b+}     a translated text reworded
 *   translation nl sections.cookies.source-hash: a → b    only confirmed against a newer source
 */
export function diffTranslationSides(before: readonly Translation[], after: readonly Translation[]): Change[] {
  const old = new Map(before.map((t) => [t.language, translationEntries(t)]))
  const now = new Map(after.map((t) => [t.language, translationEntries(t)]))
  return diffTranslations(before, after).flatMap((change) => toChanges(change, old.get(change.language), now.get(change.language)))
}

const REASONS = {
  fileAdded: editorial('a new translation; it restates the source, whose facts are classified on their own'),
  fileRemoved: editorial('a translation withdrawn; its readers get the source language, whose facts are unchanged'),
  entryAdded: editorial('newly translated; the facts are the source’s'),
  entryRemoved: editorial('no longer translated; readers of this language see the source’s words there'),
  restamped: editorial('only the source hash: the translation was confirmed against the current source'),
  wording: editorial('wording of a translation; the facts are the source’s'),
  formatting: editorial('formatting only (spacing or line breaks)'),
} satisfies Record<string, Verdict>

function toChanges(change: TranslationChange, before: ReadonlyMap<string, unknown> | undefined, after: ReadonlyMap<string, unknown> | undefined): Change[] {
  const at = { subject: 'translation', id: change.language } as const
  if (change.key === '*') return [{ ...at, action: change.change === 'removed' ? 'removed' : 'added', ...(change.change === 'removed' ? REASONS.fileRemoved : REASONS.fileAdded) }]
  switch (change.change) {
    case 'added':
      return [{ ...at, action: 'changed', added: [change.key], ...REASONS.entryAdded }]
    case 'removed':
      return [{ ...at, action: 'changed', removed: [change.key], ...REASONS.entryRemoved }]
    case 'restamped':
    case 'changed':
      return fieldChanges(change.key, fieldsOf(before?.get(change.key)), fieldsOf(after?.get(change.key))).map((body) => ({ ...at, ...body }))
  }
}

type FieldChange = Omit<Change, 'subject' | 'id'>

/**
 * One change per translated field that differs, named `<key>.<field>` like the source diff names
 * a section's `title` or `body`. The hash is shown only when nothing else changed (a restamp):
 * re-translating a text changes the hash too, which says nothing more.
 */
function fieldChanges(key: string, a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): FieldChange[] {
  const out: FieldChange[] = []
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((name) => name !== 'source-hash').sort(compareText)
  for (const name of names) {
    const x = a[name]
    const y = b[name]
    if (isDeepStrictEqual(x, y)) continue
    const field = `${key}.${name}`
    if (Array.isArray(x) || Array.isArray(y)) {
      const was = strings(x)
      const now = strings(y)
      const added = now.filter((item) => !was.includes(item))
      const removed = was.filter((item) => !now.includes(item))
      // Only the order changed: the list says the same, as the source diff treats lists.
      if (added.length === 0 && removed.length === 0) continue
      out.push({ action: 'changed', field, ...(added.length ? { added } : {}), ...(removed.length ? { removed } : {}), ...REASONS.wording })
      continue
    }
    const words = wordDiff(typeof x === 'string' ? x : '', typeof y === 'string' ? y : '')
    out.push({ action: 'changed', field, words, ...(onlyWhitespace(words) ? REASONS.formatting : REASONS.wording) })
  }
  if (out.length === 0 && a['source-hash'] !== b['source-hash']) {
    out.push({ action: 'changed', field: `${key}.source-hash`, before: canonical(a['source-hash']), after: canonical(b['source-hash']), ...REASONS.restamped })
  }
  return out
}

function fieldsOf(entry: unknown): Readonly<Record<string, unknown>> {
  return entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? (entry as Record<string, unknown>) : {}
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.map(String))].sort(compareText) : []
}
