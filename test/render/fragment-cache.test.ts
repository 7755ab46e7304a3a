import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { FragmentCache } from '../../src/render/fragment-cache.js'
import { bodyToHtml, type BlockHtml } from '../../src/render/html/to-html.js'
import { toMarkdown, writeBlocksOnce } from '../../src/render/markdown/to-markdown.js'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

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

describe('Markdown written block by block (writeBlocksOnce)', () => {
  const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown)
  const source = [
    '## Heading',
    'A paragraph with a [link][ref], a footnote[^1] and *emphasis*.',
    '- one\n- two',
    '* three (a list right after a list: written with a different bullet)',
    '1. first\n2. second',
    '```js\ncode()\n```',
    '---',
    '| a | b |\n| - | - |\n| 1 | 2 |',
    '> quoted\n> text',
    '[ref]: https://example.com',
    '[^1]: The note.',
  ].join('\n\n')

  it('writes the same document as writing it whole, from remembered blocks too', () => {
    const tree = parse(source)
    const whole = toMarkdown(tree)
    const memo = new Map<object, string>()
    let written = 0
    const once = () => toMarkdown({ type: 'root', children: writeBlocksOnce(tree.children, (block, write) => {
      const found = memo.get(block)
      if (found !== undefined) return found
      written++
      const out = write()
      memo.set(block, out)
      return out
    }) })
    expect(once()).toBe(whole)
    const first = written
    expect(once()).toBe(whole)
    // The second document took every wrapped block from the memo; the lists next to a list are written each time.
    expect(written).toBe(first)
    expect(whole).toContain('* three')
  })
})

describe('HTML written block by block (bodyToHtml with a block memo)', () => {
  const parse = (markdown: string): Root => unified().use(remarkParse).use(remarkGfm).parse(markdown)
  const memoOf = () => {
    const memo = new Map<object, string>()
    const blockHtml: BlockHtml = (block, write) => {
      const found = memo.get(block)
      if (found !== undefined) return found
      const out = write()
      memo.set(block, out)
      return out
    }
    return { memo, blockHtml }
  }

  it('writes the same body as writing it whole, and from remembered blocks too', () => {
    const tree = parse(['## Heading', 'A *paragraph* with <b>raw html</b> and a [link](https://example.com).', '<div>dropped</div>', '- one\n- two', '```js\ncode()\n```', '---', '| a | b |\n| - | - |\n| 1 | 2 |', '> quoted'].join('\n\n'))
    const whole = bodyToHtml(tree, 'sec')
    const { memo, blockHtml } = memoOf()
    expect(bodyToHtml(tree, 'sec', blockHtml)).toBe(whole)
    expect(memo.size).toBe(7)
    expect(bodyToHtml(tree, 'sec', blockHtml)).toBe(whole)
  })

  it('writes a body with footnotes or references whole', () => {
    const tree = parse('A note[^1] and [a link][ref].\n\nMore.\n\n[ref]: https://example.com\n\n[^1]: The note.')
    const { memo, blockHtml } = memoOf()
    expect(bodyToHtml(tree, 'sec', blockHtml)).toBe(bodyToHtml(tree, 'sec'))
    expect(memo.size).toBe(0)
  })
})
