import { authorityName, countryName, lawName, formatCookieDuration, formatDate, formatList, formatPeriod, localTerms, messages, regionName, supportedLocale, type Messages, type Terminology } from '../i18n/index.js'
import type { NamedAuthority } from '../applicability/index.js'
import type { Cookie, Jurisdiction, RetentionRule } from '../resolve/model.js'
import type { Variant } from '../variant/variant.js'
import { isDeclared } from '../resolve/declared-region.js'
import { cookieDurationWords, countryName as englishCountry, dateWords, joinWords, periodWords } from './words.js'

/**
 * The words of a page in its language (`variant.model.policy.language`). English keeps exactly the
 * words of words.ts and the templates, so English output never changes; any other built-in
 * language takes them from its message catalog and the Intl formatters of src/i18n.
 */

/** The catalog of a page's language, or undefined for English (and for a language policyc has no words in). */
export function localWords(language: string): Messages | undefined {
  const locale = supportedLocale(language)
  return locale === undefined || locale === 'en' ? undefined : messages(locale)
}

export function pageDate(iso: string, language: string): string {
  // `effective: not-stated`: a notice that gives no date says so rather than showing one.
  if (iso === 'not-stated') return (localWords(language) ?? messages('en')).words.notStated
  return localWords(language) ? formatDate(iso, language) : dateWords(iso)
}

export function pageList(items: readonly string[], language: string): string {
  return localWords(language) ? formatList(items, language) : joinWords(items)
}

/** A region's name in the page's language; the catalog's own name where the language has none. */
export function pageRegionName(region: Jurisdiction, language: string): string {
  if (!localWords(language)) return region.name
  try {
    return regionName(region.id, language)
  } catch {
    return region.name
  }
}

/**
 * The name a page gives an authority: a law's own authority (ICO, FDPIC) in the page's language
 * where the legal words name it; a lead authority or one the policy sets, as written.
 */
export function pageAuthorityName(region: Jurisdiction, authority: NamedAuthority, language: string): string {
  // A region the policy declares (`declared-regions`) has no translated names: the policy's own words stand.
  if (authority.kind !== 'own' || !localWords(language) || isDeclared(region)) return authority.name
  return authorityName(region.id, language) || authority.name
}

/** The law's word for personal data in the page's language. */
export function pageTerms(terms: Terminology, language: string): Terminology {
  if (!localWords(language)) return terms
  try {
    return localTerms(terms, language)
  } catch {
    return terms
  }
}

/** The catalog of a page's language (English: the `en` catalog, which has words.ts's words) and its names of countries. */
export function pageWords(language: string): { m: Messages; country: (code: string) => string } {
  const local = localWords(language)
  return {
    m: local ?? messages('en'),
    country: (code) => (local ? countryName(code, language) : englishCountry(code)),
  }
}

/** The words of a page's tables and picture: `pageWords`, and the law's terms in the page's language. */
export function tableWords(language: string, terms: Terminology): { m: Messages; terms: Terminology; country: (code: string) => string } {
  return { ...pageWords(language), terms: pageTerms(terms, language) }
}

export function pagePeriod(rule: RetentionRule, language: string): string {
  return localWords(language) ? formatPeriod(rule.period, language, rule.after) : periodWords(rule)
}

export function pageCookieDuration(duration: Cookie['duration'], language: string): string {
  return localWords(language) ? formatCookieDuration(duration, language) : cookieDurationWords(duration)
}

/** A law's short name as the page's language writes it (GDPR → AVG in Dutch), for the "LAW: …" labels of per-law facts. */
export function pageLawLabel(law: Jurisdiction, language: string): string {
  const short = law.laws[0].short
  return localWords(language) && !isDeclared(law) ? lawName(short, language) : short
}

/**
 * Who the page for readers outside every listed region is for: the regions the notice names (the
 * policy's `regions`), or that it names none; and that it states the notice, no law (no law of a
 * listed region reaches these readers by their residence, and policyc claims no other).
 */
export function outsideWords(variant: Variant): string {
  const { policy } = variant.model
  const m = localWords(policy.language) ?? messages('en')
  if (variant.model.regions.length === 0) return m.page.outsideNone
  return m.page.outside(pageList(variant.model.regions.map((r) => pageRegionName(r, policy.language)), policy.language))
}
