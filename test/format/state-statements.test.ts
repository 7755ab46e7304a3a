import { readFile, writeFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { coverageMatrix, cellAt } from '../../src/lint/coverage/index.js'
import { jurisdiction } from '../../src/catalog/catalog.js'
import { checkCase, diffFixture, renderCase } from './render-case.js'

/**
 * California's "Shine the Light" request (Civ. Code §1798.83), minors' content removal (Bus. &
 * Prof. Code §22581) and Nevada's sale opt-out (NRS 603A.345): each stated on the page of the
 * readers its law protects and nowhere else, judged by coverage, described in JSON-LD.
 */
describe('California and Nevada statements', () => {
  it('the California page states the Shine the Light request with its channel, and the content-removal right with the instructions and the law’s warning', async () => {
    const ca = (await renderCase('state-statements')).get('us-ca')!.markdown
    expect(ca).toContain('**Disclosures for direct marketing.** If you live in California, you may ask us, once a calendar year and free of charge, for the categories of personal information we disclosed to third parties for their direct marketing purposes in the preceding calendar year, and for the names and addresses of those third parties (Civ. Code §1798.83(a), (c)(1)).')
    expect(ca).toContain('Send these requests through: Our postal address.')
    expect(ca).toContain('**Content you posted as a minor.** If you are under 18, live in California and are a registered user, you may remove, or ask us to remove, content or information you posted (Bus. & Prof. Code §22581(a)).')
    expect(ca).toContain('Delete a post from its menu, or write to <privacy@states.example>.')
    expect(ca).toContain('Removal does not ensure complete or comprehensive removal of the content or information.')
  })

  it('no other region’s page states them', async () => {
    const pages = await renderCase('state-statements')
    for (const region of ['eea', 'us-nv']) {
      expect(pages.get(region)!.markdown, region).not.toContain('direct marketing')
      expect(pages.get(region)!.markdown, region).not.toContain('Content you posted as a minor')
      expect(pages.get(region)!.jsonld, region).not.toContain('ca-shine-the-light')
    }
  })

  it('the Nevada page lists the sale opt-out of NRS 603A.345 and its 60-day answer', async () => {
    const nv = (await renderCase('state-statements')).get('us-nv')!.markdown
    expect(nv).toContain('| Right to direct an operator not to make any sale of covered information collected about you | NRS 603A.345(2) | — |')
    expect(nv).toContain('we must answer within 60 days (NRS 603A.345(4)), which may be extended by up to 30 days')
    expect(nv).not.toContain('GDPR')
  })

  it('Nevada is in the catalog with its dates and sources', () => {
    const nv = jurisdiction('us-nv')!
    expect(nv).toMatchObject({ name: 'Nevada', family: 'us-state', codes: ['US-NV'], effective: '2017-10-01', verified: '2026-12-02' })
    expect(nv.sources[0]).toBe('https://www.leg.state.nv.us/NRS/NRS-603A.html')
    expect(nv.rights.map((r) => r.key)).toEqual(['right-opt-out-sale'])
  })

  it('JSON-LD of the California page names both rights with their citations', async () => {
    const graph = JSON.parse((await renderCase('state-statements')).get('us-ca')!.jsonld) as { '@graph': Record<string, unknown>[] }
    const nodes = graph['@graph'].filter((n) => String(n['@id']).startsWith('_:right-us-ca-ca-'))
    expect(nodes.map((n) => [n['dct:title'], n['dct:description']])).toEqual([
      ['Disclosures for direct marketing', 'Civ. Code §1798.83(a), (c)(1)'],
      ['Content you posted as a minor', 'Bus. & Prof. Code §22581(a)'],
    ])
  })

  it('coverage: met where the page shows them; required of a business that discloses for direct marketing and of a service open to minors', async () => {
    const model = (await checkCase('state-statements')).models[0]!
    const matrix = coverageMatrix(model, { now: '2026-12-02' })
    expect(cellAt(matrix, 'ca-shine-the-light', 'us-ca')).toMatchObject({ level: 'C', status: 'met' })
    expect(cellAt(matrix, 'ca-minors-content-removal', 'us-ca')).toMatchObject({ level: 'C', status: 'met' })
    expect(cellAt(matrix, 'request-methods', 'us-nv')).toMatchObject({ level: 'R', status: 'met' })
    // The notice makes no promise about telling readers of changes (NRS 603A.340(1)(c)).
    expect(cellAt(matrix, 'nv-material-change-process', 'us-nv')).toMatchObject({ status: 'missing' })
    expect(cellAt(matrix, 'ca-shine-the-light', 'eea')).toBeUndefined()
    // The same business without the two statements misses both.
    const bare = coverageMatrix({ ...model, policy: { ...model.policy, rights: { channels: model.policy.rights!.channels }, children: { 'minimum-age': 13 } } }, { now: '2026-12-02' })
    expect(cellAt(bare, 'ca-minors-content-removal', 'us-ca')).toMatchObject({ status: 'missing' })
    // Shine the Light binds only a business that says it discloses for direct marketing.
    expect(cellAt(bare, 'ca-shine-the-light', 'us-ca')).toMatchObject({ status: 'not-applicable' })
    const adults = coverageMatrix({ ...model, policy: { ...model.policy, children: { 'minimum-age': 18 } } }, { now: '2026-12-02' })
    expect(cellAt(adults, 'ca-minors-content-removal', 'us-ca')).toMatchObject({ status: 'not-applicable' })
  })

  describe('diff', () => {
    const { diffWith, oldPolicy } = diffFixture('state-statements')

    it('disclosing for direct marketing where none was, or losing the channel for these requests, is material', async () => {
      const noneBefore = await readFile(oldPolicy(), 'utf8')
      await writeFile(oldPolicy(), noneBefore.replace('discloses: "yes"', 'discloses: "no"'))
      expect(await diffWith((t) => t.replace('discloses: "no"', 'discloses: "yes"'))).toContainEqual(expect.objectContaining({ field: 'shine-the-light.discloses', materiality: 'material' }))
      expect(await diffWith((t) => t.replace('channels: [post]', 'channels: [post, email]'))).toContainEqual(expect.objectContaining({ field: 'shine-the-light.channels', materiality: 'editorial' }))
      await writeFile(oldPolicy(), noneBefore)
      expect(await diffWith((t) => t.replace('    channels: [post]\n', ''))).toContainEqual(expect.objectContaining({ field: 'shine-the-light.channels', materiality: 'material' }))
    })

    it('no longer saying how a minor removes content is material', async () => {
      expect(await diffWith((t) => t.replace(/  content-removal:\n.*\n/, ''))).toContainEqual(expect.objectContaining({ field: 'content-removal', materiality: 'material' }))
    })
  })
})
