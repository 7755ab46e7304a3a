import { describe, expect, it } from 'vitest'
import { formatCookieDuration, formatDate, formatDuration, formatList, formatPeriod } from '../../src/i18n/index.js'

// Far from UTC: a formatter that used the machine's time zone would print 31 May for 1 June.
// Set before the first call, because formatters are built once, on first use.
process.env.TZ = 'Pacific/Pago_Pago'

const LANGUAGES = ['en', 'nl', 'de', 'fr', 'es'] as const

/** Golden strings: one column per language, in the order above. */
const DURATIONS: Record<string, readonly string[]> = {
  P7Y: ['7 years', '7 jaar', '7 Jahre', '7 ans', '7 años'],
  P1Y: ['1 year', '1 jaar', '1 Jahr', '1 an', '1 año'],
  P2Y: ['2 years', '2 jaar', '2 Jahre', '2 ans', '2 años'],
  P6M: ['6 months', '6 maanden', '6 Monate', '6 mois', '6 meses'],
  P1D: ['1 day', '1 dag', '1 Tag', '1 jour', '1 día'],
  P30D: ['30 days', '30 dagen', '30 Tage', '30 jours', '30 días'],
  P1Y6M: ['1 year and 6 months', '1 jaar en 6 maanden', '1 Jahr und 6 Monate', '1 an et 6 mois', '1 año y 6 meses'],
  P2W3DT12H: ['2 weeks, 3 days and 12 hours', '2 weken, 3 dagen en 12 uur', '2 Wochen, 3 Tage und 12 Stunden', '2 semaines, 3 jours et 12 heures', '2 semanas, 3 días y 12 horas'],
  PT1M30S: ['1 minute and 30 seconds', '1 minuut en 30 seconden', '1 Minute und 30 Sekunden', '1 minute et 30 secondes', '1 minuto y 30 segundos'],
  P1000D: ['1,000 days', '1.000 dagen', '1.000 Tage', '1\u202F000 jours', '1000 días'],
}

const DATES: Record<string, readonly string[]> = {
  '2025-06-01': ['1 June 2025', '1 juni 2025', '1. Juni 2025', '1 juin 2025', '1 de junio de 2025'],
  '2024-02-29': ['29 February 2024', '29 februari 2024', '29. Februar 2024', '29 février 2024', '29 de febrero de 2024'],
  '2025-12-31': ['31 December 2025', '31 december 2025', '31. Dezember 2025', '31 décembre 2025', '31 de diciembre de 2025'],
}

describe('formatDuration', () => {
  it.each(Object.entries(DURATIONS))('%s', (iso, expected) => {
    expect(LANGUAGES.map((l) => formatDuration(iso, l))).toEqual(expected)
  })

  it('refuses what is not an ISO 8601 duration, naming the API (the schema guarantees the form)', () => {
    expect(() => formatDuration('7 years', 'en')).toThrow('formatDuration(): `7 years` is not an ISO 8601 duration such as P7Y')
  })
})

describe('formatDate', () => {
  it.each(Object.entries(DATES))('%s, whatever the time zone', (iso, expected) => {
    expect(LANGUAGES.map((l) => formatDate(iso, l))).toEqual(expected)
  })

  it('refuses a date that is not on the calendar', () => {
    expect(() => formatDate('2025-02-30', 'nl')).toThrow('formatDate(): `2025-02-30` is not a calendar date written YYYY-MM-DD')
  })
})

describe('periods and lists', () => {
  it('names triggers and counts durations from `after`', () => {
    expect(LANGUAGES.map((l) => formatPeriod('account-lifetime', l))).toEqual(['As long as you have an account', 'Zolang u een account hebt', 'Solange Sie ein Konto haben', 'Tant que vous avez un compte', 'Mientras tenga una cuenta'])
    expect(formatPeriod('P7Y', 'en', 'the end of the financial year')).toBe('7 years after the end of the financial year')
    expect(formatPeriod('P7Y', 'nl', 'het einde van het boekjaar')).toBe('7 jaar na het einde van het boekjaar')
  })

  it('gives a cookie’s lifetime', () => {
    expect(LANGUAGES.map((l) => formatCookieDuration('session', l))).toEqual(['Until you close the browser', 'Tot u de browser sluit', 'Bis Sie den Browser schließen', 'Jusqu’à la fermeture du navigateur', 'Hasta que cierre el navegador'])
    expect(LANGUAGES.map((l) => formatCookieDuration('P2Y', l))).toEqual(DURATIONS.P2Y)
    expect(formatCookieDuration(undefined, 'de')).toBe('Nicht angegeben')
  })

  it('joins lists the way each language does', () => {
    expect(LANGUAGES.map((l) => formatList(['a', 'b', 'c'], l))).toEqual(['a, b and c', 'a, b en c', 'a, b und c', 'a, b et c', 'a, b y c'])
    expect(formatList(['a', 'b'], 'nl', 'or')).toBe('a of b')
  })
})
