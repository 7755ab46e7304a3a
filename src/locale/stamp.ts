import { isMap, isScalar, stringify } from 'yaml'
import { formatPlace } from '../diagnostics/diagnostic.js'
import { suggestion } from '../diagnostics/did-you-mean.js'
import type { LocaleFile } from '../generated/locale.js'
import { nodeAt } from '../load/locate.js'
import { parseYaml } from '../load/parse-yaml.js'
import type { SourceFile } from '../load/source-file.js'
import type { PolicyModel } from '../resolve/model.js'
import { entryHash, entryKey, sourceEntries, type SourceEntry } from './source-entries.js'
import { translatedEntry, translatedFields } from './translated-entries.js'

export interface StampResult {
  /** The file's new text: the old text with only `source-hash` values written or added. */
  text: string
  /** Entries whose hash was written. */
  stamped: string[]
  /** Entries whose hash was already that of the current source. */
  current: string[]
  /** Entries that could not be stamped, and why. */
  problems: { key: string; reason: string; hint?: string | undefined }[]
}

interface Edit {
  start: number
  end: number
  text: string
}

/**
 * Records, for the named entries of a translation, the hash of the source text as it is now:
 * what a translator runs once an entry is brought up to date (`policyc translate stamp`). Works
 * on the file's text, not by re-serialising it: only the `source-hash` values change (or a
 * `source-hash:` line is added to an entry that has none), so every comment, quote and line
 * break stays as the translator wrote it. `keys` are entry keys (`sections.cookies`, `title`),
 * bare ids when they name one entry (`cookies` is a section and a purpose, so not that one), or
 * `all` for every entry the file has.
 */
export function stampTranslation(options: { text: string; path: string; model: PolicyModel; keys: readonly string[] | 'all' }): StampResult {
  const result: StampResult = { text: options.text, stamped: [], current: [], problems: [] }
  const parsed = parseYaml(options.text, options.path)
  if (!parsed.file) {
    for (const d of parsed.diagnostics) result.problems.push({ key: formatPlace(d), reason: d.reason, hint: d.hint })
    return result
  }
  const file = parsed.file
  const data = (parsed.data ?? {}) as LocaleFile
  const entries = sourceEntries(options.model.policy)
  const chosen = options.keys === 'all' ? entries.filter((e) => translatedEntry(data, e.kind, e.id)) : pick(entries, options.keys, result)

  const edits: Edit[] = []
  const expected = new Map<string, string>()
  for (const entry of chosen) {
    const key = entryKey(entry)
    const found = translatedEntry(data, entry.kind, entry.id)
    if (!found) {
      result.problems.push({ key, reason: `${options.path} has no translation of \`${key}\` to stamp`, hint: `Translate it under \`${entry.path.join('` → `')}\` first.` })
      continue
    }
    const hash = entryHash(entry, translatedFields(found))
    if (found['source-hash'] === hash) {
      result.current.push(key)
      continue
    }
    const edit = hashEdit(file, entry, hash)
    if (!edit) {
      result.problems.push({ key, reason: `\`${key}\` in ${options.path} is not a mapping of keys`, hint: 'Write the entry as a mapping (`title:`, `body:` …) under its id.' })
      continue
    }
    edits.push(edit)
    expected.set(key, hash)
    result.stamped.push(key)
  }
  result.text = applyEdits(options.text, edits)
  verify(result.text, options.path, entries, expected)
  return result
}

/** Finds the entries the user named, reporting unknown and ambiguous names. */
function pick(entries: readonly SourceEntry[], keys: readonly string[], result: StampResult): SourceEntry[] {
  const picked: SourceEntry[] = []
  const all = entries.map(entryKey)
  for (const key of keys) {
    const exact = entries.find((e) => entryKey(e) === key)
    const byId = exact ? [exact] : entries.filter((e) => e.id === key)
    if (byId.length === 1) {
      if (!picked.includes(byId[0]!)) picked.push(byId[0]!)
    } else if (byId.length > 1) {
      result.problems.push({ key, reason: `\`${key}\` names ${byId.length} entries`, hint: `Name one: ${byId.map((e) => `\`${entryKey(e)}\``).join(', ')}.` })
    } else {
      result.problems.push({ key, reason: `The source has no entry \`${key}\``, hint: suggestion(key, all) ?? 'Entries are named like `sections.cookies`, `categories.payment-data`, `title` or `rights`.' })
    }
  }
  return picked
}

/** The text edit that writes one entry's hash: replace the value, or add a `source-hash:` key. */
function hashEdit(file: SourceFile, entry: SourceEntry, hash: string): Edit | undefined {
  const value = yamlText(hash)
  const current = nodeAt(file, [...entry.path, 'source-hash'])
  if (isScalar(current) && current.range) return { start: current.range[0], end: current.range[1], text: value }
  const map = nodeAt(file, entry.path)
  if (!isMap(map) || !map.range) return undefined
  if (map.flow) {
    const open = map.range[0]
    return map.items.length === 0 ? { start: open, end: map.range[1], text: `{ source-hash: ${value} }` } : { start: open + 1, end: open + 1, text: ` source-hash: ${value},` }
  }
  const firstKey = map.items[0]?.key
  const keyStart = isScalar(firstKey) ? firstKey.range?.[0] : undefined
  if (keyStart === undefined) return undefined
  const lineStart = file.text.lastIndexOf('\n', keyStart - 1) + 1
  const indent = file.text.slice(lineStart, keyStart)
  // The first key is on a line of its own (block style), so the new key goes on the line before it.
  if (/^[ ]*$/.test(indent)) return { start: lineStart, end: lineStart, text: `${indent}source-hash: ${value}\n` }
  return undefined
}

/** A hash as YAML text: plain, unless YAML would read it as a number (`123456789012`, `12e456789012`). */
function yamlText(hash: string): string {
  return stringify(hash, { version: '1.2' }).trimEnd()
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
  return out
}

/** The stamped text must read back with exactly the hashes written: anything else is a bug here, not in the file. */
function verify(text: string, path: string, entries: readonly SourceEntry[], expected: ReadonlyMap<string, string>): void {
  if (expected.size === 0) return
  const reparsed = parseYaml(text, path)
  const data = (reparsed.data ?? {}) as LocaleFile
  for (const entry of entries) {
    const hash = expected.get(entryKey(entry))
    if (hash !== undefined && translatedEntry(data, entry.kind, entry.id)?.['source-hash'] !== hash) {
      throw new Error(`stampTranslation(): writing the hash of \`${entryKey(entry)}\` into ${path} did not read back`)
    }
  }
}
