import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadTemplates } from '../../src/render/html/template-set.js'
import { FragmentCache } from '../../src/render/fragment-cache.js'
import { renderVariant, type RenderedVariant } from '../../src/render/render-variant.js'
import { checkPolicies } from '../../src/pipeline.js'
import { variantsOf } from '../../src/variant/variants-of.js'
import { fixtures } from '../helpers/paths.js'
import { diffFixture, findings, renderCase } from './render-case.js'

/**
 * Facts a notice states about itself in its own words (test/fixtures/format/stated-facts): each
 * is data, on the page (Markdown and HTML) in a documented sentence or table, in the JSON-LD where
 * DPV or schema.org has a term, compared by `policyc diff`, and never read by a law check as more
 * than it says.
 */

type Node = Record<string, unknown>

let eea: RenderedVariant
let graph: Node[]
beforeAll(async () => {
  eea = (await renderCase('stated-facts')).get('eea')!
  graph = (JSON.parse(eea.jsonld) as { '@graph': Node[] })['@graph']
})

const node = (id: string) => graph.find((n) => n['@id'] === id)
/** The Markdown row that starts with this cell. */
const row = (md: string, first: string) => md.split('\n').find((line) => line.startsWith(`| ${first} |`))

describe('security measures (`security-measures`)', () => {
  it('are a table of the notice’s words, with their kind only where the data gives one', () => {
    expect(eea.markdown).toContain('Security measures this notice states:')
    expect(row(eea.markdown, 'We use HTTPS to transfer all data.')).toBe('| We use HTTPS to transfer all data. | Technical |')
    expect(row(eea.markdown, 'Only staff who need it can access your data.')).toBe('| Only staff who need it can access your data. | Organisational |')
    expect(row(eea.markdown, 'Backups are kept in a locked room.')).toBe('| Backups are kept in a locked room. | Not stated |')
    expect(eea.html).toContain('We use HTTPS to transfer all data.')
  })

  it('are DPV technical and organisational measures in the JSON-LD, typed by their terms or their kind', () => {
    expect(graph[0]!['dpv:hasTechnicalOrganisationalMeasure']).toEqual([{ '@id': '_:measure-https' }, { '@id': '_:measure-staff' }, { '@id': '_:measure-backups' }])
    expect(node('_:measure-https')).toEqual({ '@id': '_:measure-https', '@type': 'dpv:EncryptionInTransfer', 'dct:description': 'We use HTTPS to transfer all data.' })
    expect(node('_:measure-staff')!['@type']).toBe('dpv:OrganisationalMeasure')
    expect(node('_:measure-backups')!['@type']).toBe('dpv:TechnicalOrganisationalMeasure')
  })
})

describe('the controller’s legal form and incorporation (`controller.legal-form`, `controller.incorporated`)', () => {
  it('are said under the title, by the legal name, and the date is schema.org foundingDate', () => {
    const sentence = 'Stated C.I.C. is a Community Interest Company incorporated on 29 October 2018.'
    expect(eea.markdown).toContain(sentence)
    expect(eea.html).toContain(sentence)
    expect(graph[1]!.foundingDate).toBe('2018-10-29')
  })
})

describe('the notice’s own list of versions (`document-history`)', () => {
  it('is a table with each date only as precise as stated, and "Not stated" where nothing is', () => {
    expect(eea.markdown).toContain('Versions of this notice, as the notice lists them:')
    expect(row(eea.markdown, '1.0.0')).toBe('| 1.0.0 | August 2018 | document creation |')
    expect(row(eea.markdown, '1.1.0')).toBe('| 1.1.0 | 2019 | clarification update |')
    expect(row(eea.markdown, '2.0.0')).toBe('| 2.0.0 | 1 July 2020 | Not stated |')
    expect(row(eea.markdown, '2.1.0')).toBe('| 2.1.0 | Not stated | Not stated |')
  })
})

describe('others’ processing (`processing-by-others`)', () => {
  it('is a table of who and what, under a caption that says it is not ours', () => {
    expect(eea.markdown).toContain('Processing by others, not by us:')
    expect(row(eea.markdown, 'Third party apps')).toBe('| Third party apps | may gather usage data |')
    expect(eea.html).toContain('may gather usage data')
  })
})

describe('transfers to recipients the notice does not name (`transfer-statements`)', () => {
  it('is a table of the notice’s words, "Not stated" where it says nothing', () => {
    expect(eea.markdown).toContain('Transfers abroad to recipients this notice does not name:')
    expect(row(eea.markdown, 'Other servers connected with ours')).toBe('| Other servers connected with ours | Outside the EU | This is necessary to provide the service | We have no control over the safeguards adopted by third party recipients |')
    expect(row(eea.markdown, 'Suppliers we engage outside the EU')).toBe('| Suppliers we engage outside the EU | Outside the EU | Not stated | Appropriate safeguards such as the Standard Contractual Clauses |')
  })

  it('gives no named recipient a safeguard: the lint still reports the recipient without one', async () => {
    const found = await findings('stated-facts')
    expect(found).toContain('transfer-safeguard-missing: Recipient `Cloudhost Inc.` receives data in US, which has no adequacy decision, but no transfer safeguard is named while eea is served (GDPR Art 46, Art 13(1)(f))')
    expect(found.some((f) => f.includes('`third-country-transfers-and-safeguards`') && f.endsWith('no transfer safeguard for `cloudhost`'))).toBe(true)
  })
})

describe('a wider policy the notice adheres to (`parent-policy`)', () => {
  it('is said under the title with its link, and cited in the JSON-LD', () => {
    expect(eea.markdown).toContain('We also adhere to the [Group Privacy Policy](https://group.example/privacy) for how we receive, handle, and share information.')
    expect(eea.html).toContain('We also adhere to the <a href="https://group.example/privacy">Group Privacy Policy</a> for how we receive, handle, and share information.')
    expect(graph[0]!.citation).toEqual({ '@type': 'CreativeWork', name: 'Group Privacy Policy', url: 'https://group.example/privacy' })
  })

  it('uses only DPV, schema.org and Dublin Core terms that exist, for every stated fact', async () => {
    const { unknownIris } = await import('../site/validators.js')
    expect(await unknownIris(JSON.parse(eea.jsonld) as object)).toEqual([])
  })
})

describe('a source that is another service of the controller (`own-service`, `own-services`)', () => {
  it('names the service in the categories table', () => {
    // (The last column is GDPR Art 13(2)(e)'s requirement, which the fixture does not state.)
    expect(row(eea.markdown, 'Profile from your group account')).toBe('| Profile from your group account | — | Another of our services (Group ID) | Yes | Not stated |')
  })
})

describe('a retention said only in words (`period-words`)', () => {
  it('shows the words where the period goes, and is still no stated period for GDPR Art 13(2)(a)', async () => {
    expect(eea.markdown).toContain('| Server logs | Temporarily, as part of our server logs | Not stated | — |')
    const found = await findings('stated-facts')
    expect(found.some((f) => f.includes('`retention-period-or-criteria`') && f.endsWith('no period stated by retention rule `server-logs`'))).toBe(true)
    // The JSON-LD states no duration, only the words.
    expect(node('_:retention-server-logs')).toEqual({ '@id': '_:retention-server-logs', '@type': 'dpv:StorageDuration', 'dct:description': 'Temporarily, as part of our server logs' })
  })
})

describe('policyc diff of the stated facts', () => {
  const { diffWith } = diffFixture('stated-facts')
  const change = (changes: { field?: string; materiality: string; reason: string; added?: string[]; removed?: string[] }[], field: string) => changes.filter((c) => c.field === field)

  it('says what changed in words, never an object', async () => {
    const { runCli } = await import('../helpers/run-cli.js')
    const dir = await mkdtemp(join(tmpdir(), 'policyc-stated-diff-'))
    try {
      await cp(join(fixtures, 'format', 'stated-facts'), join(dir, 'old'), { recursive: true })
      await cp(join(fixtures, 'format', 'stated-facts'), join(dir, 'new'), { recursive: true })
      const file = join(dir, 'new', 'policy.yaml')
      await writeFile(file, (await readFile(file, 'utf8')).replace('what: may gather usage data', 'what: may show ads'))
      const text = (await runCli(['diff', 'old', 'new'], { cwd: dir })).stdout
      expect(text).not.toContain('[object Object]')
      expect(text).toContain('Third party apps may gather usage data')
      expect(text).toContain('Third party apps may show ads')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('a security measure dropped is material, one added editorial', async () => {
    expect(change(await diffWith((t) => t.replace(/  - id: backups\n    description: Backups are kept in a locked room.\n/, '')), 'security-measures')).toEqual([expect.objectContaining({ materiality: 'material', reason: 'a security measure is no longer stated, or is stated otherwise' })])
    expect(change(await diffWith((t) => t.replace('security-measures:\n', 'security-measures:\n  - { id: audits, description: We audit access every year. }\n')), 'security-measures')).toEqual([expect.objectContaining({ materiality: 'editorial', reason: 'more security measures stated' })])
  })

  it('another date of incorporation or legal form is material', async () => {
    expect(change(await diffWith((t) => t.replace('incorporated: 2018-10-29', 'incorporated: 2019-01-01')), 'incorporated')).toEqual([expect.objectContaining({ materiality: 'material' })])
    expect(change(await diffWith((t) => t.replace('legal-form: Community Interest Company', 'legal-form: Limited Company')), 'legal-form')).toEqual([expect.objectContaining({ materiality: 'material' })])
  })

  it('the notice’s own list of versions is editorial', async () => {
    expect(change(await diffWith((t) => t.replace('  - { version: 2.1.0 }\n', '  - { version: 2.1.0 }\n  - { version: 2.2.0, date: 2026-01 }\n')), 'document-history')).toEqual([expect.objectContaining({ materiality: 'editorial', added: ['2.2.0 · 2026-01'] })])
  })

  it('a warning about others’ processing dropped is material', async () => {
    // Reworded: the old words reported as dropped (material), the new as added.
    expect(change(await diffWith((t) => t.replace('what: may gather usage data', 'what: may show ads')), 'processing-by-others')).toEqual([
      expect.objectContaining({ materiality: 'material', removed: ['Third party apps may gather usage data'] }),
      expect.objectContaining({ materiality: 'editorial', added: ['Third party apps may show ads'] }),
    ])
  })

  it('any change to a transfer statement is material, a new one too', async () => {
    expect(change(await diffWith((t) => t.replace('    safeguard: Appropriate safeguards such as the Standard Contractual Clauses\n', '')), 'transfer-statements')).toEqual([
      expect.objectContaining({ materiality: 'material', removed: ['Suppliers we engage outside the EU · Outside the EU · Appropriate safeguards such as the Standard Contractual Clauses'] }),
      expect.objectContaining({ materiality: 'material', added: ['Suppliers we engage outside the EU · Outside the EU'] }),
    ])
    expect(change(await diffWith((t) => t.replace('transfer-statements:\n', 'transfer-statements:\n  - { id: support, who: Our support desk, where: India }\n')), 'transfer-statements')).toEqual([expect.objectContaining({ materiality: 'material', reason: 'a new statement about transfers abroad' })])
  })

  it('another wider policy, or none, is material', async () => {
    expect(change(await diffWith((t) => t.replace('url: https://group.example/privacy', 'url: https://group.example/privacy-2')), 'parent-policy').map((c) => c.materiality)).toEqual(['material', 'material'])
    expect(change(await diffWith((t) => t.replace(/parent-policy:\n(  .*\n)+/, '')), 'parent-policy')).toEqual([expect.objectContaining({ materiality: 'material', removed: ['Group Privacy Policy (https://group.example/privacy)'] })])
  })

  it('data from another of the controller’s services is material', async () => {
    expect(change(await diffWith((t) => t.replace('own-services: [Group ID]', 'own-services: [Group ID, Group Shop]')), 'own-services')).toEqual([expect.objectContaining({ materiality: 'material' })])
  })

  it('retention words changed are material', async () => {
    expect(change(await diffWith((t) => t.replace('period-words: Temporarily, as part of our server logs', 'period-words: For a while')), 'period-words')).toEqual([expect.objectContaining({ materiality: 'material' })])
  })
})

/** The fixture with one edit, checked and rendered from a temporary folder. */
async function renderEdited(edit: (text: string) => string): Promise<{ pages: Map<string, RenderedVariant>; found: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'policyc-stated-facts-'))
  try {
    await cp(join(fixtures, 'format', 'stated-facts'), dir, { recursive: true })
    await writeFile(join(dir, 'policy.yaml'), edit(await readFile(join(dir, 'policy.yaml'), 'utf8')))
    const result = await checkPolicies([dir], { cwd: dir, lint: { now: '2026-12-02' } })
    const found = result.diagnostics.map((d) => `${d.ruleId}: ${d.reason}`)
    const pages = new Map<string, RenderedVariant>()
    const templates = loadTemplates().templates!
    const cache = new FragmentCache()
    for (const variant of variantsOf(result.models[0]!)) pages.set(variant.key, renderVariant(variant, { templates, cache, links: { home: 'index.html', assets: 'assets/', variants: [] } }))
    return { pages, found }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

describe('the words around these facts, in the five page languages', () => {
  // Written out here, not read from src/, so a missing or wrong word fails.
  const EXPECTED: Record<string, string[]> = {
    nl: ['Stated C.I.C. is een Community Interest Company, opgericht op 29 oktober 2018.', 'Wij houden ons ook aan het [Group Privacy Policy](https://group.example/privacy) voor how we receive', 'Beveiligingsmaatregelen die deze verklaring noemt', 'Versies van deze verklaring, zoals de verklaring ze noemt', '| 1.0.0 | augustus 2018 |', 'Verwerking door anderen, niet door ons', 'Doorgiften naar het buitenland aan ontvangers die deze verklaring niet noemt', 'Een andere dienst van ons (Group ID)'],
    de: ['Stated C.I.C. ist eine Community Interest Company, gegründet am 29. Oktober 2018.', 'Wir halten uns außerdem an: [Group Privacy Policy](https://group.example/privacy) (für how we receive', 'Sicherheitsmaßnahmen, die diese Erklärung nennt', 'Fassungen dieser Erklärung, wie die Erklärung sie aufführt', '| 1.0.0 | August 2018 |', 'Verarbeitung durch andere, nicht durch uns', 'Übermittlungen ins Ausland an Empfänger, die diese Erklärung nicht nennt', 'Ein anderer unserer Dienste (Group ID)'],
    fr: ['Stated C.I.C. est une Community Interest Company constituée le 29 octobre 2018.', 'Nous respectons également : [Group Privacy Policy](https://group.example/privacy) (pour how we receive', 'Mesures de sécurité que cette déclaration indique', 'Versions de cette déclaration, telles qu’elle les énumère', '| 1.0.0 | août 2018 |', 'Traitements par d’autres, pas par nous', 'Transferts à l’étranger vers des destinataires que cette déclaration ne nomme pas', 'Un autre de nos services (Group ID)'],
    es: ['Stated C.I.C. es una Community Interest Company constituida el 29 de octubre de 2018.', 'También cumplimos: [Group Privacy Policy](https://group.example/privacy) (para how we receive', 'Medidas de seguridad que indica este aviso', 'Versiones de este aviso, tal como el aviso las enumera', '| 1.0.0 | agosto de 2018 |', 'Tratamientos por otros, no por nosotros', 'Transferencias al extranjero a destinatarios que este aviso no nombra', 'Otro de nuestros servicios (Group ID)'],
  }
  it.each(Object.keys(EXPECTED))('%s', async (language) => {
    const { pages } = await renderEdited((t) => t.replace('language: en', `language: ${language}`))
    // Markdown may wrap a line after "29." (so it is not read as a list item): compare the text, not its lines.
    const md = pages.get('eea')!.markdown.replace(/\n(?=\S)/g, ' ')
    for (const words of EXPECTED[language]!) expect(md, words).toContain(words)
  })
})

describe('lint: stated-fact-not-shown', () => {
  it('reports a list of the notice’s statements that no section shows', async () => {
    const { found } = await renderEdited((t) => t.replace('      ::table{of=security-measures}\n', '      We protect your data.\n'))
    expect(found).toContain('stated-fact-not-shown: The notice\'s security measures (`security-measures`) are in the data, but no section shows `::table{of=security-measures}`, so no page says them')
    expect(found.filter((f) => f.startsWith('stated-fact-not-shown'))).toHaveLength(1)
  })

  it('is silent when every list is shown', async () => {
    expect((await findings('stated-facts')).filter((f) => f.startsWith('stated-fact-not-shown'))).toEqual([])
  })
})

describe('translated, like every other text of the notice (locales/<language>.yaml)', () => {
  it('puts the translation of each stated fact in place, and lists what is still untranslated', async () => {
    const { loadModel } = await import('../../src/pipeline.js')
    const { loadTranslations, localizeModel } = await import('../../src/locale/index.js')
    const { entryHash, sourceEntries } = await import('../../src/locale/source-entries.js')
    const dir = await mkdtemp(join(tmpdir(), 'policyc-stated-facts-nl-'))
    try {
      await cp(join(fixtures, 'format', 'stated-facts'), dir, { recursive: true })
      const source = (await loadModel(dir, dir, []))!
      // Each entry stamped with the hash of the fields it translates, as `policyc translate stamp` does.
      const hash = (key: string, fields: string[]) => entryHash(sourceEntries(source.policy).find((e) => `${e.kind}${e.id ? `.${e.id}` : ''}` === key)!, new Set(fields))
      const yaml = [
        'language: nl',
        'security-measures:',
        `  https: { source-hash: ${hash('security-measures.https', ['description'])}, description: Wij gebruiken HTTPS voor alle gegevensoverdracht. }`,
        'processing-by-others:',
        `  third-party-apps: { source-hash: ${hash('processing-by-others.third-party-apps', ['who', 'what'])}, who: Apps van derden, what: kunnen gebruiksgegevens verzamelen }`,
        'transfer-statements:',
        `  suppliers: { source-hash: ${hash('transfer-statements.suppliers', ['who', 'where', 'safeguard'])}, who: Leveranciers buiten de EU, where: Buiten de EU, safeguard: Passende waarborgen zoals de modelcontractbepalingen }`,
        'parent-policy:',
        `  source-hash: ${hash('parent-policy', ['for'])}`,
        '  for: hoe wij informatie ontvangen, behandelen en delen',
        'retention:',
        `  server-logs: { source-hash: ${hash('retention.server-logs', ['period-words'])}, period-words: 'Tijdelijk, in onze serverlogs' }`,
      ].join('\n')
      await mkdir(join(dir, 'locales'))
      await writeFile(join(dir, 'locales', 'nl.yaml'), `${yaml}\n`)
      const checked = await checkPolicies([dir], { cwd: dir, lint: false })
      // The hashes are current: no stale or unknown entry.
      expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
      const { translations } = await loadTranslations(dir, { cwd: dir })
      const localized = localizeModel(source, translations[0]!)
      expect([...localized.untranslated].filter((k) => /^(security-measures|processing-by-others|transfer-statements|parent-policy)/.test(k)).sort()).toEqual(['security-measures.backups', 'security-measures.staff', 'transfer-statements.federation'])
      const md = renderVariant(variantsOf(localized.model).find((v) => v.key === 'eea')!, { templates: loadTemplates().templates!, cache: new FragmentCache(), links: { home: 'index.html', assets: 'assets/', variants: [] } }).markdown
      expect(md).toContain('| Wij gebruiken HTTPS voor alle gegevensoverdracht. | Technisch |')
      expect(md).toContain('| Apps van derden | kunnen gebruiksgegevens verzamelen |')
      expect(md).toContain('| Leveranciers buiten de EU | Buiten de EU | Niet vermeld | Passende waarborgen zoals de modelcontractbepalingen |')
      expect(md.replace(/\n(?=\S)/g, ' ')).toContain('Wij houden ons ook aan het [Group Privacy Policy](https://group.example/privacy) voor hoe wij informatie ontvangen, behandelen en delen.')
      expect(md).toContain('| Server logs | Tijdelijk, in onze serverlogs |')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('policy.json (the resolved model)', () => {
  it('carries each stated fact as written', async () => {
    const { resolvedModel } = await import('../../src/resolve/resolved-json.js')
    const model = (await checkPolicies([join(fixtures, 'format', 'stated-facts')], { cwd: join(fixtures, 'format', 'stated-facts'), lint: false })).models[0]!
    const json = resolvedModel(model)
    expect(json['security-measures']).toHaveLength(3)
    expect(json['document-history']).toHaveLength(4)
    expect(json['processing-by-others']).toEqual([{ id: 'third-party-apps', who: 'Third party apps', what: 'may gather usage data' }])
    expect(json['transfer-statements']).toHaveLength(2)
    expect(json['parent-policy']).toEqual({ name: 'Group Privacy Policy', url: 'https://group.example/privacy', for: 'how we receive, handle, and share information' })
    expect(json.controller).toMatchObject({ 'legal-form': 'Community Interest Company', incorporated: '2018-10-29' })
  })
})
