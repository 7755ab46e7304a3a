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
      ['recipient.transfer', defs.recipient!.properties!.transfer!.enum, en.safeguard],
      ['recipient.transfer (short)', defs.recipient!.properties!.transfer!.enum, en.safeguardShort],
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
