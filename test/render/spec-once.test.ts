import { describe, expect, it } from 'vitest'
import { TABLE_KINDS } from '../../src/prose/directives.js'
import { TABLES } from '../../src/render/markdown/tables/index.js'
import { tableSpecOnce } from '../../src/render/markdown/tables/spec-once.js'
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
})
