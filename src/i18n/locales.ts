/**
 * The languages policyc writes its own words in. A translation file may use a regional tag
 * (`nl-BE`, `fr-CA`); policyc's words then come from the language part (`nl`, `fr`).
 */
export const LOCALES = ['en', 'nl', 'de', 'fr', 'es'] as const
export type Locale = (typeof LOCALES)[number]

/** The languages whose legal words (rights, regions, terms) are translated; English is the catalog's own language. */
export type TranslatedLocale = Exclude<Locale, 'en'>

/**
 * The Intl locale each language formats dates, lists and plurals with. English is British
 * English, like the notices policyc ships ("1 June 2025", "a, b and c").
 */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = {
  en: 'en-GB',
  nl: 'nl-NL',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
}

/** The built-in language for a BCP 47 tag (`nl-BE` → `nl`), or undefined when policyc has none. */
export function supportedLocale(tag: string): Locale | undefined {
  const language = tag.split('-')[0]?.toLowerCase()
  return (LOCALES as readonly string[]).includes(language ?? '') ? (language as Locale) : undefined
}

/**
 * The built-in language for a tag, for API callers. An unsupported tag is a programmer error
 * (the check stage reports unsupported translation files before anything is rendered), so it
 * throws at once and names the API that was called.
 */
export function requireLocale(tag: string, api: string): Locale {
  const locale = supportedLocale(tag)
  if (!locale) throw new RangeError(`${api}: no built-in words for \`${tag}\`; policyc has ${LOCALES.join(', ')}`)
  return locale
}
