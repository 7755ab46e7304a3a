import { deepFreeze } from '../catalog/catalog.js'
import type { Policy, Section } from '../generated/policy.js'
import type { DataPath } from '../load/locate.js'
import { parseProse, type ProseTree } from '../prose/parse-prose.js'
import { ENTITY_LISTS, listAt, type EntityEntry, type PolicyModel } from '../resolve/model.js'
import type { Translation } from './load-locale.js'
import { entryKey, needsTranslation, sourceEntries, sourceFieldPath } from './source-entries.js'
import { translatedEntry, translatedFields } from './translated-entries.js'

/** A policy as readers of one language get it. */
export interface LocalizedModel {
  /** The translation's language tag (`nl`): the page's `lang`, its hreflang and its JSON-LD `inLanguage`. */
  readonly language: string
  /** The source model with every translated text in place and `policy.language` set to the translation's; ids, facts, regions and order are the source's. */
  readonly model: PolicyModel
  /**
   * What is still shown in the source language, as entry keys (`sections.cookies`) or fields
   * (`sections.cookies.summary`), so a page can mark those passages with the source's `lang`.
   */
  readonly untranslated: ReadonlySet<string>
}

/**
 * Puts a translation's texts into a copy of the model, so every later stage (variant, render)
 * works on a translated policy exactly as on the source, with no idea it was translated. Texts
 * the file lacks stay in the source language and are listed in `untranslated`; a stale entry is
 * still used (`check` has reported it, as an error when it states facts). Never mutates `model`.
 */
export function localizeModel(model: PolicyModel, translation: Translation): LocalizedModel {
  const policy = structuredClone(model.policy) as Policy
  // The text is now in the translation's language: `<html lang>` and JSON-LD `inLanguage` follow it.
  policy.language = translation.language
  const untranslated = new Set<string>()
  for (const entry of sourceEntries(model.policy)) {
    const key = entryKey(entry)
    const found = translatedEntry(translation.data, entry.kind, entry.id)
    if (!found) {
      if (needsTranslation(entry)) untranslated.add(key)
      continue
    }
    const given = translatedFields(found)
    for (const field of entry.fields.keys()) {
      const value = found[field]
      // The listed rights' names go back to each right, in order (`rights.listed[i].name`); a stale list is still used, as any stale entry.
      if (given.has(field) && entry.kind === 'rights' && field === 'listed' && Array.isArray(value)) policy.rights?.listed?.forEach((right, i) => (right.name = typeof value[i] === 'string' ? (value[i] as string) : right.name))
      else if (given.has(field) && (typeof value === 'string' || Array.isArray(value))) setAt(policy, sourceFieldPath(entry, field), value)
      else if (!entry.optional.has(field)) untranslated.add(`${key}.${field}`)
    }
  }

  const entities = new Map<string, EntityEntry>()
  for (const [id, entry] of model.entities) {
    const list = ENTITY_LISTS.find((l) => l.kind === entry.kind)!
    const item = listAt(policy, list.path)[entry.path[entry.path.length - 1] as number]
    entities.set(id, { ...entry, label: list.label(item as never) })
  }
  const prose = new Map<string, ProseTree>()
  for (const section of policy.sections) prose.set(section.id, parseProse(section.body))
  if (policy.intro !== undefined) prose.set('#intro', parseProse(policy.intro))

  const frozen = deepFreeze(policy)
  // The section objects must be the frozen policy's own, so both views agree.
  const sections = new Map<string, { section: Section; index: number }>()
  for (const [id, { index }] of model.sections) sections.set(id, { section: frozen.sections[index]!, index })
  const localized: PolicyModel = {
    policy: frozen,
    source: model.source,
    regions: model.regions,
    entities,
    sections,
    prose,
  }
  return Object.freeze({ language: translation.language, model: Object.freeze(localized), untranslated })
}

/** Sets a value at a data path of a plain, unfrozen copy; the path always exists (it came from the source). */
function setAt(target: unknown, path: DataPath, value: unknown): void {
  let node = target as Record<string | number, unknown>
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>
  node[path[path.length - 1]!] = Array.isArray(value) ? [...(value as unknown[])] : value
}
