import type { Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { TABLES } from '../../src/render/markdown/tables/index.js'
import type { Variant } from '../../src/variant/variant.js'
import { variantsOf } from '../../src/variant/variants-of.js'
import { movedModel } from './moved-controller.js'

/**
 * Two laws for one reader: a controller established in Ireland is under the GDPR for everyone
 * (Art 3(1)), so a UK reader is under the UK GDPR (their own) and the GDPR, and a Swiss reader
 * under the FADP and the GDPR. Each page gives each law its own deadline, authority and transfer
 * tools, each labelled with its law and its own article (see `applicableLaws`), never one law's
 * fact under the other's name.
 */
const after = (variant: Variant) => (TABLES.rights(variant)?.after ?? []).map((b) => toString(b as Nodes)).join('\n')
const cells = (variant: Variant) => (TABLES.transfers(variant)?.rows ?? []).map((row) => row.cells.map((c) => toString({ type: 'paragraph', children: c } as Nodes)).join(' | '))

describe('policies/acme with an Irish controller', () => {
  const variants = movedModel('policies/acme', 'IE').then((model) => variantsOf(model))
  const page = async (key: string) => (await variants).find((v) => v.key === key)!

  it('gives a UK reader the UK GDPR and the GDPR, each with its own deadline and authority', async () => {
    const uk = await page('uk')
    expect(uk.laws.map((l) => `${l.jurisdiction.id}:${l.reaches.map((r) => r.citation).join('+')}`)).toEqual(['uk:UK GDPR Art 3(2)', 'eea:GDPR Art 3(1)'])
    const text = after(uk)
    expect(text).toContain('UK GDPR: we must answer within 1 month (UK GDPR Art 12(3))')
    expect(text).toContain('GDPR: we must answer within 1 month (GDPR Art 12(3))')
    expect(text).toMatch(/UK GDPR: You can complain to the supervisory authority: Information Commissioner/)
    expect(text).toContain('Lead supervisory authority under the GDPR (GDPR Art 56(1)): Data Protection Commission (Ireland)')
  })

  it('states each exporting law\'s own transfer tools, labelled, for the same recipient', async () => {
    const uk = cells(await page('uk'))
    const zendesk = uk.find((row) => row.startsWith('Zendesk'))!
    // The EU DPF is the GDPR's tool; under the UK GDPR only its UK Extension would count, which Acme does not name.
    expect(zendesk).toContain('GDPR: EU–US Data Privacy Framework (GDPR Art 45(3))')
    expect(zendesk).toMatch(/UK GDPR: (not stated|.*UK GDPR Art)/)
    expect(zendesk).not.toMatch(/UK GDPR: EU–US Data Privacy Framework/)
  })

  it('gives a Swiss reader the FADP and the GDPR, each labelled', async () => {
    const ch = await page('ch')
    expect(ch.laws.map((l) => l.jurisdiction.id)).toEqual(['ch', 'eea'])
    const text = after(ch)
    expect(text).toContain('FADP: we must answer within 30 days (FADP Art 25(7); DPO Art 18(1))')
    expect(text).toContain('GDPR: we must answer within 1 month (GDPR Art 12(3))')
    const zendesk = cells(ch).find((row) => row.startsWith('Zendesk'))!
    expect(zendesk).toContain('GDPR: EU–US Data Privacy Framework (GDPR Art 45(3))')
    expect(zendesk).not.toMatch(/FADP: EU–US Data Privacy Framework/)
  })
})
