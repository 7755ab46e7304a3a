import type { Category, Cookie, Jurisdiction, Purpose, Recipient, RetentionRule } from '../resolve/model.js'

/**
 * The words readers see for the format's enumerations. Kept in one place so that every format
 * (Markdown, HTML, SVG, JSON-LD descriptions) says the same thing, and so that a later locale
 * stage has one table to translate.
 */

export type Basis = NonNullable<Purpose['basis']>
export type Safeguard = NonNullable<Recipient['transfer']> | NonNullable<Recipient['safeguards']>[number]

export const BASIS_WORDS: Record<Basis, string> = {
  consent: 'Consent',
  contract: 'Contract',
  'legal-obligation': 'Legal obligation',
  'vital-interests': 'Vital interests',
  'public-task': 'Public task',
  'legitimate-interests': 'Legitimate interests',
  'recognised-legitimate-interest': 'Recognised legitimate interest',
  'express-consent': 'Express consent',
  'implied-consent': 'Implied consent',
  'not-required': 'No consent required',
  'public-policy': 'Carrying out public policies',
  research: 'Studies by a research body',
  'legal-claims': 'Exercise of rights in legal proceedings',
  'health-protection': 'Protection of health',
  'credit-protection': 'Protection of credit',
  'data-subject-interest': 'Your legitimate interest',
}

/**
 * A basis with its article in the region's law, from the catalog's `bases`: "Contract (GDPR Art
 * 6(1)(b))", "Contract (LGPD Art 7(V))", "Implied consent (PIPEDA Sch. 1, Principle 4.3.6)".
 */
export function basisWords(basis: Basis, region: Jurisdiction): string {
  const cited = region.bases?.[basis]
  return cited ? `${BASIS_WORDS[basis]} (${cited})` : BASIS_WORDS[basis]
}

/** Whether a region's page states a legal basis for each purpose. */
export function showsLegalBasis(region: Jurisdiction): boolean {
  return region['requires-legal-basis'] === true || region['legal-bases'].length > 0
}

export const ROLE_WORDS: Record<Recipient['role'], string> = {
  processor: 'Processor',
  'third-party': 'Third party',
  affiliate: 'Affiliate',
  'business-partner': 'Business partner',
  'oauth-client': 'OAuth client',
  'other-users': 'Other users',
  authority: 'Authority',
  acquirer: 'Acquirer',
  public: 'The public',
  'customer-organisation': 'The organisation that administers your account',
  // Named by the notice without its role: said so, never guessed.
  'not-stated': 'Not stated',
}

type Source = NonNullable<Category['sources']>[number]
export const SOURCE_WORDS: Record<Source, string> = {
  you: 'You',
  automatic: 'Your device, automatically',
  'third-party': 'Third parties',
  public: 'Public sources',
  'social-login': 'Social login providers',
  clients: 'Our business customers',
  'other-users': 'Other users',
  inferred: 'Inferred by us from other data',
  affiliates: 'Our affiliates',
  'own-service': 'Another of our services',
}

const TRIGGER_WORDS: Record<string, string> = {
  'account-lifetime': 'As long as you have an account',
  'until-consent-withdrawn': 'Until you withdraw your consent',
  'until-purpose-fulfilled': 'Until the purpose is fulfilled',
  session: 'For the session',
  indefinite: 'Indefinitely',
  // `period: not-stated`: the source gives no period, and the page says so rather than guess one.
  'not-stated': 'Not stated',
}

export const THEN_WORDS: Record<NonNullable<RetentionRule['then']>, string> = {
  delete: 'Deleted',
  anonymize: 'Anonymised',
  isolate: 'Kept apart from any further processing',
  deactivate: 'Deactivated',
  review: 'Reviewed',
}

export const COOKIE_TYPE_WORDS: Record<Cookie['type'], string> = {
  'strictly-necessary': 'Strictly necessary',
  functional: 'Functional',
  analytics: 'Analytics',
  advertising: 'Advertising',
  'social-media': 'Social media',
  // The notice lists the cookie without its kind: said so, never guessed.
  'not-stated': 'Not stated',
}

const DURATION_UNITS: readonly [string, string][] = [
  ['Y', 'year'],
  ['M', 'month'],
  ['W', 'week'],
  ['D', 'day'],
]
const TIME_UNITS: readonly [string, string][] = [
  ['H', 'hour'],
  ['M', 'minute'],
  ['S', 'second'],
]

/** "P1Y6M" → "1 year and 6 months"; the schema guarantees the form. */
export function durationWords(duration: string): string {
  const [date = '', time = ''] = duration.slice(1).split('T')
  const parts: string[] = []
  const read = (text: string, units: readonly [string, string][]) => {
    for (const [letter, unit] of units) {
      const match = new RegExp(`(\\d+)${letter}`).exec(text)
      if (match) parts.push(`${Number(match[1])} ${unit}${Number(match[1]) === 1 ? '' : 's'}`)
    }
  }
  read(date, DURATION_UNITS)
  read(time, TIME_UNITS)
  return joinWords(parts)
}

/** How long a retention rule keeps data, in words. */
export function periodWords(rule: RetentionRule): string {
  const trigger = TRIGGER_WORDS[rule.period]
  if (trigger) return trigger
  const length = durationWords(rule.period)
  return rule.after ? `${length} after ${rule.after}` : length
}

export function cookieDurationWords(duration: Cookie['duration']): string {
  // Absent or `not-stated`: the source gives no lifetime, and the page says so (house rule: never a default).
  if (duration === undefined || duration === 'not-stated') return 'Not stated'
  // `persistent`: the notice says it outlives the session and no more, so the page says no more.
  if (duration === 'persistent') return 'Persistent; how long is not stated'
  return duration === 'session' ? 'Until you close the browser' : durationWords(duration)
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })

/** "US" → "United States". Fixed to English, so output does not depend on the machine's locale. */
export function countryName(code: string): string {
  if (code === 'EU') return 'European Union'
  return regionNames.of(code) ?? code
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** "2025-06-01" → "1 June 2025", read from the string itself: no Date, no time zone. */
export function dateWords(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`
}

/** "a", "a and b", "a, b and c". */
export function joinWords(items: readonly string[], last = 'and'): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`
}

/** "personal data" → "Personal data". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
