import { readFileSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diffTranslations, languageLinks, loadTranslations, localeFolder, pageAlternates, type Translation } from '../../src/locale/index.js'
import { build, listFiles, tempFolder, XWMS } from '../site/site-helpers.js'
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

describe('loadTranslations', () => {
  it('reads a policy path shown relative to `cwd` from there, whatever the process’s folder', async () => {
    const dir = await copyPolicy(base)
    try {
      // `model.source.path` is such a path: the site stage passes it with the build's `cwd`.
      const loaded = await loadTranslations('.', { cwd: dir })
      expect(loaded.diagnostics).toEqual([])
      expect(loaded.translations.map((t) => [t.language, t.file.path])).toEqual([['nl', 'locales/nl.yaml']])
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

/**
 * Issue 10: a Dutch page has no English word that policyc itself writes. Each row is a phrase the
 * English page has, the Dutch words the Dutch page has in its place, and the page (under
 * `xwms-privacy/` and `xwms-privacy/nl/`) where both are; the English phrase must then be on no
 * Dutch page at all. Proper names (laws, authorities) and the editor's own text are not here: the
 * first stay as they are, the second come from locales/nl.yaml.
 */
const PHRASES: readonly { what: string; en: string; nl: string; page: string }[] = [
  { what: 'CCPA table caption', en: 'Categories of personal information under the CCPA', nl: 'Categorieën persoonsgegevens volgens de CCPA', page: 'us-ca/index.md' },
  { what: 'CCPA table headers', en: '| Category | Examples | Collected |', nl: '| Categorie | Voorbeelden | Verzameld |', page: 'us-ca/index.md' },
  { what: 'CCPA category A', en: 'A. Identifiers', nl: 'A. Identificatiegegevens', page: 'us-ca/index.html' },
  { what: 'CCPA category H', en: 'H. Sensory data', nl: 'H. Zintuiglijke gegevens', page: 'us-ca/index.md' },
  { what: 'CCPA category L', en: 'L. Sensitive personal information', nl: 'L. Gevoelige persoonsgegevens', page: 'us-ca/index.md' },
  { what: 'flow picture: counts', en: 'categories of personal data are used for', nl: 'categorieën persoonsgegevens worden gebruikt voor', page: 'eea/index.html' },
  { what: 'flow picture: transfers', en: 'Recipients outside the controller', nl: 'Ontvangers buiten het land van de verwerkingsverantwoordelijke', page: 'eea/index.html' },
  { what: 'flow picture: one transfer', en: '(United States, Standard contractual clauses (GDPR Art 46(2)(c)))', nl: '(Verenigde Staten, waarborg: Modelcontractbepalingen (art. 46(2)(c) AVG))', page: 'eea/index.html' },
  { what: 'flow picture: last sentence', en: 'The tables on this page list the same facts in full.', nl: 'De tabellen op deze pagina geven dezelfde feiten volledig weer.', page: 'eea/index.html' },
  { what: 'flow picture: column', en: '>Recipients</text>', nl: '>Ontvangers</text>', page: 'eea/index.html#flow' },
  { what: 'flow picture: planned recipient', en: '<title>OpenAI (planned)', nl: '<title>OpenAI (gepland)', page: 'eea/index.html#flow' },
  { what: 'transfers table: safeguard with its article', en: '| Standard contractual clauses (GDPR Art 46(2)(c)) |', nl: '| Modelcontractbepalingen (art. 46(2)(c) AVG) |', page: 'eea/index.md' },
  { what: 'rights: response deadline', en: 'we must answer within 1 month (GDPR Art 12(3))', nl: 'wij moeten binnen 1 maand antwoorden (art. 12(3) AVG)', page: 'eea/index.md' },
  { what: 'JSON-LD: page name', en: 'Privacy Notice (California)', nl: 'Privacyverklaring (Californië)', page: 'us-ca/policy.jsonld' },
  { what: 'JSON-LD: place', en: '"name":"California"', nl: '"name":"Californië"', page: 'us-ca/policy.jsonld' },
  { what: 'JSON-LD: right', en: '"dct:title":"Right to know"', nl: '"dct:title":"Recht om te weten"', page: 'us-ca/policy.jsonld' },
  { what: 'JSON-LD: transfer safeguard', en: '"dct:description":"GDPR: Standard contractual clauses (GDPR Art 46(2)(c)) (United States)"', nl: '"dct:description":"AVG: Modelcontractbepalingen (art. 46(2)(c) AVG) (Verenigde Staten)"', page: 'eea/policy.jsonld' },
  { what: 'JSON-LD: retention period', en: '"dct:description":"As long as you have an account"', nl: '"dct:description":"Zolang u een account hebt"', page: 'eea/policy.jsonld' },
  // XWMS's legal retention has `period: not-stated` (the seed gives none): the table says so in each language.
  { what: 'retention period not stated', en: '| Not stated | Not stated | Kept longer', nl: '| Niet vermeld | Niet vermeld | Langer bewaard', page: 'eea/index.md' },
  { what: 'footer', en: 'Published with policyc', nl: 'Gepubliceerd met policyc', page: 'eea/index.html' },
  { what: 'footer link', en: '>All notices</a>', nl: '>Alle verklaringen</a>', page: 'index.html' },
  { what: 'global page: region-only passage', en: '**Only in California:**', nl: '**Alleen voor Californië:**', page: 'index.md' },
]

describe('the Dutch pages of XWMS', () => {
  let out: string
  let dutchPages: string[]
  /** A file under `xwms-privacy/`; `page.html#flow` is the data-flow picture file that page links. */
  const read = (path: string): string => {
    const [file, fragment] = path.split('#') as [string, string | undefined]
    const text = readFileSync(join(out, 'xwms-privacy', file), 'utf8')
    if (fragment !== 'flow') return text
    const src = /<img src="([^"]+\.svg)"/.exec(text)![1]!
    return readFileSync(join(out, 'xwms-privacy', dirname(file), src), 'utf8')
  }

  beforeAll(async () => {
    out = join(tempFolder('policyc-dutch-'), 'dist')
    expect((await build([XWMS], { out })).written).toBe(true)
    dutchPages = listFiles(join(out, 'xwms-privacy', 'nl')).filter((file) => /\.(html|md|jsonld|svg)$/.test(file))
  }, 120_000)

  afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }))

  it('builds every variant in Dutch, each as HTML, Markdown and JSON-LD', () => {
    expect(dutchPages.filter((file) => !file.endsWith('.svg')).length).toBe(listFiles(join(out, 'xwms-privacy')).filter((file) => /^(?!nl\/|coverage\/|versions\/)[^/]*\/?(index\.html|index\.md|policy\.jsonld)$/.test(file)).length)
    expect(dutchPages).toContain('us-ca/index.md')
  })

  it.each(PHRASES)('$what: Dutch words where the English page has English ones', ({ en, nl, page }) => {
    expect(read(page)).toContain(en)
    expect(read(`nl/${page}`)).toContain(nl)
    expect(read(`nl/${page}`)).not.toContain(en)
  })

  it('has none of those English phrases on any Dutch page, in any region', () => {
    const found = dutchPages.flatMap((file) => {
      const text = read(`nl/${file}`)
      return PHRASES.filter(({ en }) => text.includes(en)).map(({ what }) => `nl/${file}: ${what}`)
    })
    expect(found).toEqual([])
  })

  it('says yes and no in Dutch in the CCPA table', () => {
    const rows = (text: string) => text.split('\n').filter((line) => /^\| [A-L]\. /.test(line))
    // The Collected column is the third; Sold or shared the seventh (11 CCR §7011(e)(1)).
    const cell = (row: string, index: number) => row.split(' | ')[index]
    expect(rows(read('us-ca/index.md')).every((row) => /^(Yes|No)$/.test(cell(row, 2)!))).toBe(true)
    const dutch = rows(read('nl/us-ca/index.md'))
    expect(dutch).toHaveLength(12)
    expect(dutch.every((row) => /^(Ja|Nee)$/.test(cell(row, 2)!))).toBe(true)
    expect(dutch.some((row) => cell(row, 6) === 'Gedeeld')).toBe(true)
  })
})
