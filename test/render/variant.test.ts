import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/catalog/catalog.js'
import { parseProse } from '../../src/prose/parse-prose.js'
import { filterOnly } from '../../src/variant/filter-only.js'
import { GLOBAL } from '../../src/variant/variant.js'
import { variantsOf } from '../../src/variant/variants-of.js'
import { loadModel } from './render-helpers.js'

describe('variants', () => {
  it('gives a global variant with every section, then one per region in the policy order', async () => {
    const model = await loadModel('test/fixtures/render/showcase')
    const variants = variantsOf(model)
    expect(variants.map((v) => v.key)).toEqual([GLOBAL, 'eea', 'uk', 'us-ca', 'us-va', 'ca'])
    expect(variants[0]!.sections.map((s) => s.section.id)).toEqual(model.policy.sections.map((s) => s.id))
    const byKey = Object.fromEntries(variants.map((v) => [v.key, v]))
    expect(byKey['us-ca']!.sections.map((s) => s.section.id)).toContain('ccpa')
    expect(byKey['us-va']!.sections.map((s) => s.section.id)).not.toContain('ccpa')
    expect(byKey['us-va']!.sections.map((s) => s.section.id)).toContain('us-states')
    expect(byKey.eea!.sections.map((s) => s.section.id)).not.toContain('us-states')
  })

  it('uses each region\'s words, rights, authority and contact channels', async () => {
    const byKey = Object.fromEntries(variantsOf(await loadModel('test/fixtures/render/showcase')).map((v) => [v.key, v]))
    expect(byKey['us-ca']!.terms['personal-data']).toBe('personal information')
    expect(byKey.eea!.terms['personal-data']).toBe('personal data')
    expect(byKey[GLOBAL]!.terms['personal-data']).toBe('personal data')
    expect(byKey['us-ca']!.region!.authority.name).toContain('California Privacy Protection Agency')
    expect(byKey['us-ca']!.channels.map((c) => c.id)).toEqual(['privacy-email', 'ca-phone'])
    expect(byKey.eea!.channels.map((c) => c.id)).toEqual(['privacy-email'])
    expect(byKey[GLOBAL]!.channels.map((c) => c.id)).toEqual(['privacy-email', 'ca-phone'])
  })

  it('shares a section tree between variants when nothing in it depends on the region', async () => {
    const model = await loadModel('test/fixtures/render/showcase')
    const variants = variantsOf(model)
    const shared = model.prose.get('keeping')!.tree
    for (const variant of variants) expect(variant.sections.find((s) => s.section.id === 'keeping')!.tree).toBe(shared)
    const rights = variants.map((v) => v.sections.find((s) => s.section.id === 'rights')!.tree)
    expect(rights[0]).toBe(model.prose.get('rights')!.tree)
    expect(rights[1]).not.toBe(model.prose.get('rights')!.tree)
  })

  it('resolves only-blocks without touching the shared tree', () => {
    const tree = parseProse('Before.\n\n::::only{regions="us-*"}\nUS text.\n\n:::only{regions="us-ca"}\nCalifornia text.\n:::\n::::\n\n:::only{regions="eea"}\nEEA text.\n:::\n\nAfter.').tree
    const copy = structuredClone(tree)
    deepFreeze(tree)
    const text = (root: Root) => JSON.stringify(root).match(/"value":"[^"]*"/g)!.join(' ')
    const keep = (served: string[]) => (selectors: readonly string[]) => selectors.some((s) => served.some((r) => (s.endsWith('*') ? r.startsWith(s.slice(0, -1)) : r === s)))
    expect(text(filterOnly(tree, keep(['us-ca'])))).toBe('"value":"Before." "value":"US text." "value":"California text." "value":"After."')
    expect(text(filterOnly(tree, keep(['us-va'])))).toBe('"value":"Before." "value":"US text." "value":"After."')
    expect(text(filterOnly(tree, keep(['eea'])))).toBe('"value":"Before." "value":"EEA text." "value":"After."')
    expect(tree).toEqual(copy)
    const plain = parseProse('No region text here.').tree
    expect(filterOnly(plain, keep(['eea']))).toBe(plain)
  })
})
