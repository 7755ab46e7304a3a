import { languageName } from '../i18n/names.js'
import { supportedLocale } from '../i18n/locales.js'
import { messages } from '../i18n/index.js'
import { GLOBAL } from '../variant/variant.js'

/**
 * Where the pages of each language go, and how they point at each other. The source language
 * keeps the paths it has always had (`<policy>/`, `<policy>/<region>/`), so no published link
 * breaks; a translation adds `<policy>/<language>/` and `<policy>/<language>/<region>/`.
 * (`check` refuses a translation whose tag is also a region id of the policy: their folders
 * would be the same.) Pure functions of ids, for the site stage to call.
 */

/** The site folder of one variant in one language; `language` undefined is the source language. */
export function localeFolder(policyId: string, language: string | undefined, variantKey: string): string {
  const root = language === undefined ? `${policyId}/` : `${policyId}/${language}/`
  return variantKey === GLOBAL ? root : `${root}${variantKey}/`
}

/** The same page in another language. */
export interface Alternate {
  /** The `hreflang` value: a BCP 47 tag, or `x-default` for the source page. */
  hreflang: string
  /** Its site folder (the page is `index.html` in it). */
  folder: string
}

/**
 * Every language version of one page, for `<link rel="alternate" hreflang>` and the sitemap's
 * `xhtml:link`: the source language first, then the translations by tag, then `x-default`
 * pointing at the source page (what a reader whose language has no version gets).
 */
export function pageAlternates(policyId: string, variantKey: string, sourceLanguage: string, translations: readonly string[]): Alternate[] {
  const source = localeFolder(policyId, undefined, variantKey)
  return [
    { hreflang: sourceLanguage, folder: source },
    ...[...translations].sort().map((language) => ({ hreflang: language, folder: localeFolder(policyId, language, variantKey) })),
    { hreflang: 'x-default', folder: source },
  ]
}

/** One entry of a language switcher: the language named in itself ("Nederlands"), so a reader finds their own. */
export interface LanguageLink {
  hreflang: string
  name: string
  folder: string
  current: boolean
}

export function languageLinks(alternates: readonly Alternate[], currentLanguage: string): LanguageLink[] {
  return alternates
    .filter((a) => a.hreflang !== 'x-default')
    .map((a) => ({ hreflang: a.hreflang, name: autonym(a.hreflang), folder: a.folder, current: a.hreflang === currentLanguage }))
}

function autonym(tag: string): string {
  // A regional tag (fr-CA) is named with its region by Intl; a bare built-in language by its catalog.
  return supportedLocale(tag) === tag ? messages(tag).autonym : languageName(tag)
}
