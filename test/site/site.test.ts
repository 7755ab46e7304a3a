import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MANIFEST, MARKER } from '../../src/site/output-guard.js'
import { build, hashFiles, listFiles, SHOWCASE, tempFolder, XWMS } from './site-helpers.js'
import { brokenLinks, markdownProblems, nuErrors, unknownIris } from './validators.js'

const MINI = 'test/fixtures/render/mini'
const BASE_URL = 'https://example.org/privacy/'

/** One build of every test policy, checked with real validators. */
let work: string
let out: string
let files: string[]

beforeAll(async () => {
  work = tempFolder()
  out = join(work, 'dist')
  const result = await build([XWMS, SHOWCASE, MINI], { out, baseUrl: BASE_URL })
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  expect(result.written).toBe(true)
  files = listFiles(out)
})

afterAll(() => rmSync(work, { recursive: true, force: true }))

const read = (file: string) => readFileSync(join(out, file), 'utf8')

describe('the built site', () => {
  it('has the global page and every region variant in three formats, plus the site files', () => {
    const xwmsRegions = ['eea', 'uk', 'ch', 'us-ca', 'us-co', 'us-ct', 'us-de', 'us-fl', 'us-ia', 'us-in', 'us-ky', 'us-mt', 'us-nh', 'us-nj', 'us-or', 'us-tn', 'us-tx', 'us-ut', 'us-va', 'ca', 'au', 'nz', 'za']
    for (const folder of ['xwms-privacy/', ...xwmsRegions.map((r) => `xwms-privacy/${r}/`)]) {
      for (const file of ['index.html', 'index.md', 'policy.jsonld']) expect(files).toContain(`${folder}${file}`)
    }
    for (const file of ['index.html', '404.html', 'sitemap.xml', 'regions.json', 'assets/site.css', 'assets/print.css', 'xwms-privacy/policy.json', 'showcase/policy.json', 'mini/policy.json', MARKER, MANIFEST]) {
      expect(files).toContain(file)
    }
  })

  it('passes the W3C Nu HTML checker with no errors on every page', async () => {
    const pages = files.filter((f) => f.endsWith('.html')).map((f) => join(out, f))
    expect(pages.length).toBeGreaterThan(30)
    expect(await nuErrors(pages)).toEqual([])
  })

  it('has Markdown that markdownlint finds nothing wrong with', async () => {
    const markdown = Object.fromEntries(files.filter((f) => f.endsWith('.md')).map((f) => [f, read(f)]))
    expect(Object.keys(markdown).length).toBeGreaterThan(30)
    expect(await markdownProblems(markdown)).toEqual([])
  })

  it('has JSON-LD that expands offline and uses only real DPV 2.3 and schema.org terms', async () => {
    const documents = files.filter((f) => f.endsWith('.jsonld'))
    for (const file of documents) {
      const document = JSON.parse(read(file)) as object
      expect({ file, unknown: await unknownIris(document) }).toEqual({ file, unknown: [] })
    }
    const text = documents.map(read).join('\n')
    expect(text).not.toContain('PersonalDataHandling')
    expect(text).toContain('"@type":"dpv:Process"')
    // Compact on disk: no indentation.
    expect(text).not.toMatch(/^ {2}"/m)
  })

  it('embeds in each page a short JSON-LD block whose facts are those of its policy.jsonld, and links the full graph', async () => {
    // Notice pages only: the coverage page describes the notice, it is not one.
    const pages = files.filter((f) => /\/index\.html$/.test(f) && f.includes('/') && !f.includes('/coverage/'))
    expect(pages.length).toBeGreaterThan(30)
    for (const page of pages) {
      const html = read(page)
      const script = /<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(html)
      expect(script, page).not.toBeNull()
      const embedded = JSON.parse(script![1]!) as Record<string, unknown>
      const full = JSON.parse(read(page.replace('index.html', 'policy.jsonld'))) as { '@graph': Record<string, unknown>[] }
      const { publisher: _publisher, encoding, '@context': _context, ...facts } = embedded
      const pageNode = full['@graph'][0]!
      for (const [key, value] of Object.entries(facts)) expect({ page, key, value }).toEqual({ page, key, value: pageNode[key] })
      expect(embedded.publisher).toMatchObject({ name: full['@graph'].find((n) => n['@id'] === '_:controller')!.name })
      expect(encoding).toEqual({ '@type': 'MediaObject', encodingFormat: 'application/ld+json', contentUrl: `${BASE_URL}${page.replace('index.html', 'policy.jsonld')}` })
      // Short: the full graph is not repeated in the page.
      expect(script![1]!.length, page).toBeLessThan(4000)
    }
    const embedded = JSON.parse(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(read('xwms-privacy/us-ca/index.html'))![1]!) as object
    expect(await unknownIris(embedded)).toEqual([])
  })

  it('links one data-flow picture file per distinct picture instead of inlining it in every page', () => {
    const html = read('xwms-privacy/us-ca/index.html')
    expect(html).not.toContain('<svg')
    const img = /<img src="(\.\.\/flow-[0-9a-f]{16}\.svg)" alt="Where your personal information goes\. [^"]+" width="\d+" height="\d+">/.exec(html)
    expect(img).not.toBeNull()
    const svg = read(join('xwms-privacy/us-ca/', img![1]!))
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="flow"[^>]*>\n<style>/)
    expect(svg).not.toMatch(/<script|href=|xlink|url\(|<image/i)
    // The regions' pages in one language share a picture: the transfer tools differ only in each page's alt text.
    const pictures = files.filter((f) => /^xwms-privacy\/flow-[0-9a-f]{16}\.svg$/.test(f))
    expect(pictures.length).toBeGreaterThan(0)
    expect(pictures.length).toBeLessThanOrEqual(3)
  })

  it('has no broken internal link or anchor', () => {
    const pages = files.filter((f) => f.endsWith('.html') || f.endsWith('.md'))
    expect(brokenLinks(out, pages)).toEqual([])
  })

  it('links between pages relatively and uses --base-url only in sitemap.xml and JSON-LD', () => {
    for (const page of files.filter((f) => f.endsWith('.html') && f !== '404.html')) {
      const hrefs = [...read(page).matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!)
      expect(hrefs.filter((h) => h.startsWith(BASE_URL) || h.startsWith('/')), page).toEqual([])
    }
    expect(read('sitemap.xml')).toContain(`<loc>${BASE_URL}xwms-privacy/us-ca/</loc>`)
    expect(read('sitemap.xml')).toContain('<lastmod>2025-06-01</lastmod>')
    expect(JSON.parse(read('xwms-privacy/us-ca/policy.jsonld'))['@graph'][0]).toMatchObject({ '@id': `${BASE_URL}xwms-privacy/us-ca/`, isBasedOn: { '@id': `${BASE_URL}xwms-privacy/` } })
  })

  it('maps ISO 3166 codes to the variant a CDN should serve', () => {
    const regions = JSON.parse(read('regions.json')) as { policies: Record<string, { default: string; codes: Record<string, string> }> }
    const xwms = regions.policies['xwms-privacy']!
    expect(xwms.default).toBe('xwms-privacy/')
    expect(xwms.codes).toMatchObject({ NL: 'xwms-privacy/eea/', DE: 'xwms-privacy/eea/', GB: 'xwms-privacy/uk/', 'US-CA': 'xwms-privacy/us-ca/', CA: 'xwms-privacy/ca/', ZA: 'xwms-privacy/za/' })
    for (const path of Object.values(xwms.codes)) expect(files).toContain(`${path}index.html`)
  })

  it('writes pages a visitor and a search engine trust', () => {
    const html = read('xwms-privacy/us-ca/index.html')
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/)
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;self&#39;;')
    expect(html).toContain('<link rel="stylesheet" href="../../assets/print.css" media="print">')
    expect(html).toContain('<time datetime="2025-06-01">1 June 2025</time>')
    expect(html).toContain('<a href="index.md" type="text/markdown">Markdown</a>')
    expect(html).toContain('<a href="policy.jsonld" type="application/ld+json">JSON-LD</a>')
    expect(html).toContain('<a href="../uk/index.html">United Kingdom</a>')
    expect(html).toContain('<a href="index.html" aria-current="page">California</a>')
    expect(html).toContain('<aside class="in-short" aria-label="In short">')
    expect(html).toMatch(/<caption id="user-content-table-[a-z-]+-\d+">Categories of personal information<\/caption>/)
    expect(html).toContain('<th scope="col">')
    expect(html).toContain('<th scope="row">')
    expect(html).toMatch(/<img src="\.\.\/flow-[0-9a-f]{16}\.svg" alt="Where your personal information goes\./)
    expect(html).toContain('<a class="skip-link" href="#_main">')
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/)
    expect(html).not.toMatch(/\son[a-z]+=/i)
    for (const section of ['what-we-collect', 'us-residents', 'privacy-rights']) expect(html).toContain(`<h2 id="${section}">`)
  })

  it('writes a 404 page whose only inline style is allowed by its hash', () => {
    const html = read('404.html')
    expect(html).toMatch(/style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/)
    expect(html).toContain(`<a href="${BASE_URL}">`)
  })

  it('records what it wrote in a manifest next to its marker', () => {
    const manifest = JSON.parse(read(MANIFEST)) as { files: { path: string; bytes: number }[] }
    expect(manifest.files.map((f) => f.path)).toEqual(files.filter((f) => f !== MARKER && f !== MANIFEST))
  })
})

describe('the coverage page', () => {
  it('writes the matrix as a page, as Markdown and as JSON for every policy', () => {
    for (const policy of ['xwms-privacy', 'showcase', 'mini']) {
      for (const file of ['index.html', 'index.md', 'coverage.json']) expect(files).toContain(`${policy}/coverage/${file}`)
    }
    const matrix = JSON.parse(read('xwms-privacy/coverage/coverage.json')) as { policy: string; regions: string[]; cells: unknown[] }
    expect(matrix.policy).toBe('xwms-privacy')
    expect(matrix.regions).toContain('us-ca')
    expect(matrix.cells.length).toBeGreaterThan(0)
    expect(read('xwms-privacy/coverage/index.md')).toMatch(/^# Coverage of xwms-privacy\n/)
  })

  it('renders the Markdown in the site layout: one heading, captioned tables with headers, no obsolete markup', () => {
    const html = read('xwms-privacy/coverage/index.html')
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/)
    expect(html.match(/<h1>/g)).toHaveLength(1)
    expect(html).toContain('<h1>Coverage of xwms-privacy</h1>')
    // Said in the header, not again as the body's first paragraph (the Markdown keeps it).
    expect(html).toContain('<p class="meta">Which disclosures the law of each region requires')
    expect(html).not.toContain('<p>What the law of each region requires')
    expect(read('xwms-privacy/coverage/index.md')).toContain('What the law of each region requires')
    expect(html).toContain('>Notice elements per region</caption>')
    expect(html).toContain('<th scope="row"><code>controller-identity</code></th>')
    expect(html).not.toContain(' align=')
    expect(html).toContain('<a href="../../assets/site.css"'.replace('<a href', '<link rel="stylesheet" href'))
  })

  it('is linked from every page of its policy and from the site index, and passes the Nu checker', async () => {
    expect(read('index.html')).toContain('<a href="xwms-privacy/coverage/index.html">Compliance coverage</a>')
    expect(read('xwms-privacy/index.html')).toContain('<a href="coverage/index.html">compliance coverage</a>')
    expect(read('xwms-privacy/us-ca/index.html')).toContain('<a href="../coverage/index.html">compliance coverage</a>')
    const pages = files.filter((f) => f.endsWith('/coverage/index.html'))
    expect(brokenLinks(out, pages)).toEqual([])
    expect(await nuErrors(pages.map((f) => join(out, f)))).toEqual([])
  })
})

describe('regional variants', () => {
  it('names rights as each law names them, with its authority and its terms', () => {
    const ca = read('xwms-privacy/us-ca/index.md')
    expect(ca).toContain('Right to know')
    expect(ca).toContain('Right to opt out of sale or sharing')
    // US state laws do not ask a notice to name their enforcer; the CCPA's deadline is stated with its section.
    expect(ca).not.toContain('Supervisory authority: [California Privacy Protection Agency')
    expect(ca).toContain('CCPA: we must answer within 45 days (Cal. Civ. Code §1798.130(a)(2)(A))')
    expect(ca).toContain('Categories of personal information')
    expect(ca).not.toContain('Right to erasure')
    const eea = read('xwms-privacy/eea/index.md')
    expect(eea).toContain('Right to erasure (right to be forgotten)')
    expect(eea).toContain('Categories of personal data')
    // The seed never says where XWMS is established, so no lead authority is named (GDPR Art 56(1)
    // follows the main establishment); the reader's own Member State and the EDPB's list are (Art 77(1)).
    expect(eea).not.toContain('Lead supervisory authority')
    expect(eea).not.toContain('Autoriteit Persoonsgegevens')
    expect(eea).toContain('You may complain to a supervisory authority in the EEA country where you live or work, or where the infringement happened (GDPR Art 77(1)).')
    expect(eea).toContain('[European Data Protection Board: members](https://www.edpb.europa.eu/about-edpb/about-edpb/members_en)')
    expect(eea).not.toContain('Right to know')
  })

  it('shows the CCPA table only where it applies', () => {
    const caption = 'Categories of personal information under the CCPA'
    expect(read('xwms-privacy/us-ca/index.md')).toContain(caption)
    expect(read('xwms-privacy/index.md')).toContain(caption)
    for (const region of ['us-va', 'us-co', 'eea', 'uk']) expect(read(`xwms-privacy/${region}/index.md`)).not.toContain(caption)
  })

  it('states the legal basis of each purpose that applies in the region', () => {
    expect(read('showcase/eea/index.md')).toContain('| Provide the photo service | Contact details, Photos you upload | Contract (GDPR Art 6(1)(b)) |')
    expect(read('showcase/uk/index.md')).toContain('UK GDPR: Legitimate interests (UK GDPR Art 6(1)(f)); GDPR: Legitimate interests (GDPR Art 6(1)(f)). Our interest: Making the service faster and easier to use.')
    // The showcase's controller is in the Netherlands: the GDPR reaches every reader (Art 3(1)), each basis labelled by its law.
    expect(read('showcase/ca/index.md')).toContain('| Send the newsletter | Contact details | PIPEDA: Express consent (PIPEDA Sch. 1, Principle 4.3.6); GDPR: Consent (GDPR Art 6(1)(a)) |')
    expect(read('showcase/us-va/index.md')).toContain('| Provide the photo service | Contact details, Photos you upload | GDPR: Contract (GDPR Art 6(1)(b)) |')
    expect(read('showcase/index.md')).toContain('Contract: European Economic Area, United Kingdom; Implied consent: Canada')
  })

  it('keeps only the sections, only-blocks and channels of the region', () => {
    const va = read('showcase/us-va/index.md')
    expect(va).toContain('## Notice for residents of US states')
    expect(va).not.toContain('## Notice for California residents')
    expect(va).toContain('We honour Global Privacy Control signals.')
    expect(va).not.toContain('tel:+18005550100')
    expect(va).toContain('Contact Toll-free number if you live in California.')
    expect(va).not.toContain('Californian readers')
    const eea = read('showcase/eea/index.md')
    expect(eea).not.toContain('Global Privacy Control')
    expect(eea).toContain('You can object to processing based on legitimate interests.')
    expect(read('showcase/us-ca/index.md')).toContain('[+1 800 555 0100](tel:+18005550100)')
    const global = read('showcase/index.md')
    expect(global).toContain('**Only in California and Virginia:**')
    expect(global).toContain('Applies in California.')
  })

  it('builds each Markdown page from one mdast per variant: the global and California pages stay as reviewed', async () => {
    await expect(read('xwms-privacy/index.md')).toMatchFileSnapshot('../fixtures/render/xwms/index.md')
    await expect(read('xwms-privacy/us-ca/index.md')).toMatchFileSnapshot('../fixtures/render/xwms/us-ca.md')
    await expect(read('showcase/index.md')).toMatchFileSnapshot('../fixtures/render/showcase/expected/index.md')
    await expect(read('showcase/us-ca/index.md')).toMatchFileSnapshot('../fixtures/render/showcase/expected/us-ca.md')
  })
})

describe('determinism', () => {
  it('gives byte-identical output for the same sources, whatever the time zone or locale', async () => {
    const again = join(work, 'again')
    const saved = { TZ: process.env.TZ, LANG: process.env.LANG, LC_ALL: process.env.LC_ALL }
    Object.assign(process.env, { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' })
    try {
      await build([XWMS, SHOWCASE, MINI], { out: again, baseUrl: BASE_URL })
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key]
        else process.env[key] = value
      }
    }
    expect(hashFiles(again)).toEqual(hashFiles(out))
  })
})
