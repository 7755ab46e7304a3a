import { jurisdiction, type Jurisdiction } from '../catalog/catalog.js'
import type { LegalBasis } from '../generated/policy.js'
import { legalWords, messageCatalog } from './catalogs.js'
import type { EnglishTerm, NamedRegion, RightKey } from './legal/types.js'
import { INTL_LOCALE, requireLocale, type Locale } from './locales.js'
import type { Terminology } from './messages/types.js'

/**
 * The names of legal things in a language: rights, regions, countries, terms, laws and legal
 * bases. English returns the jurisdiction catalog's own words, untouched; other languages look a
 * word up from the most specific table to the most general (region → family of law → any law).
 */

function regionOf(regionId: string, api: string): Jurisdiction {
  const found = jurisdiction(regionId)
  if (!found) throw new RangeError(`${api}: unknown region \`${regionId}\``)
  return found
}

/**
 * A right as the region's law names it, in a language: ('eea', 'right-erasure', 'nl') →
 * "Recht op gegevenswissing (recht op vergetelheid)", the official Dutch text of the GDPR.
 */
export function rightName(regionId: string, key: string, locale: string): string {
  const resolved = requireLocale(locale, 'rightName()')
  const region = regionOf(regionId, 'rightName()')
  const right = region.rights.find((r) => r.key === key)
  if (!right) throw new RangeError(`rightName(): region \`${regionId}\` has no right \`${key}\``)
  const words = legalWords(resolved)
  if (!words) return right.name
  const rightKey = key as RightKey
  const name = words.rightsByRegion[region.id]?.[rightKey] ?? words.rightsByFamily[region.family]?.[rightKey] ?? words.rights[rightKey]
  if (name === undefined) throw new RangeError(`rightName(): no ${locale} name for right \`${key}\``)
  return name
}

const displayNames = new Map<Locale, Intl.DisplayNames>()

function regionDisplayNames(locale: Locale): Intl.DisplayNames {
  let names = displayNames.get(locale)
  if (!names) {
    names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'region', fallback: 'code' })
    displayNames.set(locale, names)
  }
  return names
}

/** A country (ISO 3166-1 alpha-2, or `EU`) in a language, from Intl.DisplayNames: ('US', 'nl') → "Verenigde Staten". */
export function countryName(code: string, locale: string): string {
  const resolved = requireLocale(locale, 'countryName()')
  if (code === 'EU') return messageCatalog(resolved).europeanUnion
  return regionDisplayNames(resolved).of(code) ?? code
}

/**
 * A region of the catalog in a language: a single country is named by Intl.DisplayNames
 * ('uk', 'de') → "Vereinigtes Königreich"; a state, province or the EEA by the language's table.
 */
export function regionName(regionId: string, locale: string): string {
  const resolved = requireLocale(locale, 'regionName()')
  const region = regionOf(regionId, 'regionName()')
  const words = legalWords(resolved)
  if (!words) return region.name
  const named = words.regions[region.id as NamedRegion]
  if (named !== undefined) return named
  const [code] = region.codes
  if (region.codes.length !== 1 || code === undefined || !/^[A-Z]{2}$/.test(code)) throw new RangeError(`regionName(): no ${locale} name for region \`${regionId}\``)
  return countryName(code, resolved)
}

/** One of the catalog's English legal terms in a language: ('personal information', 'fr') → "renseignements personnels". */
export function legalTerm(term: string, locale: string): string {
  const words = legalWords(requireLocale(locale, 'legalTerm()'))
  if (!words) return term
  const found = words.terms[term as EnglishTerm]
  if (found === undefined) throw new RangeError(`legalTerm(): no ${locale} word for \`${term}\``)
  return found
}

/** A region's terminology (its law's words for personal data, controller, …) in a language. */
export function localTerms(terms: Terminology, locale: string): Terminology {
  return {
    'personal-data': legalTerm(terms['personal-data'], locale),
    controller: legalTerm(terms.controller, locale),
    'data-subject': legalTerm(terms['data-subject'], locale),
    'sensitive-data': legalTerm(terms['sensitive-data'], locale),
  }
}

/** A law's short name as the language writes it: ('GDPR', 'de') → "DSGVO"; others unchanged. */
export function lawName(short: string, locale: string): string {
  return legalWords(requireLocale(locale, 'lawName()'))?.laws[short] ?? short
}

/** A region's supervisory authority in a language, where it has a name there; else the catalog's. */
export function authorityName(regionId: string, locale: string): string {
  const region = regionOf(regionId, 'authorityName()')
  return legalWords(requireLocale(locale, 'authorityName()'))?.authorities[region.id] ?? region.authority?.name ?? ''
}

/** Laws the catalog cites article by article ("GDPR Art 15"); other citations are section numbers kept as written. */
const ARTICLE_CITATION = /^(UK GDPR|GDPR|FADP|LGPD) Art ([0-9].*)$/

/** A citation in the language's style: ('GDPR Art 15', 'nl') → "art. 15 AVG"; US code sections stay as written. */
export function citation(text: string, locale: string): string {
  const resolved = requireLocale(locale, 'citation()')
  if (resolved === 'en') return text
  const match = ARTICLE_CITATION.exec(text)
  if (!match) return text
  return messageCatalog(resolved).article(lawName(match[1]!, resolved), match[2]!)
}

/** A legal basis in words: ('contract', 'de') → "Vertrag". */
export function basisName(basis: LegalBasis, locale: string): string {
  return messageCatalog(requireLocale(locale, 'basisName()')).basis[basis]
}

/**
 * A legal basis as a region's page states it, with its article in that region's law from the
 * catalog's `bases` ("Contract (GDPR Art 6(1)(b))", "Overeenkomst (art. 6(1)(b) AVG)",
 * "Contract (LGPD Art 7(V))"); the bare words where the law gives the basis no article.
 */
export function basisWithCitation(basis: LegalBasis, regionId: string, locale: string): string {
  const region = regionOf(regionId, 'basisWithCitation()')
  const words = basisName(basis, locale)
  const cited = region.bases?.[basis]
  return cited ? `${words} (${citation(cited, locale)})` : words
}

/** A language's name, in that language by default, for a language switcher: 'nl' → "Nederlands", 'fr-CA' → "Français (Canada)". */
export function languageName(tag: string, inLanguage: string = tag): string {
  const names = new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' })
  const name = names.of(tag) ?? tag
  return name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1)
}
