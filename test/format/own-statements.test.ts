import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyChangeNotice } from '../../src/history/diff/rules/notice.js'
import { checkPolicies } from '../../src/pipeline.js'
import { fixtures } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { coverageMatrix, cellAt } from '../../src/lint/coverage/index.js'
import { checkCase, diffFixture, findings, renderCase } from './render-case.js'

/**
 * What a notice states itself, beyond what any law requires of it (issue 17): the rights it lists,
 * the authority it names for every reader, a limit on one of those rights, a promise of notice of
 * changes without a period, a promise to ask for consent where a law requires it, requests
 * answered wherever the reader lives, and no sharing with third parties. The fixture serves the
 * EEA with a page for everyone else, so both a page that states a law and one that states none
 * are checked.
 */

const FIXTURE = join(fixtures, 'format', 'own-statements', 'policy.yaml')

/** The fixture with `edit` applied, checked without lint: `line:col rule: reason` lines. */
async function checkEdited(edit: (text: string) => string, lint = false): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'policyc-own-'))
  try {
    await writeFile(join(dir, 'policy.yaml'), edit(await readFile(FIXTURE, 'utf8')))
    return (await checkPolicies([dir], { cwd: dir, lint: lint ? { now: '2026-12-02' } : false })).diagnostics.map((d) => `${d.start.line}:${d.start.column} ${d.ruleId}: ${d.reason}`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The fixture for a notice that names no region: its one page is for every reader. */
const noRegion = (text: string) => text.replace('regions: [eea]\noutside-page: true\n', 'regions: []\n')

describe('a notice’s own statements', () => {
  it('check: the fixture is clean, and the same notice naming no region still resolves (a limit on a listed right needs no region)', async () => {
    expect(await findings('own-statements')).toEqual([])
    expect(await checkEdited(noRegion)).toEqual([])
  })

  describe('the rights the notice lists (`rights.listed`)', () => {
    it('the page that states no law shows them as the notice’s list, each with the law it names or "Not stated"', async () => {
      const pages = await renderCase('own-statements')
      const md = pages.get('elsewhere')!.markdown
      expect(md).toContain('The rights this notice lists:\n\n| Right | Law the notice names | In practice |\n| - | - | - |\n| The right of access | GDPR Art 15 | — |\n| The right to erasure | GDPR | In part: Invoices are kept for seven years. |\n| The right to be informed | Not stated | — |')
      expect(pages.get('elsewhere')!.html).toContain('The rights this notice lists</caption>')
      // Not a law's table: no law's caption, citation or deadline.
      for (const law of ['Your rights under', 'GDPR Art 17', 'we must answer within']) expect(md, law).not.toContain(law)
    })

    it('a page that states a law keeps the law’s table and adds the notice’s list under its own label', async () => {
      const md = (await renderCase('own-statements')).get('eea')!.markdown
      expect(md).toContain('Your rights under the GDPR')
      expect(md).toContain('**Rights this notice lists.** The right of access (GDPR Art 15); The right to erasure (GDPR); The right to be informed.')
    })

    it('JSON-LD: each is a dpv:DataSubjectRight in the notice’s words, with no applicable law claimed', async () => {
      const graph = JSON.parse((await renderCase('own-statements')).get('elsewhere')!.jsonld) as { '@graph': Record<string, unknown>[] }
      expect(graph['@graph'][0]!['dpv:hasApplicableLaw']).toEqual([])
      expect(graph['@graph'][0]!['dpv:hasRight']).toEqual([{ '@id': '_:listed-right-access-gdpr' }, { '@id': '_:listed-right-erasure-gdpr' }, { '@id': '_:listed-right-informed' }])
      expect(graph['@graph']).toContainEqual({ '@id': '_:listed-right-access-gdpr', '@type': 'dpv:DataSubjectRight', 'dct:title': 'The right of access', 'dct:description': 'GDPR Art 15' })
    })

    it('schema and resolve: a right needs its name; a right listed twice under one law is an error; a limit must name a right somewhere', async () => {
      expect((await checkEdited((t) => t.replace('{ right: right-informed, name: The right to be informed }', '{ right: right-informed }'))).join('\n')).toMatch(/name/)
      expect(await checkEdited((t) => t.replace('    - { right: right-informed, name: The right to be informed }\n', '    - { right: right-erasure, name: Erasure, law: GDPR }\n'))).toEqual(['54:16 duplicate-right: The right `right-erasure` is listed twice under GDPR'])
      expect(await checkEdited((t) => noRegion(t).replace('- right: right-erasure\n', '- right: right-portability\n'))).toEqual([
        '55:14 unknown-right: No region this policy serves has the right `right-portability`, and `rights.listed` does not list it',
      ])
    })

    const { diffWith } = diffFixture('own-statements')
    it('diff: a right no longer listed is material; a right added is editorial', async () => {
      const removed = await diffWith((t) => t.replace('    - { right: right-informed, name: The right to be informed }\n', ''))
      expect(removed).toContainEqual(expect.objectContaining({ field: 'listed', materiality: 'material', reason: 'the notice no longer lists a right it listed, or names it differently' }))
      const added = await diffWith((t) => t.replace('    - { right: right-informed, name: The right to be informed }\n', '    - { right: right-informed, name: The right to be informed }\n    - { right: right-object, name: The right to object, law: GDPR }\n'))
      expect(added).toContainEqual(expect.objectContaining({ field: 'listed', materiality: 'editorial', reason: 'the notice now lists more rights' }))
    })
    it('a translation gives their names (`rights.listed` under `rights` in a locale file), and the page’s own sentences are in its language', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'policyc-own-nl-'))
      try {
        await mkdir(join(dir, 'p', 'locales'), { recursive: true })
        await writeFile(join(dir, 'p', 'policy.yaml'), await readFile(FIXTURE, 'utf8'))
        await writeFile(join(dir, 'p', 'locales', 'nl.yaml'), 'language: nl\nrights:\n  source-hash: 000000000000\n  listed: [Het recht op inzage, Het recht op gegevenswissing, Het recht op informatie]\n')
        expect((await runCli(['translate', 'stamp', 'p', 'nl', 'rights'], { cwd: dir })).code).toBe(0)
        const built = await runCli(['build', 'p', '-o', 'out', '-q'], { cwd: dir })
        expect(built.code, built.stderr).toBe(0)
        const md = await readFile(join(dir, 'out', 'own', 'nl', 'elsewhere', 'index.md'), 'utf8')
        expect(md).toContain('De rechten die deze verklaring noemt:')
        expect(md).toContain('| Het recht op inzage | GDPR Art 15 | — |')
        expect(md).toContain('| Het recht op informatie | Niet vermeld | — |')
        expect(md).toContain('Deze verklaring noemt de toezichthoudende autoriteit waar u een klacht kunt indienen: [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl/).')
        expect(md).toContain('Waar de wet toestemming voor een verwerking vereist, vragen wij u om toestemming.')
        expect(md).toContain('Wij delen geen van uw persoonsgegevens met derden.')
        expect(md).toContain('Wij beantwoorden elk verzoek om rechten op gegevensbescherming uit te oefenen, ongeacht waar de verzoeker woont.')
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    })
  })

  describe('the authority the notice names for every reader (`rights.authority`)', () => {
    it('every page names it as the notice’s statement, and JSON-LD carries it', async () => {
      const pages = await renderCase('own-statements')
      for (const key of ['elsewhere', 'eea', 'global']) expect(pages.get(key)!.markdown, key).toContain('This notice names the supervisory authority you can complain to: [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl/).')
      const graph = JSON.parse(pages.get('elsewhere')!.jsonld) as { '@graph': Record<string, unknown>[] }
      expect(graph['@graph'][0]!['dpv:hasAuthority']).toEqual([{ '@id': 'https://autoriteitpersoonsgegevens.nl/' }])
      expect(graph['@graph']).toContainEqual({ '@id': 'https://autoriteitpersoonsgegevens.nl/', '@type': 'dpv:DataProtectionAuthority', 'dpv:hasName': 'Autoriteit Persoonsgegevens' })
    })

    const { diffWith } = diffFixture('own-statements')
    it('diff: no longer naming it is material', async () => {
      const changes = await diffWith((t) => t.replace(/  authority:\n(    .*\n){2}/, ''))
      expect(changes).toContainEqual(expect.objectContaining({ field: 'authority', materiality: 'material', reason: 'no longer names a supervisory authority to complain to' }))
    })
  })

  describe('a limit on a listed right (`rights.limits`)', () => {
    it('says how far the right goes on the page that states no law', async () => {
      const md = (await renderCase('own-statements')).get('elsewhere')!.markdown
      expect(md).toContain('| The right to erasure | GDPR | In part: Invoices are kept for seven years. |')
    })
  })

  describe('a promise of notice of changes without a period (`change-notice`)', () => {
    it('the page says the promise and no time', async () => {
      const md = (await renderCase('own-statements')).get('elsewhere')!.markdown
      expect(md).toContain('We will tell you of changes to this notice, by a notice on our website.')
      expect(md).not.toContain('at least')
    })

    it('diff: a period no longer given is material; a period given, or none on both sides, is editorial; periods are still compared', () => {
      expect(classifyChangeNotice({ period: 'P30D' }, {})).toMatchObject({ materiality: 'material', reason: 'no longer promises notice a set time before changes take effect (was P30D)' })
      expect(classifyChangeNotice({}, { period: 'P30D' }).materiality).toBe('editorial')
      expect(classifyChangeNotice({}, { how: 'by email' }).materiality).toBe('editorial')
      expect(classifyChangeNotice({}, undefined).materiality).toBe('material')
      expect(classifyChangeNotice({ period: 'P30D' }, { period: 'P14D' }).materiality).toBe('material')
    })

    it('coverage: NRS 603A.340(1)(c) asks for the process, so a bare promise (neither how nor when) does not meet it; how or a period does', async () => {
      const model = (await checkCase('state-statements')).models[0]!
      const nevada = (promise: Record<string, string> | undefined) => cellAt(coverageMatrix({ ...model, policy: { ...model.policy, ...(promise ? { 'change-notice': promise } : {}) } }, { now: '2026-12-02' }), 'nv-material-change-process', 'us-nv')
      expect(nevada({})).toMatchObject({ status: 'missing', detail: '`change-notice` says neither how nor how long before a change readers are told' })
      expect(nevada({ how: 'by email' })).toMatchObject({ status: 'met' })
      expect(nevada({ period: 'P30D' })).toMatchObject({ status: 'met' })
      expect(nevada(undefined)).toMatchObject({ status: 'missing' })
    })

    it('schema: `change-notice` without a period is valid', async () => {
      expect(await checkEdited((t) => t.replace('change-notice:\n  how: by a notice on our website\n', 'change-notice: {}\n'))).toEqual([])
    })
  })

  describe('a promise to ask for consent where a law requires it (`consent-where-required`)', () => {
    it('is said after the purposes table, on every page, and is no basis of any purpose', async () => {
      const pages = await renderCase('own-statements')
      for (const key of ['elsewhere', 'eea']) {
        const md = pages.get(key)!.markdown
        expect(md.indexOf('Where the law requires consent for processing, we will ask for your consent.'), key).toBeGreaterThan(md.indexOf('| Run your account |'))
      }
      expect(pages.get('eea')!.markdown).toContain('| Run your account | Contact details | Contract (GDPR Art 6(1)(b)) |')
    })

    const { diffWith } = diffFixture('own-statements')
    it('diff: withdrawing it is material', async () => {
      const changes = await diffWith((t) => t.replace('consent-where-required: true\n', ''))
      expect(changes).toContainEqual(expect.objectContaining({ field: 'consent-where-required', materiality: 'material', reason: 'no longer promises to ask for consent where the law requires it' }))
    })
  })

  describe('requests answered wherever the reader lives (`rights.regardless-of-residence`)', () => {
    it('is said after the contact table, on every page', async () => {
      const pages = await renderCase('own-statements')
      for (const key of ['elsewhere', 'eea']) {
        const md = pages.get(key)!.markdown
        expect(md.indexOf('We answer every request to exercise data protection rights, regardless of where the person making it lives.'), key).toBeGreaterThan(md.indexOf('| Our privacy inbox |'))
      }
    })

    const { diffWith } = diffFixture('own-statements')
    it('diff: withdrawing it is material', async () => {
      const changes = await diffWith((t) => t.replace('  regardless-of-residence: true\n', ''))
      expect(changes).toContainEqual(expect.objectContaining({ field: 'regardless-of-residence', materiality: 'material' }))
    })
  })

  it('diff in plain words: each statement named by what it says, a value by its words', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policyc-own-diff-'))
    try {
      await cp(join(fixtures, 'format', 'own-statements'), join(dir, 'old'), { recursive: true })
      await cp(join(fixtures, 'format', 'own-statements'), join(dir, 'new'), { recursive: true })
      const text = (await readFile(join(dir, 'old', 'policy.yaml'), 'utf8'))
        .replace('    - { right: right-informed, name: The right to be informed }\n', '')
        .replace('  regardless-of-residence: true\n', '')
        .replace('third-party-sharing: none', 'third-party-sharing: shares')
        .replace('consent-where-required: true\n', '')
        .replace('  how: by a notice on our website\n', '  period: P30D\n')
        .replace(/  authority:\n(    .*\n){2}/, '')
      await writeFile(join(dir, 'new', 'policy.yaml'), text)
      const out = (await runCli(['diff', 'old', 'new'], { cwd: dir })).stdout
      for (const line of [
        '“Own Notice”, asks for consent where the law requires it: no longer Yes',
        '“Your rights”, rights the notice lists: no longer The right to be informed',
        '“Your rights”, supervisory authority it names: no longer Autoriteit Persoonsgegevens',
        '“Your rights”, requests answered wherever you live: no longer Yes',
        '“Promise”, sharing with third parties: now shares instead of none',
        '“Own Notice”, change notice: now 30 days instead of by a notice on our website',
      ]) expect(out, line).toContain(line)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  describe('no sharing with third parties (`claims.third-party-sharing`)', () => {
    it('is said after the recipients table, as the notice’s claim', async () => {
      const md = (await renderCase('own-statements')).get('elsewhere')!.markdown
      expect(md.indexOf('We do not share any of your personal data with third parties.')).toBeGreaterThan(md.indexOf('| HostCo |'))
    })

    it('lint: a third-party recipient contradicts it', async () => {
      const found = await checkEdited((t) => t.replace('role: processor', 'role: third-party'), true)
      expect(found).toEqual(['37:11 claim-third-party-sharing-contradicted: Recipient `host` is a `third-party`, but `claims.third-party-sharing` at policy.yaml:22:24-22:28 says no personal data is shared with third parties'])
    })

    const { diffWith } = diffFixture('own-statements')
    it('diff: sharing after a promise of none is material', async () => {
      const changes = await diffWith((t) => t.replace('third-party-sharing: none', 'third-party-sharing: shares'))
      expect(changes).toContainEqual(expect.objectContaining({ materiality: 'material', reason: 'less favourable to the reader' }))
    })
  })
})
