/**
 * The locale stage: a policy's translations (`policies/<id>/locales/<language>.yaml`), loaded,
 * validated and checked against the resolved source, and turned into a translated model for the
 * render stage. Chained into `checkPolicies` after resolve (src/pipeline.ts).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { PolicyModel } from '../resolve/model.js'
import { checkTranslation, type TranslationStatus } from './check-locale.js'
import { loadTranslations, type LoadTranslationsOptions, type Translation } from './load-locale.js'

export { checkTranslation, describeLanguage, type TranslationCheck, type TranslationStatus } from './check-locale.js'
// For the render stage: `bodyLocator(singleFileSource(translation.file), ['sections', id, 'body'])` places a problem in a translated body.
export { singleFileSource } from './check-bodies.js'
export { LOCALES_FOLDER, loadTranslations, type LoadTranslationsOptions, type Translation } from './load-locale.js'
export { localizeModel, type LocalizedModel } from './localize-model.js'
export { languageLinks, localeFolder, pageAlternates, type Alternate, type LanguageLink } from './locale-site.js'
export { diffTranslations, translationEntries, type TranslationChange } from './diff-translations.js'
export { entryHash, entryKey, sourceEntries, ENTRY_KINDS, type EntryKind, type SourceEntry } from './source-entries.js'
export { normaliseSourceText, sourceHash } from './source-hash.js'
export { stampTranslation, type StampResult } from './stamp.js'

export interface LocalesCheck {
  /** The translations that loaded and validated, in file-name order (stale or not). */
  translations: Translation[]
  /** Per translation, where it stands; same order. */
  statuses: TranslationStatus[]
  diagnostics: Diagnostic[]
}

/** Loads and checks every translation of one resolved policy. */
export async function checkLocales(policyPath: string, model: PolicyModel, options: LoadTranslationsOptions = {}): Promise<LocalesCheck> {
  const loaded = await loadTranslations(policyPath, options)
  const diagnostics = [...loaded.diagnostics]
  const statuses: TranslationStatus[] = []
  for (const translation of loaded.translations) {
    const checked = checkTranslation(translation, model)
    diagnostics.push(...checked.diagnostics)
    statuses.push(checked.status)
  }
  return { translations: loaded.translations, statuses, diagnostics }
}
