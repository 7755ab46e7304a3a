import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diffTranslations, languageLinks, loadTranslations, localeFolder, pageAlternates, type Translation } from '../../src/locale/index.js'
import { base, check, copyPolicy, removeCopy } from './helpers.js'

describe('where each language’s pages go', () => {
  it('keeps the source at today’s paths and puts a translation under its tag', () => {
    expect(localeFolder('xwms-privacy', undefined, 'global')).toBe('xwms-privacy/')
    expect(localeFolder('xwms-privacy', undefined, 'us-ca')).toBe('xwms-privacy/us-ca/')
    expect(localeFolder('xwms-privacy', 'nl', 'global')).toBe('xwms-privacy/nl/')
    expect(localeFolder('xwms-privacy', 'nl', 'us-ca')).toBe('xwms-privacy/nl/us-ca/')
  })

  it('links every language version of a page, with x-default on the source', () => {
    const alternates = pageAlternates('xwms-privacy', 'eea', 'en', ['nl', 'de'])
    expect(alternates).toEqual([
      { hreflang: 'en', folder: 'xwms-privacy/eea/' },
      { hreflang: 'de', folder: 'xwms-privacy/de/eea/' },
      { hreflang: 'nl', folder: 'xwms-privacy/nl/eea/' },
      { hreflang: 'x-default', folder: 'xwms-privacy/eea/' },
    ])
    expect(languageLinks(alternates, 'nl').map((l) => [l.name, l.current])).toEqual([
      ['English', false],
      ['Deutsch', false],
      ['Nederlands', true],
    ])
  })

  it('check refuses a translation whose folder would be a region’s', async () => {
    const dir = await copyPolicy(base)
    try {
      await writeFile(join(dir, 'locales', 'us-CA.yaml'), 'language: us-CA\n')
      const collision = (await check(dir)).filter((d) => d.ruleId === 'locale-path-collision')
      expect(collision).toEqual([
        expect.objectContaining({ file: 'locales/us-CA.yaml', start: { line: 1, column: 11 }, severity: 'error', reason: '`us-CA` is also the id of a region this policy serves, so its pages and the us-CA region\'s would share dist/lingo/us-CA/' }),
      ])
    } finally {
      await removeCopy(dir)
    }
  })
})

describe('diffTranslations', () => {
  it('lists each changed entry; a change of hash alone is a restamp', async () => {
    const [before] = (await loadTranslations(base)).translations as [Translation]
    const data = structuredClone(before.data) as Record<string, Record<string, Record<string, unknown>>>
    data.sections!['who-we-are']!.title = 'Over ons'
    data.purposes!.account!['source-hash'] = '000000000000'
    delete data.cookies
    const after: Translation = { ...before, data: data as Translation['data'] }
    expect(diffTranslations([before], [after])).toEqual([
      { language: 'nl', key: 'cookies.session', change: 'removed' },
      { language: 'nl', key: 'purposes.account', change: 'restamped' },
      { language: 'nl', key: 'sections.who-we-are', change: 'changed' },
    ])
    expect(diffTranslations([], [before])).toEqual([{ language: 'nl', key: '*', change: 'added' }])
  })
})
