import { describe, expect, it } from 'vitest'
import { applicableLaws, toolLabel, transferToolsFor } from '../../src/applicability/index.js'
import { jurisdiction, loadCatalog } from '../../src/catalog/catalog.js'
import type { Policy, Recipient } from '../../src/generated/policy.js'

/**
 * The transfer rules of the LGPD (Art 33), POPIA (s.72), the APP (8.1, 8.2, s.16C) and the NZ
 * Privacy Act (IPP 12): each law counts only the tools it recognises, cited to its own article and
 * named in its own words; a GDPR tool is never one of them.
 */
const recipient = (fields: Partial<Recipient>): Recipient => ({ id: 'r', name: 'R', role: 'processor', ...fields })
const usController: Pick<Policy, 'controller'> = { controller: { name: 'Example', country: 'US' } }
const toolsOn = (region: string, fields: Partial<Recipient>, country = 'US') => {
  const byLaw = transferToolsFor(recipient(fields), country, applicableLaws(usController, jurisdiction(region)!))
  return byLaw.map(({ law, tools }) => ({ law: law.id, tools: tools.map((t) => `${t.mechanism} ${t.citation}`) }))
}

describe('transfer tools of the LGPD, POPIA, APP and NZ Privacy Act', () => {
  it('counts no GDPR tool under them: EU SCCs and the EU–US DPF leave each "not stated"', () => {
    for (const region of ['br', 'za', 'au', 'nz']) expect(toolsOn(region, { safeguards: ['scc', 'dpf', 'uk-addendum', 'ch-scc'] })).toEqual([{ law: region, tools: [] }])
  })

  it('cites each law\'s own article for its own tools', () => {
    expect(toolsOn('br', { safeguards: ['scc', 'br-scc', 'consent'] })).toEqual([{ law: 'br', tools: ['br-scc LGPD Art 33(II)(b)', 'consent LGPD Art 33(VIII)'] }])
    expect(toolsOn('za', { safeguards: ['za-binding-agreement', 'contract-necessity'] })).toEqual([{ law: 'za', tools: ['za-binding-agreement POPIA s.72(1)(a)', 'contract-necessity POPIA s.72(1)(c)'] }])
    expect(toolsOn('au', { safeguards: ['au-contract', 'contract-necessity'] })).toEqual([{ law: 'au', tools: ['au-contract APP 8.1; Privacy Act 1988 s.16C'] }])
    expect(toolsOn('nz', { safeguards: ['nz-model-clauses', 'consent'] })).toEqual([{ law: 'nz', tools: ['nz-model-clauses Privacy Act 2020 s.22, IPP 12(1)(f)', 'consent Privacy Act 2020 s.22, IPP 12(1)(a)'] }])
  })

  it('names consent in each law\'s own words, never as the GDPR\'s "explicit consent"', () => {
    const label = (region: string) => {
      const law = jurisdiction(region)!
      const [{ tools }] = transferToolsFor(recipient({ safeguards: ['consent'] }), 'US', [{ jurisdiction: law, reaches: [] }])
      return toolLabel(law, tools[0]!, 'Your explicit consent')
    }
    expect(label('br')).toBe('Your specific and highlighted consent to the international transfer')
    expect(label('au')).toBe('Your consent after being expressly informed')
    expect(label('nz')).toBe('Your authorisation after being expressly informed')
    // The GDPR keeps the page language's label, written for Art 49(1)(a).
    expect(label('eea')).toBe('Your explicit consent')
  })

  it('says nothing under a law whose territory the country is in', () => {
    expect(toolsOn('br', { safeguards: ['br-scc'] }, 'BR')).toEqual([])
  })

  it("states adequacy from each law's own list: Brazil under the GDPR (Decision (EU) 2026/179), not under the UK GDPR", () => {
    expect(toolsOn('eea', {}, 'BR')).toEqual([{ law: 'eea', tools: ['adequacy GDPR Art 45'] }])
    expect(toolsOn('uk', {}, 'BR')).toEqual([{ law: 'uk', tools: [] }])
  })

  it('counts `EU` adequate under a law whose list holds every EEA state, as the UK\'s does', () => {
    expect(toolsOn('uk', {}, 'EU')).toEqual([{ law: 'uk', tools: ['adequacy UK GDPR Art 45; DPA 2018 s.17A'] }])
    expect(toolsOn('eea', {}, 'EU')).toEqual([])
  })

  it("keeps the catalog's deprecated `adequate-countries` the EEA list it mirrors", () => {
    expect(loadCatalog()['adequate-countries']).toEqual(jurisdiction('eea')!.transfers!.adequate)
  })
})

describe('Minnesota privacy notice (Minn. Stat. §325M.16 subd. 1)', () => {
  it('requires the contact, the retention policies and the date last updated, each cited to its paragraph', () => {
    const elements = new Map(jurisdiction('us-mn')!.elements.map((e) => [e.key, e]))
    expect(elements.get('controller-contact')).toMatchObject({ level: 'R', citation: 'Minn. Stat. §325M.16, subd. 1(a)(6)' })
    expect(elements.get('retention-period-or-criteria')).toMatchObject({ level: 'R', citation: 'Minn. Stat. §325M.16, subd. 1(a)(7)' })
    expect(elements.get('date-last-updated')).toMatchObject({ level: 'R', citation: 'Minn. Stat. §325M.16, subd. 1(a)(8)' })
    expect(elements.get('third-party-categories')?.citation).toBe('Minn. Stat. §325M.16, subd. 1(a)(5)')
    // No element of the chapter is cited without its section any more.
    for (const element of elements.values()) expect(element.citation, element.key).not.toBe('Minn. Stat. ch. 325M')
  })
})
