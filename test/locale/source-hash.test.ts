import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { normaliseSourceText, sourceHash } from '../../src/locale/source-hash.js'

describe('sourceHash', () => {
  it('is the first 12 hex digits of the SHA-256 of the text', () => {
    const text = 'We collect your name.'
    expect(sourceHash(text)).toBe(createHash('sha256').update(text).digest('hex').slice(0, 12))
    expect(sourceHash(text)).toMatch(/^[0-9a-f]{12}$/)
  })

  it('is the same for the same words however they are stored', () => {
    const composed = 'Café policy\n\nSecond paragraph.'
    // é as e + combining acute (NFD), CRLF line endings, trailing spaces, trailing newline.
    const decomposed = 'Cafe\u0301 policy  \r\n\r\nSecond paragraph.\r\n'
    expect(sourceHash(decomposed)).toBe(sourceHash(composed))
  })

  it('reads soft line breaks as spaces, so re-wrapping or folding a paragraph is no change', () => {
    const literal = 'We collect what you give us\nand what your device tells us.\n'
    const folded = 'We collect what you give us and what your device tells us.'
    const spaced = 'We collect  what you give us\n   and what your device tells us.'
    expect(sourceHash(literal)).toBe(sourceHash(folded))
    expect(sourceHash(spaced)).toBe(sourceHash(folded))
  })

  it('changes when a word changes', () => {
    expect(sourceHash('We keep it 7 years.')).not.toBe(sourceHash('We keep it 10 years.'))
  })

  it('keeps the breaks that carry structure: paragraphs, list items, headings, directives, fences', () => {
    expect(normaliseSourceText('One.\n\n\nTwo.')).toBe('One.\n\nTwo.')
    expect(normaliseSourceText('Intro:\n- a\n- b\n  continued')).toBe('Intro:\n- a\n- b continued')
    expect(normaliseSourceText('### Heading\nText')).toBe('### Heading\nText')
    expect(normaliseSourceText('Text\n::table{of=cookies}\nMore')).toBe('Text\n::table{of=cookies}\nMore')
    expect(normaliseSourceText(':::only{regions="ca"}\nText\n:::')).toBe(':::only{regions="ca"}\nText\n:::')
    expect(normaliseSourceText('```\na  b\nc\n```')).toBe('```\na  b\nc\n```')
    expect(sourceHash('Intro:\n- a\n- b')).not.toBe(sourceHash('Intro:\n- a - b'))
  })
})
