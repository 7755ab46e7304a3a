import type { LocaleFile } from '../generated/locale.js'
import { KEYED_KINDS, type EntryKind } from './source-entries.js'

/** One entry of a locale file: its hash and its translated fields. */
export type TranslatedEntry = Readonly<Record<string, unknown>> & { readonly 'source-hash': string }

/** The entry of a locale file for a source entry (`sections` + `cookies`, or `title`), if the file has it. */
export function translatedEntry(data: Readonly<LocaleFile>, kind: EntryKind, id: string | undefined): TranslatedEntry | undefined {
  const value = (data as Record<string, unknown>)[kind]
  if (value === undefined || value === null || typeof value !== 'object') return undefined
  const entry = KEYED_KINDS.has(kind) ? (id === undefined ? undefined : Object.hasOwn(value, id) ? (value as Record<string, unknown>)[id] : undefined) : value
  return entry !== null && typeof entry === 'object' ? (entry as TranslatedEntry) : undefined
}

/** The fields an entry translates: every key but its hash. */
export function translatedFields(entry: TranslatedEntry): ReadonlySet<string> {
  return new Set(Object.keys(entry).filter((key) => key !== 'source-hash'))
}
