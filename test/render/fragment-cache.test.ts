import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { FragmentCache } from '../../src/render/fragment-cache.js'

const paragraph = (value: string): Root['children'][number] => ({ type: 'paragraph', children: [{ type: 'text', value }] })

describe('FragmentCache.digest', () => {
  it('gives equal trees the same digest and different trees different ones, whether or not their blocks are shared objects', () => {
    const cache = new FragmentCache(4)
    const shared = paragraph('Shared.')
    const a: Root = { type: 'root', children: [shared, paragraph('One.')] }
    const b: Root = { type: 'root', children: [shared, paragraph('One.')] }
    const c: Root = { type: 'root', children: [paragraph('Shared.'), paragraph('One.')] }
    expect(cache.digest(a)).toBe(cache.digest(b))
    expect(cache.digest(a)).toBe(cache.digest(c))
    expect(cache.digest({ type: 'root', children: [shared, paragraph('Two.')] })).not.toBe(cache.digest(a))
    expect(cache.digest({ type: 'root', children: [paragraph('One.'), shared] })).not.toBe(cache.digest(a))
    expect(cache.digest({ type: 'root', children: [shared] })).not.toBe(cache.digest(a))
  })

  it('never gives a forgotten content\'s id to other content', () => {
    const cache = new FragmentCache(1)
    const first = cache.digest({ type: 'root', children: [paragraph('First.')] })
    // Past `capacity * 8` distinct blocks, the first is forgotten.
    const later = Array.from({ length: 20 }, (_, i) => cache.digest({ type: 'root', children: [paragraph(`Block ${i}.`)] }))
    expect(later).not.toContain(first)
    expect(new Set(later).size).toBe(20)
    expect(cache.digest({ type: 'root', children: [paragraph('First.')] })).not.toBe(later[0])
  })
})
