import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../../src/catalog/catalog.js'
import { LEGAL_WORDS, MESSAGES } from '../../src/i18n/catalogs.js'
import { LOCALES, messages, regionName, rightName } from '../../src/i18n/index.js'
import { ENGLISH_TERMS, NAMED_REGIONS, RIGHT_KEYS } from '../../src/i18n/legal/types.js'
import { PERIOD_TRIGGERS } from '../../src/i18n/messages/types.js'
import { root } from '../helpers/paths.js'

type Tree = { [key: string]: Tree | string | ((...args: never[]) => string) }

/** Every leaf of a catalog as `path: kind`, so two catalogs compare by shape (a phrase may ignore its arguments, so arity is not compared). */
function shape(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') return [`${path}: text`]
    if (typeof value === 'function') return [`${path}: function`]
    return shape(value, path)
  })
}

/** Every text a catalog can produce, functions called with sample arguments. */
function texts(tree: Tree): string[] {
  const terms = { 'personal-data': 'personal data', controller: 'controller', 'data-subject': 'data subject', 'sensitive-data': 'sensitive data' }
  // One sample that serves every signature: a phrase reads the terms, the page description its named fields.
  const sample = { ...terms, title: 'Title', region: 'Region', date: '1 June 2025', terms }
  return Object.values(tree).flatMap((value) => {
    if (typeof value === 'string') return [value]
    if (typeof value === 'function') return [(value as (...args: unknown[]) => string)(sample, 'X')]
    return texts(value)
  })
}

const policySchema = JSON.parse(readFileSync(`${root}schemas/policy.schema.json`, 'utf8')) as { $defs: Record<string, { enum?: string[]; properties?: Record<string, { enum?: string[]; anyOf?: { enum?: string[] }[]; items?: { enum?: string[] } }> }> }
const defs = policySchema.$defs
const catalog = loadCatalog()

describe('message catalogs', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s has every key English has, of the same kind', (locale) => {
    expect(shape(MESSAGES[locale] as unknown as Tree)).toEqual(shape(MESSAGES.en as unknown as Tree))
  })

  it.each(LOCALES)('%s has no empty text', (locale) => {
    for (const text of texts(MESSAGES[locale] as unknown as Tree)) expect(text.trim()).not.toBe('')
  })

  it('covers every value of every enumeration of the policy schema that policyc puts into words', () => {
    const en = MESSAGES.en
    const pairs: [string, readonly string[] | undefined, object][] = [
      ['legalBasis', defs.legalBasis!.enum, en.basis],
      ['recipient.role', defs.recipient!.properties!.role!.enum, en.role],
      // `transfer` and every mechanism of `safeguards` (UK Extension, Swiss–US DPF, Swiss SCCs) are put into words.
      ['recipient.transfer', [...new Set([...defs.recipient!.properties!.transfer!.enum!, ...defs.recipient!.properties!.safeguards!.items!.enum!])], en.safeguard],
      ['recipient.transfer (short)', [...new Set([...defs.recipient!.properties!.transfer!.enum!, ...defs.recipient!.properties!.safeguards!.items!.enum!])], en.safeguardShort],
      ['category.sources', defs.category!.properties!.sources!.items!.enum, en.source],
      ['category.ccpa', defs.category!.properties!.ccpa!.enum, en.ccpaCategory],
      ['retentionRule.then', defs.retentionRule!.properties!.then!.enum, en.then],
      ['retentionRule.period', defs.retentionRule!.properties!.period!.anyOf!.flatMap((b) => b.enum ?? []), en.trigger],
      ['cookie.type', defs.cookie!.properties!.type!.enum, en.cookieType],
      ['cookie.technology', defs.cookie!.properties!.technology!.enum, en.technology],
      ['channel.type', defs.channel!.properties!.type!.enum, en.channelType],
      ['rightLimit.scope', defs.rightLimit!.properties!.scope!.enum, en.scope],
    ]
    for (const [name, values, words] of pairs) expect([name, [...(values ?? [])].sort()]).toEqual([name, Object.keys(words).sort()])
    expect([...PERIOD_TRIGGERS].sort()).toEqual(Object.keys(en.trigger).sort())
  })

  it('words the data-flow picture’s text alternative in the number each count needs', () => {
    const terms = { 'personal-data': 'personal data', controller: 'controller', 'data-subject': 'data subject', 'sensitive-data': 'sensitive data' }
    const counts = (locale: (typeof LOCALES)[number], n: number) => MESSAGES[locale].flow.counts({ categories: n, purposes: n, recipients: n }, terms)
    expect(counts('en', 1)).toBe('1 category of personal data is used for 1 purpose and shared with 1 recipient.')
    expect(counts('en', 3)).toBe('3 categories of personal data are used for 3 purposes and shared with 3 recipients.')
    expect(counts('nl', 1)).toBe('1 categorie persoonsgegevens wordt gebruikt voor 1 doel en gedeeld met 1 ontvanger.')
    expect(counts('nl', 3)).toBe('3 categorieën persoonsgegevens worden gebruikt voor 3 doelen en gedeeld met 3 ontvangers.')
    expect(counts('de', 3)).toBe('3 Kategorien personenbezogener Daten werden für 3 Zwecke verwendet und an 3 Empfänger weitergegeben.')
    expect(counts('fr', 1)).toBe('1 catégorie de données personnelles est utilisée pour 1 finalité et communiquée à 1 destinataire.')
    expect(counts('es', 3)).toBe('3 categorías de datos personales se usan para 3 finalidades y se comunican a 3 destinatarios.')
    // A transfer without a stated safeguard says so, in every language.
    expect(MESSAGES.en.flow.transfer('Mollie', 'United States', undefined)).toBe('Mollie (United States, no safeguard stated)')
    expect(MESSAGES.en.flow.transfer('Mollie', 'United States', MESSAGES.en.safeguard.scc)).toBe('Mollie (United States, Standard contractual clauses)')
    for (const locale of LOCALES) expect(MESSAGES[locale].flow.transfer('Mollie', 'X', undefined)).not.toBe(MESSAGES[locale].flow.transfer('Mollie', 'X', MESSAGES[locale].safeguard.scc))
  })

  it('messages() accepts a regional tag and refuses a language it has no words in', () => {
    expect(messages('nl-BE')).toBe(MESSAGES.nl)
    expect(() => messages('it')).toThrow('messages(): no built-in words for `it`; policyc has en, nl, de, fr, es')
  })
})

describe('legal words', () => {
  const rightKeys = new Set(catalog.jurisdictions.flatMap((j) => j.rights.map((r) => r.key)))
  const terms = new Set(catalog.jurisdictions.flatMap((j) => Object.values(j.terminology)))

  it('list every right key, term and multi-country region of the jurisdiction catalog', () => {
    expect([...RIGHT_KEYS].sort()).toEqual([...rightKeys].sort())
    expect([...ENGLISH_TERMS].sort()).toEqual([...terms].sort())
    const notOneCountry = catalog.jurisdictions.filter((j) => j.codes.length !== 1 || !/^[A-Z]{2}$/.test(j.codes[0]!)).map((j) => j.id)
    expect([...NAMED_REGIONS].sort()).toEqual(notOneCountry.sort())
  })

  it.each(Object.keys(LEGAL_WORDS))('%s names every right of every region, and every region', (locale) => {
    for (const region of catalog.jurisdictions) {
      expect(regionName(region.id, locale).trim()).not.toBe('')
      for (const right of region.rights) expect(rightName(region.id, right.key, locale).trim()).not.toBe('')
    }
  })

  it('English keeps the catalog’s own words', () => {
    for (const region of catalog.jurisdictions) {
      expect(regionName(region.id, 'en')).toBe(region.name)
      for (const right of region.rights) expect(rightName(region.id, right.key, 'en')).toBe(right.name)
    }
  })
})
