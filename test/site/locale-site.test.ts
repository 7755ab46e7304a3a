import { existsSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { messages } from '../../src/i18n/index.js'
import { build, tempFolder, XWMS } from './site-helpers.js'
import { markdownProblems, nuErrors } from './validators.js'

/** Issue 10, outputs: the Dutch translation of XWMS is built beside the English pages. */
describe('the site in every language', () => {
  let out: string
  const page = (path: string) => readFileSync(join(out, path), 'utf8')
  const alternates = (html: string) => [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [m[1]!, m[2]!] as const)

  beforeAll(async () => {
    out = join(tempFolder(), 'dist')
    const built = await build([XWMS], { out, baseUrl: 'https://example.com/privacy/' })
    expect(built.written).toBe(true)
  }, 120_000)

  it('writes every variant in Dutch under <policy>/nl/, with Dutch words on the page', () => {
    const nl = messages('nl')
    for (const folder of ['xwms-privacy/nl/', 'xwms-privacy/nl/eea/']) {
      const html = page(`${folder}index.html`)
      expect(html).toContain('<html lang="nl">')
      expect(html).toContain(`<strong>${nl.page.inShortLead}</strong>`)
      expect(html).toContain(`>${nl.page.contents}</h2>`)
      expect(html).toContain(nl.page.lastUpdated)
      expect(existsSync(join(out, folder, 'index.md'))).toBe(true)
      expect(page(`${folder}policy.jsonld`)).toContain('"inLanguage":"nl"')
    }
    // The English pages stay where they were, in English.
    expect(page('xwms-privacy/eea/index.html')).toContain('<html lang="en">')
    expect(page('xwms-privacy/eea/policy.jsonld')).toContain('"inLanguage":"en"')
  })

  it('links each page to its other language both ways, to files that exist', () => {
    for (const [folder, lang, other] of [
      ['xwms-privacy/eea/', 'en', 'nl'],
      ['xwms-privacy/nl/eea/', 'nl', 'en'],
      ['xwms-privacy/', 'en', 'nl'],
      ['xwms-privacy/nl/', 'nl', 'en'],
    ] as const) {
      const links = alternates(page(`${folder}index.html`))
      expect(links.map(([tag]) => tag)).toEqual(['en', 'nl', 'x-default'])
      for (const [, href] of links) expect(existsSync(join(out, posix.normalize(posix.join(folder, href))))).toBe(true)
      const target = links.find(([tag]) => tag === other)![1]
      const back = alternates(page(posix.normalize(posix.join(folder, target))))
      expect(posix.normalize(posix.join(posix.dirname(posix.join(folder, target)), back.find(([tag]) => tag === lang)![1]))).toBe(`${folder}index.html`)
      expect(page(`${folder}index.html`)).toMatch(/hreflang="nl" lang="nl"/)
    }
  })

  it('lists every language in sitemap.xml with xhtml:link alternates', () => {
    const sitemap = page('sitemap.xml')
    expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
    expect(sitemap).toContain('<loc>https://example.com/privacy/xwms-privacy/nl/eea/</loc>')
    expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="nl" href="https://example.com/privacy/xwms-privacy/nl/eea/"/>')
  })

  it('writes valid Dutch pages and clean Markdown', async () => {
    expect(await nuErrors([join(out, 'xwms-privacy/nl/index.html'), join(out, 'xwms-privacy/nl/eea/index.html')])).toEqual([])
    expect(await markdownProblems({ 'nl/index.md': page('xwms-privacy/nl/index.md'), 'nl/eea/index.md': page('xwms-privacy/nl/eea/index.md') })).toEqual([])
  }, 120_000)
})
