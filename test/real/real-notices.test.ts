import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { runCli } from '../helpers/run-cli.js'
import { fixtures } from '../helpers/paths.js'
import { classifyChangeNotice } from '../../src/history/diff/rules/notice.js'
import { nuErrors } from '../site/validators.js'

/**
 * Four real, published notices (GitHub's cookie page and its subprocessor list, from the CC0
 * github/site-policy repository; Mozilla's MDN Plus Privacy Notice, from the CC BY-SA 3.0
 * mozilla/legal-docs repository; the Matrix.org Foundation's Privacy Policy, a UK notice in its
 * own plain-English style, from the CC BY-SA content of matrix-org/matrix.org; see each
 * fixture's NOTICE.md) encoded as a legal editor would.
 * They check without errors (the warnings are the sources' own gaps, listed here), build, and
 * their global page carries every fact of their data. INVENTED.md lists what the encoding had to
 * invent or could only keep in prose; this test pins that list, so a new invention must be
 * written down before it passes.
 */

interface Diagnostic {
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  reason: string
}

interface Notice {
  name: string
  /** Warnings per rule, each a real gap of the source (or of the format, named in INVENTED.md). */
  warnings: Record<string, number>
  /** The keys INVENTED.md lists, in order. */
  invented: string[]
}

const NOTICES: Notice[] = [
  {
    name: 'github-cookies',
    // The page names no region it serves (`regions: []`), so no law's requirements are checked
    // against it: the gaps a regional law would see (consent, bases, retention) are not reported.
    // The page names no country for GitHub, so `controller.country` is left out and reported.
    warnings: { 'controller-establishment-not-stated': 1 },
    invented: [],
  },
  {
    name: 'github-subprocessors',
    warnings: { 'controller-establishment-not-stated': 1 },
    invented: [],
  },
  {
    name: 'mdn-plus-privacy',
    // The notice names "Mozilla" and no country; it names no region, so no law's gaps are reported.
    warnings: { 'controller-establishment-not-stated': 1 },
    // Every fact of the notice is data: nothing stays in its prose only (INVENTED.md).
    invented: [],
  },
  {
    name: 'matrix-org-privacy',
    // The notice gives no purpose for its application logs (2.11).
    warnings: { 'category-unused': 1 },
    // Every fact of the notice is data: nothing stays in its prose only (INVENTED.md).
    invented: [],
  },
]

/** The notices that state no date: GitHub's two pages. */
const UNDATED = NOTICES.filter((n) => n.name.startsWith('github-'))

/** An ISO duration as the English page writes it; written out here, not taken from src/, so a wrong word fails. */
const DURATION_WORDS: Record<string, string> = {
  session: 'Until you close the browser',
  PT5M: '5 minutes',
  PT30M: '30 minutes',
  PT1H: '1 hour',
  PT24H: '24 hours',
  P7D: '7 days',
  P30D: '30 days',
  P90D: '90 days',
  P180D: '180 days',
  P2W: '2 weeks',
  P1M: '1 month',
  P3M: '3 months',
  P6M: '6 months',
  P13M: '13 months',
  P1Y: '1 year',
  P5Y: '5 years',
  P10Y: '10 years',
}

const COUNTRY_NAMES: Record<string, string> = {
  US: 'United States', IS: 'Iceland', DE: 'Germany', BE: 'Belgium', SG: 'Singapore', CA: 'Canada', AU: 'Australia', BR: 'Brazil',
  FR: 'France', JP: 'Japan', NO: 'Norway', ES: 'Spain', SE: 'Sweden', CH: 'Switzerland', GB: 'United Kingdom', NL: 'Netherlands', IN: 'India',
}

type Entity = Record<string, unknown> & { id: string; note?: string }

/** Every top-level list of a split policy folder, joined as policyc joins them. */
function policyData(name: string): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const file of ['policy.yaml', 'cookies.yaml', 'recipients.yaml', 'sections.yaml', 'statements.yaml']) {
    let text: string
    try {
      text = readFileSync(join(fixtures, 'real', name, 'policy', file), 'utf8')
    } catch {
      continue
    }
    for (const [key, value] of Object.entries(parse(text) as Record<string, unknown>)) {
      data[key] = Array.isArray(value) ? [...((data[key] as unknown[]) ?? []), ...value] : value
    }
  }
  return data
}

/** Every `note:` value anywhere in the data: editors' remarks that no page may print. */
function notes(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => notes(item, out))
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'note' && typeof inner === 'string') out.push(inner)
      else notes(inner, out)
    }
  }
  return out
}

/** The Markdown table row (one line) whose first cell is `name`. */
function row(page: string, name: string): string | undefined {
  return page.split('\n').find((line) => line.startsWith(`| ${name} |`))
}

const out = mkdtempSync(join(tmpdir(), 'policyc-real-'))
const built = new Map<string, { md: string; html: string }>()

beforeAll(async () => {
  for (const { name } of NOTICES) {
    const result = await runCli(['build', join(fixtures, 'real', name, 'policy'), '-o', join(out, name), '-q'])
    expect(result.code, result.stderr).toBe(0)
    const dir = join(out, name, name)
    built.set(name, { md: readFileSync(join(dir, 'index.md'), 'utf8'), html: readFileSync(join(dir, 'index.html'), 'utf8') })
  }
}, 120_000)

afterAll(() => rmSync(out, { recursive: true, force: true }))

describe.each(NOTICES)('real notice $name', (notice) => {
  const data = policyData(notice.name)
  const cookies = (data.cookies as Entity[] | undefined) ?? []
  const recipients = (data.recipients as Entity[] | undefined) ?? []

  it('checks with no errors, and only the warnings that are the source’s own gaps', async () => {
    const result = await runCli(['check', '--format', 'json', join(fixtures, 'real', notice.name, 'policy')])
    const diagnostics = (JSON.parse(result.stdout) as { diagnostics: Diagnostic[] }).diagnostics
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    const counts: Record<string, number> = {}
    for (const d of diagnostics.filter((d) => d.severity === 'warning')) counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1
    expect(counts).toEqual(notice.warnings)
    // Warnings only: check exits 0.
    expect(result.code).toBe(0)
  })

  it('builds a global page that carries every category, purpose, recipient and cookie of its data', () => {
    const { md, html } = built.get(notice.name)!
    // A category has its own row where the notice has a categories table; the cookie page has none and names it in the purposes table.
    for (const category of data.categories as Entity[]) expect(md.split('\n').some((line) => line.startsWith('| ') && line.includes(` ${category.label as string} |`)), category.id).toBe(true)
    // Where a category has its own row, it carries the category's description and every example, and says where the data comes from only where the data does.
    for (const category of (data.categories as Entity[]).filter((c) => row(md, c.label as string) !== undefined)) {
      const line = row(md, category.label as string)!
      if (category.description) expect(line, category.id).toContain(category.description as string)
      for (const example of (category.examples as string[] | undefined) ?? []) expect(line, `${category.id} ${example}`).toContain(example)
      // A category the notice says is not collected comes from nowhere: a dash, not "Not stated".
      if (category.sources === undefined) expect(line, category.id).toMatch(category.collected ? / \| Not stated \| Yes \|$/ : / \| — \| No \|$/)
    }
    // Every purpose names the categories it uses, by their labels.
    for (const purpose of data.purposes as Entity[]) {
      const labels = (purpose.categories as string[]).map((id) => (data.categories as Entity[]).find((c) => c.id === id)!.label as string)
      expect(row(md, purpose.label as string), purpose.id).toContain(labels.join(', '))
    }
    // Every channel of the notice, with its label and its address.
    for (const channel of ((data.rights as { channels?: Entity[] } | undefined)?.channels ?? [])) {
      const line = row(md, channel.label as string)
      expect(line, channel.id).toBeDefined()
      const address = (channel.url ?? channel.email) as string | undefined
      // Settings the notice gives no address for ("your User Settings" in any Matrix client) read as such, with no invented link.
      expect(line, channel.id).toContain(address ?? '| In your account settings |')
    }
    for (const purpose of data.purposes as Entity[]) expect(row(md, purpose.label as string), purpose.id).toBeDefined()
    for (const recipient of recipients) {
      const line = row(md, recipient.name as string)
      expect(line, recipient.id).toBeDefined()
      // A role the source does not give reads "Not stated", never a guessed processor or third party.
      if (recipient.role === 'not-stated') expect(line, recipient.id).toMatch(/^\| [^|]+ \| Not stated \|/)
      // Where it processes data, every country the source lists, in words.
      for (const country of (recipient.countries as string[] | undefined) ?? []) {
        expect(recipients.filter((r) => r.name === recipient.name).some((r) => row(md, r.name as string)?.includes(COUNTRY_NAMES[country]!)), `${recipient.id} ${country}`).toBe(true)
      }
      if (recipient['privacy-policy']) expect(md, recipient.id).toContain(recipient['privacy-policy'] as string)
      // Where it is established (the list's "Corporate Location"), in words.
      if (recipient['established-in']) expect(line, recipient.id).toContain(`. Established in: ${COUNTRY_NAMES[recipient['established-in'] as string]!}.`)
    }
    // Recipients of the same name (Microsoft (Azure) twice) each have their own row, with their own description.
    for (const recipient of recipients.filter((r) => r.description !== undefined)) {
      const rows = md.split('\n').filter((line) => line.startsWith(`| ${recipient.name as string} |`))
      expect(rows.some((line) => line.includes(recipient.description as string)), recipient.id).toBe(true)
    }
    for (const cookie of cookies) {
      const line = row(md, `\`${cookie.name as string}\``)
      expect(line, cookie.id).toBeDefined()
      expect(line, cookie.id).toContain(cookie.description as string)
      // The lifetime in words; an event or a lifetime that differs by region in the source's own words (`expires`), never "Not stated".
      expect(line, cookie.id).toContain(cookie.expires !== undefined ? `| ${cookie.expires as string} |` : `| ${DURATION_WORDS[cookie.duration as string]!} |`)
      expect(line, cookie.id).not.toContain('| Not stated | Not stated |')
      // The page gives no kind for any cookie: the page says so rather than a guessed one.
      expect(line, cookie.id).toMatch(/^\| `[^`]+` \| Not stated \|/)
      expect(html, cookie.id).toContain(`<code>${(cookie.name as string).replace(/&/g, '&amp;')}</code>`)
    }
    // Every cookie of the source table is encoded (its rows start with a provider cell); a source without a table names its cookies in its prose.
    const source = readFileSync(join(fixtures, 'real', notice.name, 'source.md'), 'utf8')
    const sourceRows = source.split('\n').filter((l) => / \| /.test(l) && !/^(Provider|-|\|)/.test(l))
    if (sourceRows.length > 0) expect(cookies).toHaveLength(sourceRows.length)
    else expect(cookies.map((c) => c.name as string)).toEqual([...source.matchAll(/`(\w+)\.?`/g)].map((m) => m[1]).filter((name) => cookies.some((c) => c.name === name)))
  })

  it('publishes no editor’s note', () => {
    const { md, html } = built.get(notice.name)!
    for (const remark of notes(data)) {
      const start = remark.slice(0, 40)
      expect(md).not.toContain(start)
      expect(html).not.toContain(start)
    }
  })

  it('lists exactly the facts it had to invent or leave in prose', () => {
    const text = readFileSync(join(fixtures, 'real', notice.name, 'INVENTED.md'), 'utf8')
    const keys = [...text.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1])
    expect(keys).toEqual(notice.invented)
  })
})

describe('every real notice', () => {
  it('builds pages the W3C Nu HTML checker finds no error in', async () => {
    const files = NOTICES.map(({ name }) => join(out, name, name, 'index.html'))
    expect(await nuErrors(files)).toEqual([])
  }, 120_000)
})

describe('a notice that states no date and names no region', () => {
  it.each(UNDATED)('$name: one page, for every reader, that says so and states no law', ({ name }) => {
    const { md, html } = built.get(name)!
    expect(md).toContain('GitHub · Last updated: Not stated')
    expect(html).toContain('<p class="meta">Last updated: Not stated</p>')
    expect(md).toContain('This notice does not name the regions it serves.\nThis page states what the notice says, not what the law of any region requires.')
    expect(md).not.toContain('This notice covers')
    // Only the source's own words name a law ("as defined under GDPR", a link to a GDPR FAQ).
    const own = md.replaceAll('as defined under GDPR', '').replaceAll('GDPR-FAQs', '')
    for (const law of ['GDPR', 'Art 6', 'supervisory authority', 'CCPA', 'we must answer within']) expect(own, law).not.toContain(law)
    // No other page: the notice has no region page.
    expect(readdirSync(join(out, name, name), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()).toEqual(['consent', 'coverage'])
    const jsonld = JSON.parse(readFileSync(join(out, name, name, 'policy.jsonld'), 'utf8')) as { '@graph': Record<string, unknown>[] }
    expect(jsonld['@graph'][0]!.dateModified).toBeUndefined()
    expect(jsonld['@graph'][0]!['dpv:hasApplicableLaw']).toEqual([])
  })
})

describe('the subprocessor list keeps its own grouping', () => {
  it('shows third-party subprocessors and subsidiaries in separate tables, under their own headings', () => {
    const md = built.get('github-subprocessors')!.md
    const third = md.indexOf('## Third Party Subprocessors')
    const subsidiaries = md.indexOf('## GitHub Subsidiaries')
    expect(third).toBeGreaterThan(0)
    expect(subsidiaries).toBeGreaterThan(third)
    expect(md.indexOf('| Amazon Web Services Inc (AWS) |')).toBeGreaterThan(third)
    expect(md.indexOf('| Amazon Web Services Inc (AWS) |')).toBeLessThan(subsidiaries)
    expect(md.indexOf('| GitHub BV |')).toBeGreaterThan(subsidiaries)
  })

  it('words its 30-day promise as one about new subprocessors, not every change', () => {
    const md = built.get('github-subprocessors')!.md
    expect(md).toContain('We will publish the name of any new recipient at least 30 days before it is authorised to process personal data.')
    expect(md).not.toContain('We will tell you of changes to this notice')
  })

  it('claims no legal basis: a page that states no law has no basis column', () => {
    const md = built.get('github-subprocessors')!.md
    expect(row(md, 'Provide services to our Enterprise customers')).toBe('| Provide services to our Enterprise customers | Customer data |')
  })
})

describe('a promise of notice about new recipients only', () => {
  it('is material when a promise about every change narrows to it, editorial the other way', () => {
    const every = { period: 'P30D' }
    const recipientsOnly = { period: 'P30D', of: 'new-recipients' }
    expect(classifyChangeNotice(every, recipientsOnly).materiality).toBe('material')
    expect(classifyChangeNotice(recipientsOnly, every).materiality).toBe('editorial')
    expect(classifyChangeNotice(recipientsOnly, { period: 'P14D', of: 'new-recipients' }).materiality).toBe('material')
  })
})

describe('a dated notice that names no region (MDN Plus)', () => {
  it('states its date and version, and one page for every reader that states no law', () => {
    const { md, html } = built.get('mdn-plus-privacy')!
    expect(md).toContain('Mozilla · Last updated 1 November 2023 · Version 1.2')
    expect(html).toContain('2023-11-01')
    expect(md).toContain('This notice does not name the regions it serves.\nThis page states what the notice says, not what the law of any region requires.')
    for (const law of ['GDPR', 'Art 6', 'supervisory authority', 'CCPA', 'we must answer within', 'Legal basis']) expect(md, law).not.toContain(law)
    expect(readdirSync(join(out, 'mdn-plus-privacy', 'mdn-plus-privacy'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()).toEqual(['consent', 'coverage'])
    const jsonld = JSON.parse(readFileSync(join(out, 'mdn-plus-privacy', 'mdn-plus-privacy', 'policy.jsonld'), 'utf8')) as { '@graph': Record<string, unknown>[] }
    expect(jsonld['@graph'][0]!.dateModified).toBe('2023-11-01')
    expect(jsonld['@graph'][0]!['dpv:hasApplicableLaw']).toEqual([])
  })

  it('keeps in its prose, word for word, each fact INVENTED.md lists as prose only', () => {
    const { md } = built.get('mdn-plus-privacy')!
    const flat = md.replace(/\n/g, ' ')
    for (const sentence of [
      'We respond to all requests we receive from individuals wishing to exercise their data protection rights regardless of where the individual lives.',
      'We will honor your request unless a legal requirement prevents us from doing so or a legal exception applies.',
      'We also adhere to the [Mozilla Privacy Policy](https://www.mozilla.org/privacy/) for how we receive, handle, and share information.',
      'provides MDN Plus read-only access to your Mozilla account profile information',
      'your IP address is temporarily collected as part of our server logs',
    ]) expect(flat, sentence).toContain(sentence)
  })

  it('states as data that requests are answered wherever the reader lives and that no third party gets data', () => {
    const { md, html } = built.get('mdn-plus-privacy')!
    // `rights.regardless-of-residence`, after the contact table.
    const contacts = md.indexOf('| Data Subject Access Request Portal |')
    expect(md.indexOf('We answer every request to exercise data protection rights, regardless of where the person making it lives.')).toBeGreaterThan(contacts)
    // `claims.third-party-sharing: none`, after the recipients table, and the notice's sentence no longer repeated in the text.
    expect(md.indexOf('We do not share any of your personal data with third parties.')).toBeGreaterThan(md.indexOf('| Google Pay |'))
    expect(md).not.toContain('MDN Plus doesn’t share any of your data with third parties.')
    expect(html).toContain('<p>We do not share any of your personal data with third parties.</p>')
  })

  it('names the payment providers without guessing their role, where they process data or a safeguard', () => {
    const { md } = built.get('mdn-plus-privacy')!
    for (const name of ['Stripe', 'Apple', 'PayPal', 'Google Pay']) expect(row(md, name), name).toMatch(/^\| [^|]+ \| Not stated \| Not stated \| Not stated \| Not stated \| One of our third-party payment providers/)
  })
})

/** The words of a text, letters and digits only, so Markdown's own re-wrapping and escapes do not count. */
function words(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')
}

describe('a UK notice in its own style (Matrix.org Foundation)', () => {
  it('states its controller, date and version, and one page for every reader that adds no law', () => {
    const { md } = built.get('matrix-org-privacy')!
    expect(md).toContain('The Matrix.org Foundation · Last updated 14 August 2025 · Version 3.2.0')
    expect(md).toContain('This notice does not name the regions it serves.')
    // The notice's own words name GDPR, the ICO and "the supervisory authority"; policyc adds no law of its own.
    for (const law of ['UK GDPR', 'Information Commissioner', 'we must answer within', 'Art 6', 'Art 77', '| Legal basis |']) expect(md, law).not.toContain(law)
    expect(readdirSync(join(out, 'matrix-org-privacy', 'matrix-org-privacy'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()).toEqual(['consent', 'coverage'])
    const jsonld = JSON.parse(readFileSync(join(out, 'matrix-org-privacy', 'matrix-org-privacy', 'policy.jsonld'), 'utf8')) as { '@graph': Record<string, unknown>[] }
    expect(jsonld['@graph'][0]!.dateModified).toBe('2025-08-14')
    expect(jsonld['@graph'][0]!['dpv:hasApplicableLaw']).toEqual([])
  })

  it('keeps every paragraph of the source, word for word, so what INVENTED.md lists as prose only is on the page', () => {
    const { md } = built.get('matrix-org-privacy')!
    const page = words(md)
    const source = readFileSync(join(fixtures, 'real', 'matrix-org-privacy', 'source.md'), 'utf8')
    const body = source.slice(source.indexOf('Please read this document'))
      .replaceAll('(@/homeserver/about.md)', '(https://matrix.org/homeserver/about/)')
      .replaceAll('(@/ecosystem/clients/_index.md)', '(https://matrix.org/ecosystem/clients/)')
      // A link whose text is its own address is written <address> on the page.
      .replace(/\[([^\]]+)\]\((?:mailto:)?\1\)/g, '$1')
      // Two passages the data states (sections.yaml says so): the list of rights (`rights.listed`) and the consent promise (`consent-where-required`).
      .replace(/\n1\. The right to be informed[^]*?profiling\.\n/, '\n')
      .replace(' Where consent is required by law in relation to certain processing, we will ask for your consent.', '')
    const paragraphs = body.split(/\n\s*\n/).map(words).filter((p) => p.length > 0)
    expect(paragraphs.length).toBeGreaterThan(100)
    for (const paragraph of paragraphs) expect(page.includes(paragraph), paragraph.slice(0, 80)).toBe(true)
  })

  it('states the rights it lists, its authority, its erasure limits, its change promise and its consent promise as data', () => {
    const { md, html } = built.get('matrix-org-privacy')!
    const data = policyData('matrix-org-privacy') as { rights: { listed: { name: string; law: string }[]; limits: { right: string; description: string }[]; authority: { name: string; url: string } } }
    // `rights.listed`: each right with the law the notice names, under a caption that says the notice lists them (no law's claim).
    expect(html).toContain('<caption id="user-content-table-access-to-your-data-0">The rights this notice lists</caption>')
    expect(data.rights.listed).toHaveLength(8)
    for (const right of data.rights.listed) expect(row(md, right.name), right.name).toMatch(new RegExp(`^\\| [^|]+ \\| ${right.law} \\|`))
    // `rights.limits` on a listed right: the erasure row says how far it goes, in the notice's words.
    const limit = data.rights.limits.find((l) => l.right === 'right-erasure')!
    expect(row(md, 'The right to erasure')).toContain(`| In part: ${limit.description.replace(/\s+/g, ' ').trim()} |`)
    // `rights.authority`, said to every reader.
    expect(md).toContain(`This notice names the supervisory authority you can complain to: [${data.rights.authority.name}](${data.rights.authority.url}).`)
    // `change-notice` without a period: the promise, and no time.
    expect(md).toContain('We will tell you of changes to this notice.\n')
    expect(md).not.toMatch(/changes to this notice at least/)
    // `consent-where-required`, after the purposes table, not as a basis of any purpose.
    expect(md.indexOf('Where the law requires consent for processing, we will ask for your consent.')).toBeGreaterThan(md.indexOf('| Event ticketing and event scheduling for events held by the Foundation |'))
    expect(md).not.toContain('Where consent is required by law')
    const jsonld = JSON.parse(readFileSync(join(out, 'matrix-org-privacy', 'matrix-org-privacy', 'policy.jsonld'), 'utf8')) as { '@graph': Record<string, unknown>[] }
    expect(jsonld['@graph'][0]!['dpv:hasAuthority']).toEqual([{ '@id': data.rights.authority.url }])
    expect((jsonld['@graph'][0]!['dpv:hasRight'] as unknown[]).length).toBe(8)
  })

  it('keeps the notice’s retention periods and its one processor, without guessing the others’ roles', () => {
    const { md } = built.get('matrix-org-privacy')!
    expect(row(md, 'Content you provide through using the Service')).toBeDefined()
    expect(md).toContain('| Username | Indefinitely |')
    expect(md).toContain('| Password hash | As long as you have an account |')
    expect(md).toContain('| IP addresses of everyone who accesses the Service | 180 days |')
    expect(md).toContain('| Information you provide through purchases in the Matrix.org Foundation shop | 7 years after the date it is no longer needed by us for any of the purposes listed |')
    expect(row(md, 'Element')).toMatch(/^\| Element \| Processor \|/)
    for (const name of ['Mythic Beasts', 'UpCloud', 'Cloudflare', 'Stripe', 'Xero']) expect(row(md, name), name).toMatch(/^\| [^|]+ \| Not stated \|/)
    expect(row(md, 'Federated homeservers')).toContain('| Third party | Not stated | Various locations |')
  })
})

describe('what a notice states about itself, from its data (security, versions, others, transfers, incorporation)', () => {
  it('Matrix.org: every security measure, in the notice’s words, with its DPV terms in the JSON-LD', () => {
    const { md } = built.get('matrix-org-privacy')!
    const measures = policyData('matrix-org-privacy')['security-measures'] as Entity[]
    expect(measures.length).toBeGreaterThan(10)
    expect(md).toContain('Security measures this notice states:')
    for (const measure of measures) expect(row(md, measure.description as string), measure.id).toBeDefined()
    const jsonld = JSON.parse(readFileSync(join(out, 'matrix-org-privacy', 'matrix-org-privacy', 'policy.jsonld'), 'utf8')) as { '@graph': Record<string, unknown>[] }
    expect(jsonld['@graph'].find((n) => n['@id'] === '_:measure-aws-2fa')).toEqual({ '@id': '_:measure-aws-2fa', '@type': 'dpv:MultiFactorAuthentication', 'dct:description': 'We also enforce 2FA for accessing AWS.' })
  })

  it('Matrix.org: its legal form and date of incorporation, said under the title', () => {
    const { md, html } = built.get('matrix-org-privacy')!
    expect(md).toContain('The Matrix.org Foundation C.I.C. is a Community Interest Company incorporated on 29 October 2018.')
    expect(html).toContain('The Matrix.org Foundation C.I.C. is a Community Interest Company incorporated on 29 October 2018.')
  })

  it('Matrix.org: its own Document History, every version with its month and summary', () => {
    const { md } = built.get('matrix-org-privacy')!
    const versions = policyData('matrix-org-privacy')['document-history'] as { version: string; date: string; summary: string }[]
    expect(versions).toHaveLength(18)
    const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
    for (const { version, date, summary } of versions) {
      const [year, month] = date.split('-')
      expect(md, version).toContain(`| ${version} | ${MONTHS[Number(month) - 1]} ${year} | ${summary} |`)
    }
  })

  it('Matrix.org: the warning about third-party clients, as others’ processing', () => {
    const { md } = built.get('matrix-org-privacy')!
    expect(md).toContain('Processing by others, not by us:')
    expect(row(md, 'Third party Matrix clients')).toBe('| Third party Matrix clients | may gather usage data |')
  })

  it('Matrix.org: both transfer statements of 2.4, with no recipient given their safeguard', () => {
    const { md } = built.get('matrix-org-privacy')!
    expect(row(md, 'Other homeservers and services connected with Matrix.org')).toBe('| Other homeservers and services connected with Matrix.org | Outside of the EU | This is necessary to provide the Service to you | We have no control over the safeguards adopted by third party recipients |')
    expect(row(md, 'Suppliers we engage to process your data outside the EU')).toBe('| Suppliers we engage to process your data outside the EU | Outside the EU | Not stated | We will ensure that appropriate safeguards such as the Standard Contractual Clauses are in place |')
    // Safeguards stay per named recipient: none of the notice's recipients has one.
    for (const recipient of policyData('matrix-org-privacy').recipients as Entity[]) expect(recipient.safeguards, recipient.id).toBeUndefined()
  })

  it('MDN Plus: the Mozilla Privacy Policy it adheres to, under the intro with its link', () => {
    const { md, html } = built.get('mdn-plus-privacy')!
    expect(md).toContain('This privacy notice explains what data MDN Plus collects, shares, and why.\n\nWe also adhere to the [Mozilla Privacy Policy](https://www.mozilla.org/privacy/) for how we receive, handle, and share information.')
    expect(html).toContain('<a href="https://www.mozilla.org/privacy/">Mozilla Privacy Policy</a>')
  })

  it('MDN Plus: the Mozilla account as the source of its data, and "temporarily" as the notice says it', () => {
    const { md } = built.get('mdn-plus-privacy')!
    expect(row(md, 'Mozilla account information')).toMatch(/ \| Another of our services \(Mozilla account\) \| Yes \|$/)
    expect(md).toContain('| Technical data | IP address: temporarily, as part of our server logs | Not stated | — |')
  })
})
