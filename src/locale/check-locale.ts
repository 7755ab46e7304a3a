import { diagnose, type Diagnostic, type Location } from '../diagnostics/diagnostic.js'
import { suggestion } from '../diagnostics/did-you-mean.js'
import { languageName } from '../i18n/names.js'
import { LOCALES, supportedLocale } from '../i18n/locales.js'
import { locate } from '../load/locate.js'
import type { PolicyModel } from '../resolve/model.js'
import { checkTranslatedBody } from './check-bodies.js'
import type { Translation } from './load-locale.js'
import { ENTRY_KINDS, KEYED_KINDS, KIND_NOUNS, entryHash, entryKey, needsTranslation, sourceEntries, type EntryKind, type SourceEntry } from './source-entries.js'
import { translatedEntry, translatedFields } from './translated-entries.js'

/** Where one translation stands against its source: the numbers `policyc translate status` prints. */
export interface TranslationStatus {
  language: string
  /** The locale file, as shown to the user. */
  file: string
  /** Source entries that need a translation (proper names alone need none). */
  required: number
  /** Of those, how many the file translates, up to date or not. */
  translated: number
  /** `translated` as a whole percentage of `required`, rounded down: 99.6% is not done. */
  coverage: number
  /** Entries whose source changed since they were translated. */
  stale: { key: string; material: boolean }[]
  /** Entries, or `entry.field`s, the source has and the file does not. */
  missing: string[]
  /** Entries, or `entry.field`s, the file has and the source no longer does. */
  orphans: string[]
}

export interface TranslationCheck {
  status: TranslationStatus
  diagnostics: Diagnostic[]
}

/**
 * Checks one translation against the resolved source: stale entries (`translation-stale`, an
 * error when the entry states facts), missing ones (`translation-missing`, with the coverage),
 * orphans (`translation-orphan`), translated bodies (`translation-directives-differ` and the
 * usual prose checks), and the language itself. Every problem is at its place in the locale file.
 */
export function checkTranslation(translation: Translation, model: PolicyModel): TranslationCheck {
  const entries = sourceEntries(model.policy)
  const required = entries.filter(needsTranslation)
  const translated = required.filter((entry) => translatedEntry(translation.data, entry.kind, entry.id) !== undefined).length
  const status: TranslationStatus = {
    language: translation.language,
    file: translation.file.path,
    required: required.length,
    translated,
    coverage: required.length === 0 ? 100 : Math.floor((translated * 100) / required.length),
    stale: [],
    missing: [],
    orphans: [],
  }
  const context: EntryContext = { translation, model, status, diagnostics: languageProblems(translation, model), name: describeLanguage(translation.language) }
  for (const entry of entries) checkEntry(entry, context)
  reportOrphans(entries, context)
  return { status, diagnostics: context.diagnostics }
}

/** What the per-entry checks share: the file, the source, the status they fill in and the diagnostics they add. */
interface EntryContext {
  translation: Translation
  model: PolicyModel
  status: TranslationStatus
  diagnostics: Diagnostic[]
  /** The translation's language in English ("Dutch"), for messages. */
  name: string
}

function report(context: EntryContext, at: Location, ruleId: string, severity: 'error' | 'warning', reason: string, hint?: string): void {
  context.diagnostics.push(diagnose(at, { ruleId, source: 'locale', severity, reason, hint }))
}

/** The language itself: not the source's, not a region's folder name, one policyc has words in. */
function languageProblems({ file, language }: Translation, model: PolicyModel): Diagnostic[] {
  const at = locate(file, ['language'])
  const problems: Diagnostic[] = []
  if (language === model.policy.language) {
    problems.push(diagnose(at, { ruleId: 'locale-same-as-source', source: 'locale', reason: `\`${language}\` is the language the policy is written in`, hint: 'A translation is into another language: rename the file and set `language:` to that language.' }))
  }
  if (model.policy.regions.includes(language.toLowerCase())) {
    // The site puts a translation at dist/<policy>/<language>/, beside the region pages at dist/<policy>/<region>/.
    problems.push(
      diagnose(at, {
        ruleId: 'locale-path-collision',
        source: 'locale',
        reason: `\`${language}\` is also the id of a region this policy serves, so its pages and the ${language} region's would share dist/${model.policy.id}/${language}/`,
        hint: 'Use a regional tag for the language (for example `uk-UA` for Ukrainian, `ca-ES` for Catalan) and name the file after it.',
      }),
    )
  }
  if (!supportedLocale(language)) {
    problems.push(diagnose(at, { ruleId: 'locale-unsupported', source: 'locale', severity: 'warning', reason: `policyc has no built-in words in \`${language}\`: headings, tables, rights and dates on its pages would be in English`, hint: `Languages with built-in words: ${LOCALES.join(', ')}.` }))
  }
  return problems
}

/** One source entry against its translation: missing, incomplete, extra fields, stale, and its Markdown. */
function checkEntry(entry: SourceEntry, context: EntryContext): void {
  const { translation, model, status, name } = context
  const { file } = translation
  const key = entryKey(entry)
  const what = describeEntry(entry)
  const covers = `the ${name} translation covers ${status.coverage}% of the source (${status.translated} of ${status.required} entries)`
  const stamp = `policyc translate stamp ${model.source.path} ${translation.language} ${key}`
  const found = translatedEntry(translation.data, entry.kind, entry.id)
  if (!found) {
    if (!needsTranslation(entry)) return
    status.missing.push(key)
    const fields = [...entry.fields.keys()].filter((f) => !entry.optional.has(f))
    report(context, missingAt(translation, entry.kind), 'translation-missing', 'warning', `No ${name} translation of ${what}; ${covers}`, `Add it under \`${entry.path.join('` → `')}\` (${fields.map((f) => `\`${f}\``).join(', ')}), then run \`${stamp}\`.`)
    return
  }
  const given = translatedFields(found)
  for (const field of entry.fields.keys()) {
    if (entry.optional.has(field) || given.has(field)) continue
    status.missing.push(`${key}.${field}`)
    report(context, locate(file, entry.path, 'key'), 'translation-missing', 'warning', `${capitalise(name)} translation of ${what} has no \`${field}\`, though the source has one; ${covers}`, `Translate \`${field}\` too, then run \`${stamp}\`.`)
  }
  for (const field of given) {
    if (entry.fields.has(field)) continue
    status.orphans.push(`${key}.${field}`)
    report(context, locate(file, [...entry.path, field], 'key'), 'translation-orphan', 'warning', `${capitalise(name)} translation of ${what} has \`${field}\`, but the source has none`, `Remove \`${field}\` here, or add it to the source first.`)
  }
  if (found['source-hash'] !== entryHash(entry, given)) {
    status.stale.push({ key, material: entry.material })
    const source = model.source.locate(entry.sourcePath)
    report(
      context,
      locate(file, [...entry.path, 'source-hash']),
      'translation-stale',
      entry.material ? 'error' : 'warning',
      `${capitalise(name)} translation of ${what} is out of date: the ${describeLanguage(model.policy.language)} source changed since it was translated`,
      `Bring the translation in line with the source (${source.file}:${source.start.line}), then run \`${stamp}\`.`,
    )
  }
  // Markdown (section bodies, the intro) must be valid prose with the source's directives.
  const field = entry.kind === 'sections' ? 'body' : entry.kind === 'intro' ? 'text' : undefined
  const text = field && found[field]
  const sourceText = field && entry.fields.get(field)
  if (field && typeof text === 'string' && typeof sourceText === 'string') {
    context.diagnostics.push(...checkTranslatedBody({ model, file, path: [...entry.path, field], text, sourceText, describe: `${capitalise(name)} ${field === 'body' ? 'body of' : 'text of'} ${what}` }))
  }
}

/** Entries the file has and the source does not (a removed section, a renamed category). */
function reportOrphans(entries: readonly SourceEntry[], context: EntryContext): void {
  const { file, data } = context.translation
  for (const orphan of orphanEntries(data, entries)) {
    context.status.orphans.push(orphan.id === undefined ? orphan.kind : `${orphan.kind}.${orphan.id}`)
    const noun = KIND_NOUNS[orphan.kind]
    const reason = orphan.id === undefined ? `The source has no ${orphan.kind}, so there is nothing to translate here` : `The source has no ${noun} \`${orphan.id}\``
    const hint = orphan.id === undefined ? `Remove \`${orphan.kind}\` from this file.` : (suggestion(orphan.id, orphan.candidates) ?? `Remove the entry, or move it under the ${noun}'s new id.`)
    report(context, locate(file, orphan.id === undefined ? [orphan.kind] : [orphan.kind, orphan.id], 'key'), 'translation-orphan', 'warning', reason, hint)
  }
}

/** Entries of the file with no source entry: a removed section, a renamed category. */
function orphanEntries(data: Translation['data'], entries: readonly SourceEntry[]): { kind: EntryKind; id: string | undefined; candidates: string[] }[] {
  const orphans: { kind: EntryKind; id: string | undefined; candidates: string[] }[] = []
  for (const kind of ENTRY_KINDS) {
    const value = (data as Record<string, unknown>)[kind]
    if (value === undefined) continue
    const ids = entries.filter((e) => e.kind === kind).map((e) => e.id)
    if (!KEYED_KINDS.has(kind)) {
      if (ids.length === 0) orphans.push({ kind, id: undefined, candidates: [] })
      continue
    }
    const known = ids.filter((id): id is string => id !== undefined)
    for (const id of Object.keys(value as object)) if (!known.includes(id)) orphans.push({ kind, id, candidates: known })
  }
  return orphans
}

/** A missing entry is reported where it would go: at its kind's key (`sections:`) if the file has one, else at the top. */
function missingAt({ file, data }: Translation, kind: EntryKind): Location {
  if (!KEYED_KINDS.has(kind) || (data as Record<string, unknown>)[kind] === undefined) return { file: file.path, start: { line: 1, column: 1 } }
  return locate(file, [kind], 'key')
}

function describeEntry(entry: SourceEntry): string {
  return entry.id === undefined ? KIND_NOUNS[entry.kind] : `${KIND_NOUNS[entry.kind]} \`${entry.id}\``
}

/** "Dutch", or the tag itself when Intl has no name for it. */
export function describeLanguage(tag: string): string {
  try {
    return languageName(tag, 'en')
  } catch {
    return tag
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
