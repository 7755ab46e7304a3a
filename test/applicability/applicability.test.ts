import { describe, expect, it } from 'vitest'
import { applicableLaws, authorityFor, complaintListFor, establishmentsOf, promiseIsStricter, sensitiveUnder, transferToolsFor } from '../../src/applicability/index.js'
import { jurisdiction, loadCatalog } from '../../src/catalog/catalog.js'
import type { Category, Policy, Recipient } from '../../src/generated/policy.js'

const region = (id: string) => jurisdiction(id)!
const controller = (country: string, establishments?: string[]): Pick<Policy, 'controller' | 'authorities'> => ({
  controller: { name: 'Example', country, ...(establishments ? { establishments } : {}) },
})
const ids = (policy: Pick<Policy, 'controller'>, reader: string) => applicableLaws(policy, region(reader)).map((l) => `${l.jurisdiction.id}:${l.reaches.map((r) => r.citation).join('+')}`)

describe('applicableLaws', () => {
  it('gives a reader their own law, and the laws that reach the controller by establishment', () => {
    // A US controller: the GDPR reaches EEA readers by Art 3(2) only; Californians get the CCPA alone.
    expect(ids(controller('US'), 'eea')).toEqual(['eea:GDPR Art 3(2)'])
    expect(ids(controller('US'), 'us-ca')).toEqual(['us-ca:CCPA (residents of California)'])
    // An Irish controller is under the GDPR for everyone (Art 3(1)), so a Californian gets both.
    expect(ids(controller('IE'), 'us-ca')).toEqual(['us-ca:CCPA (residents of California)', 'eea:GDPR Art 3(1)'])
    expect(ids(controller('IE'), 'eea')).toEqual(['eea:GDPR Art 3(1)'])
    // A UK controller: the UK GDPR for everyone, the GDPR only for EEA readers.
    expect(ids(controller('GB'), 'ca')).toEqual(['ca:PIPEDA s.4(1)(a)', 'uk:UK GDPR Art 3(1)'])
    expect(ids(controller('GB'), 'eea')).toEqual(['eea:GDPR Art 3(2)', 'uk:UK GDPR Art 3(1)'])
    // Establishments add laws: a US controller with a Brazilian branch is under the LGPD (Art 3(I)).
    expect(ids(controller('US', ['BR']), 'us-va')).toEqual(['us-va:VCDPA (residents of Virginia)', 'br:LGPD Art 3(I)'])
  })

  it('brings no US state law to another region by establishment', () => {
    expect(ids(controller('US', ['US-CA']), 'us-va')).toEqual(['us-va:VCDPA (residents of Virginia)'])
  })

  it('knows only the establishments the policy states', () => {
    expect(establishmentsOf(controller('NL'))).toEqual(['NL'])
    expect(establishmentsOf(controller('US', ['IE', 'US']))).toEqual(['US', 'IE'])
  })
})

describe('authorityFor', () => {
  it('picks the EEA lead authority from the controller\'s establishment, and none without one', () => {
    expect(authorityFor(controller('IE'), region('eea'))).toMatchObject({ name: 'Data Protection Commission (Ireland)', kind: 'lead', citation: 'GDPR Art 56(1)' })
    expect(authorityFor(controller('US', ['FR']), region('eea'))).toMatchObject({ url: 'https://www.cnil.fr/', kind: 'lead' })
    expect(authorityFor(controller('US'), region('eea'))).toBeUndefined()
    expect(complaintListFor(region('eea'))).toEqual({ name: 'European Data Protection Board: members', url: 'https://www.edpb.europa.eu/about-edpb/about-edpb/members_en', citation: 'GDPR Art 77(1)' })
  })

  it('names the UK and Swiss authorities, a policy\'s own choice, and no US enforcer', () => {
    expect(authorityFor(controller('US'), region('uk'))).toMatchObject({ url: 'https://ico.org.uk/', kind: 'own' })
    expect(authorityFor(controller('US'), region('ch'))).toMatchObject({ url: 'https://www.edoeb.admin.ch/', kind: 'own' })
    expect(authorityFor(controller('US'), region('us-va'))).toBeUndefined()
    const set = { ...controller('US'), authorities: { 'us-va': { name: 'Virginia Attorney General', url: 'https://www.oag.state.va.us' } } }
    expect(authorityFor(set, region('us-va'))).toEqual({ name: 'Virginia Attorney General', url: 'https://www.oag.state.va.us', kind: 'policy' })
  })

  it('has one authority for every EEA member, and none hard-wired for the EEA as a whole', () => {
    const eea = region('eea')
    expect(eea.authority).toBeUndefined()
    expect(eea.authorities!.members.map((m) => m.country).sort()).toEqual([...loadCatalog()['eea-countries']!].sort())
  })
})

describe('transferToolsFor', () => {
  const recipient = (fields: Partial<Recipient>): Recipient => ({ id: 'r', name: 'R', role: 'processor', ...fields })

  it('states each mechanism under the exporting law that recognises it, and adequacy from each law\'s own list', () => {
    const laws = applicableLaws(controller('US'), region('uk')).concat(applicableLaws(controller('US'), region('eea')), applicableLaws(controller('US'), region('ch')))
    const tools = transferToolsFor(recipient({ safeguards: ['scc', 'uk-addendum', 'dpf-uk-extension', 'ch-scc'] }), 'US', laws)
    expect(tools.map(({ law, tools }) => [law.id, tools.map((t) => t.mechanism)])).toEqual([
      ['uk', ['uk-addendum', 'dpf-uk-extension']],
      ['eea', ['scc']],
      ['ch', ['ch-scc']],
    ])
    // Monaco is adequate for Switzerland, not for the EU (the lists differ).
    const monaco = transferToolsFor(recipient({}), 'MC', laws)
    expect(monaco.map(({ law, tools }) => [law.id, tools.map((t) => t.mechanism)])).toEqual([['uk', []], ['eea', []], ['ch', ['adequacy']]])
  })

  it('reads the older single `transfer` as the EU\'s tool, never the UK\'s', () => {
    const laws = applicableLaws(controller('NL'), region('uk'))
    const tools = transferToolsFor(recipient({ transfer: 'scc' }), 'US', laws)
    expect(tools.map(({ law, tools }) => [law.id, tools.map((t) => t.mechanism)])).toEqual([['uk', []], ['eea', ['scc']]])
  })

  it('says nothing under a law whose territory the country is in', () => {
    expect(transferToolsFor(recipient({ transfer: 'scc' }), 'DE', applicableLaws(controller('NL'), region('eea')))).toEqual([])
  })
})

describe('sensitiveUnder', () => {
  const category = (fields: Partial<Category>): Category => ({ id: 'c', label: 'C', collected: true, ...fields }) as Category

  it('follows each law\'s own list: payment data is SPI in California, not sensitive data in Virginia or Texas', () => {
    const payment = category({ sensitive: true, 'sensitive-kinds': ['financial-account'] })
    expect(sensitiveUnder(payment, region('us-ca'))).toBe(true)
    expect(sensitiveUnder(payment, region('us-va'))).toBe(false)
    expect(sensitiveUnder(payment, region('us-tx'))).toBe(false)
    const health = category({ 'sensitive-kinds': ['health'] })
    expect(['eea', 'uk', 'ch', 'us-ca', 'us-va', 'us-co', 'us-tx'].map((id) => sensitiveUnder(health, region(id)))).toEqual([true, true, true, true, true, true, true])
  })

  it('reads the bare flags only as the laws that define them', () => {
    expect(sensitiveUnder(category({ sensitive: true }), region('us-ca'))).toBe(true)
    expect(sensitiveUnder(category({ sensitive: true }), region('us-va'))).toBe(false)
    expect(sensitiveUnder(category({ 'special-category': true }), region('eea'))).toBe(true)
    expect(sensitiveUnder(category({ 'special-category': true }), region('us-va'))).toBe(false)
  })
})

describe('promiseIsStricter', () => {
  it('holds only when the promise is shorter whatever the month', () => {
    const gdpr = region('eea').deadline!
    expect(promiseIsStricter('P14D', gdpr)).toBe(true)
    expect(promiseIsStricter('P30D', gdpr)).toBe(false)
    expect(promiseIsStricter('P1M', gdpr)).toBe(false)
    expect(promiseIsStricter('P30D', region('us-ca').deadline!)).toBe(true)
  })
})

describe('the jurisdiction catalog', () => {
  it('gives every jurisdiction the date it took effect, the date it was verified and its sources', () => {
    for (const j of loadCatalog().jurisdictions) {
      expect(j.effective, j.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(j.verified, j.id).toBe('2026-12-02')
      expect(j.sources.length, j.id).toBeGreaterThan(0)
      expect(j.reach.readers, j.id).toBeTruthy()
    }
  })

  it('is up to the law in force on 2026-12-01', () => {
    const effective = Object.fromEntries(loadCatalog().jurisdictions.map((j) => [j.id, j.effective]))
    expect(effective).toMatchObject({ 'us-ne': '2025-01-01', 'us-mn': '2025-07-31', 'us-md': '2025-10-01', 'us-ri': '2026-01-01' })
    expect(region('us-ut').rights.find((r) => r.key === 'right-rectification')).toMatchObject({ since: '2026-07-01' })
    expect(region('us-or').rights.map((r) => r.key)).toContain('right-list-third-parties')
    expect(region('nz').elements.find((e) => e.key === 'indirect-collection-notice')).toMatchObject({ since: '2026-05-01', citation: 'Privacy Act 2020 s.22, IPP 3A' })
  })

  it('gives the LGPD its ten bases of Art 7, and PIPEDA only its consent model', () => {
    expect(region('br')['legal-bases']).toHaveLength(10)
    expect(region('br').bases!['credit-protection']).toBe('LGPD Art 7(X)')
    expect(region('ca')['legal-bases']).not.toContain('legitimate-interests')
    for (const j of loadCatalog().jurisdictions.filter((j) => j.family === 'us-state')) expect(j['legal-bases'], j.id).toEqual([])
  })

  it('has a response deadline for every law, with its citation', () => {
    for (const j of loadCatalog().jurisdictions) {
      expect(j.deadline, j.id).toBeDefined()
      expect(j.deadline!.period !== undefined || j.deadline!['reasonable-period'] === true, j.id).toBe(true)
    }
  })
})

describe('recipients with several mechanisms, various locations and a dispute-resolution body', () => {
  it('shows each law\'s tools, "various locations" and the body the recipient names', async () => {
    const { movedPolicy } = await import('./moved-controller.js')
    const { readFileSync, writeFileSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { checkPolicies } = await import('../../src/pipeline.js')
    const { variantsOf } = await import('../../src/variant/variants-of.js')
    const { TABLES } = await import('../../src/render/markdown/tables/index.js')
    const { toString } = await import('mdast-util-to-string')
    const dir = movedPolicy('test/fixtures/render/showcase', 'NL')
    const file = join(dir, 'policy.yaml')
    const text = readFileSync(file, 'utf8')
    const edited = text.replace(/(\n {2}- id: metrics\n(?: {4}[^\n]*\n)*? {4}transfer: scc\n)/, '$1    safeguards: [scc, uk-addendum, dpf-uk-extension]\n    dispute-resolution: { name: Example Recourse Body, url: https://recourse.example }\n')
    expect(edited).not.toBe(text)
    writeFileSync(file, edited)
    const result = await checkPolicies([dir], { cwd: dir })
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    const uk = variantsOf(result.models[0]!).find((v) => v.key === 'uk')!
    const row = TABLES.recipients(uk)!.rows.find((r) => r.entity?.id === 'metrics')!
    const cells = row.cells.map((c) => toString({ type: 'paragraph', children: c } as never))
    expect(cells[4]).toBe('UK GDPR: UK Addendum to the standard contractual clauses (UK GDPR Art 46(2)(d); DPA 2018 s.119A), UK Extension to the EU–US Data Privacy Framework (UK GDPR Art 45; DPA 2018 s.17A); GDPR: Standard contractual clauses (GDPR Art 46(2)(c))')
    expect(cells[5]).toContain('Independent dispute resolution: Example Recourse Body.')
  })
})
