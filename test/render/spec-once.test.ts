import { describe, expect, it } from 'vitest'
import { TABLE_KINDS } from '../../src/prose/directives.js'
import { TABLES } from '../../src/render/markdown/tables/index.js'
import { sameJson, specContent, tableSpecOnce } from '../../src/render/markdown/tables/spec-once.js'
import { variantsOf } from '../../src/variant/variants-of.js'
import { loadModel } from './render-helpers.js'

describe('table specs built once per policy', () => {
  it('equal a spec built afresh for every variant and kind, and are shared where the builder read the same inputs', async () => {
    for (const path of ['policies/xwms', 'policies/acme']) {
      const variants = variantsOf(await loadModel(path))
      const shared = new Map<string, Set<unknown>>()
      for (const variant of variants) {
        for (const kind of TABLE_KINDS) {
          const once = tableSpecOnce(kind, variant)
          expect(once, `${path} ${variant.key} ${kind}`).toEqual(TABLES[kind](variant))
          if (!shared.has(kind)) shared.set(kind, new Set())
          shared.get(kind)!.add(once)
        }
      }
      // The categories and cookies tables read the same on a policy's pages that share the law's words.
      const words = new Set(variants.map((v) => JSON.stringify(v.terms))).size
      expect(shared.get('cookies')!.size).toBeLessThanOrEqual(words)
      expect(shared.get('cookies')!.size).toBeLessThan(variants.length)
      // The rights differ per region: one spec per variant.
      expect(shared.get('rights')!.size).toBe(variants.length)
    }
  })

  it('know two specs equal exactly when their JSON is, without writing it (sameJson)', () => {
    const values: unknown[] = [
      null, undefined, 0, -0, 1, NaN, Infinity, '', '0', 'null', true, false, [], {}, [null], [undefined], [() => 1], [NaN],
      { a: 1 }, { a: 1, b: undefined }, { b: undefined, a: 1 }, { a: 1, b: 2 }, { b: 2, a: 1 }, { a: null }, { a: NaN }, { a: () => 1 },
      { a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] }, { a: [1, { b: 'x', c: undefined }] }, [1, 2], [2, 1], [[]], [{}], { 1: 'a', 0: 'b' }, { 0: 'b', 1: 'a' },
      new Date(0), { toJSON: () => 'x' }, 'x', new Map([[1, 2]]), { type: 'text', value: 'a' }, { type: 'text', value: 'a', data: undefined },
    ]
    for (const a of values) {
      for (const b of values) {
        const json = (value: unknown) => (value === undefined ? 'undefined' : JSON.stringify(value))
        expect(sameJson(a, b), `${json(a)} vs ${json(b)}`).toBe(json(a) === json(b))
        expect(sameJson([a], [b]), `[${json(a)}] vs [${json(b)}]`).toBe(JSON.stringify([a]) === JSON.stringify([b]))
        expect(sameJson({ k: a }, { k: b }), `{k: ${json(a)}} vs {k: ${json(b)}}`).toBe(JSON.stringify({ k: a }) === JSON.stringify({ k: b }))
      }
    }
  })

  it('give each spec\'s JSON for the fragment cache, and none for a spec it did not make', async () => {
    const variant = variantsOf(await loadModel('policies/acme'))[1]!
    const spec = tableSpecOnce('recipients', variant)!
    expect(specContent(spec)).toBe(JSON.stringify(spec))
    expect(specContent({ ...spec })).toBeUndefined()
  })
})
