import { INTL_LOCALE, requireLocale, type Locale } from './locales.js'
import { messageCatalog } from './catalogs.js'
import { PERIOD_TRIGGERS, type DurationUnit, type PeriodTrigger, type PluralForms } from './messages/types.js'

/**
 * Numbers, lists, durations and dates in words, per language, with Intl. Every formatter is
 * built once per language and reused: constructing Intl objects is the slow part. Output never
 * depends on the machine's locale or time zone.
 */

interface Formatters {
  number: Intl.NumberFormat
  plural: Intl.PluralRules
  and: Intl.ListFormat
  or: Intl.ListFormat
  date: Intl.DateTimeFormat
}

const formatters = new Map<Locale, Formatters>()

function formattersFor(locale: Locale): Formatters {
  let found = formatters.get(locale)
  if (!found) {
    const tag = INTL_LOCALE[locale]
    found = {
      number: new Intl.NumberFormat(tag),
      plural: new Intl.PluralRules(tag),
      and: new Intl.ListFormat(tag, { type: 'conjunction' }),
      or: new Intl.ListFormat(tag, { type: 'disjunction' }),
      // UTC: a date written 2025-06-01 is that day everywhere, whatever TZ the build runs in.
      date: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    }
    formatters.set(locale, found)
  }
  return found
}

/** "1000" → "1,000" / "1.000" / "1 000". */
export function formatNumber(value: number, locale: string): string {
  return formattersFor(requireLocale(locale, 'formatNumber()')).number.format(value)
}

/** ["a", "b", "c"] → "a, b and c" / "a, b en c" / "a, b und c". */
export function formatList(items: readonly string[], locale: string, type: 'and' | 'or' = 'and'): string {
  return formattersFor(requireLocale(locale, 'formatList()'))[type].format(items)
}

/** A count with its unit in the plural form the language needs: (7, 'year', 'nl') → "7 jaar". */
export function formatCount(count: number, unit: DurationUnit, locale: string): string {
  const resolved = requireLocale(locale, 'formatCount()')
  const { plural, number } = formattersFor(resolved)
  const forms: PluralForms = messageCatalog(resolved).units[unit]
  const form = forms[plural.select(count)] ?? forms.other
  return form.replace('{n}', number.format(count))
}

const DURATION = /^P(?=[0-9T])(?:([0-9]+)Y)?(?:([0-9]+)M)?(?:([0-9]+)W)?(?:([0-9]+)D)?(?:T(?=[0-9])(?:([0-9]+)H)?(?:([0-9]+)M)?(?:([0-9]+)S)?)?$/
const DURATION_UNITS: readonly DurationUnit[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second']

/**
 * An ISO 8601 duration in words: "P7Y" → "7 years" / "7 jaar" / "7 Jahre" / "7 ans" / "7 años",
 * "P1Y6M" → "1 year and 6 months". The schema guarantees the form, so anything else is a bug.
 */
export function formatDuration(iso: string, locale: string): string {
  const match = DURATION.exec(iso)
  if (!match) throw new RangeError(`formatDuration(): \`${iso}\` is not an ISO 8601 duration such as P7Y`)
  const parts: string[] = []
  DURATION_UNITS.forEach((unit, index) => {
    const digits = match[index + 1]
    if (digits !== undefined) parts.push(formatCount(Number(digits), unit, locale))
  })
  return formatList(parts, locale)
}

/** Whether a retention period is a named trigger (`account-lifetime`) rather than a duration. */
export function isPeriodTrigger(period: string): period is PeriodTrigger {
  return (PERIOD_TRIGGERS as readonly string[]).includes(period)
}

/**
 * How long a retention rule keeps data: a named trigger in words ("As long as you have an
 * account"), or a duration, counted from `after` when given (already in the page's language).
 */
export function formatPeriod(period: string, locale: string, after?: string): string {
  const words = messageCatalog(requireLocale(locale, 'formatPeriod()'))
  if (isPeriodTrigger(period)) return words.trigger[period]
  const length = formatDuration(period, locale)
  return after ? words.durationAfter(length, after) : length
}

/** A cookie's lifetime: a duration, `session`, or not stated. */
export function formatCookieDuration(duration: string | undefined, locale: string): string {
  const words = messageCatalog(requireLocale(locale, 'formatCookieDuration()'))
  if (duration === undefined || duration === 'not-stated') return words.cookieDuration.notStated
  // `persistent`: the notice says it outlives the session and no more, so the page says no more.
  if (duration === 'persistent') return words.cookieDuration.persistent
  return duration === 'session' ? words.cookieDuration.session : formatDuration(duration, locale)
}

const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/

/** "2025-06-01" → "1 June 2025" / "1 juni 2025" / "1. Juni 2025" / "1 juin 2025" / "1 de junio de 2025". */
export function formatDate(isoDate: string, locale: string): string {
  const match = ISO_DATE.exec(isoDate)
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined
  if (!date || date.toISOString().slice(0, 10) !== isoDate) throw new RangeError(`formatDate(): \`${isoDate}\` is not a calendar date written YYYY-MM-DD`)
  return formattersFor(requireLocale(locale, 'formatDate()')).date.format(date)
}
