/**
 * The words policyc itself writes, in every language it supports, and the Intl formatting of
 * numbers, lists, durations and dates. Synchronous and side-effect free: the render stage calls
 * `messages(locale)` once per page and the formatters per value.
 *
 *   messages('nl').page.inShort                 → "In het kort"
 *   messages('de').tables.categories.caption(t) → "Kategorien personenbezogener Daten"
 *   formatDuration('P7Y', 'fr')                 → "7 ans"
 *   formatDate('2025-06-01', 'es')              → "1 de junio de 2025"
 *   rightName('eea', 'right-erasure', 'nl')     → "Recht op gegevenswissing (recht op vergetelheid)"
 */
import { messageCatalog } from './catalogs.js'
import { requireLocale } from './locales.js'
import type { Messages } from './messages/types.js'

export { LOCALES, INTL_LOCALE, supportedLocale, type Locale } from './locales.js'
export type { Messages, Phrase, Terminology, PageWords, CommonWords, TableWords, PluralForms } from './messages/types.js'
export { formatCookieDuration, formatCount, formatDate, formatDuration, formatList, formatNumber, formatPeriod, isPeriodTrigger } from './format.js'
export { authorityName, basisName, basisWithCitation, citation, countryName, languageName, lawName, legalTerm, localTerms, regionName, rightName } from './names.js'

/** The catalog of a language (`nl`, or a regional tag such as `nl-BE`); throws for a language policyc has no words in. */
export function messages(locale: string): Messages {
  return messageCatalog(requireLocale(locale, 'messages()'))
}
