import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { wordsOfPage } from '../../src/lint/coverage/page-text.js'
import { root } from '../helpers/paths.js'

/** The page's words read in one pass, as coverage read them before it read a heading's part at a time. */
function wholePageWords(markdown: string): string {
  const withoutTargets = markdown.replace(/\]\([^)]*\)/g, ']')
  return ` ${(withoutTargets.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `
}

describe('wordsOfPage', () => {
  it('reads a page part by part exactly as in one pass', () => {
    const pages = [
      '',
      '#',
      '\n#',
      '# title\n\nsome [link](https://example.com/a) text\n\n## next\n\n| a | b |\n| - | - |\n| x | y |\n',
      'x\n#y\n#z',
      'Σ\n# Σ b ΑΣ\n',
      // A link target that a later part closes: the cut would change what is dropped, so the page is read whole.
      'see [here](https://example.com/\n# not a heading) after',
      'x [a](b)\n# h [c](d\n# e) f',
      '# one\n\nsame words\n\n# two\n\nsame words\n',
    ]
    for (const page of pages) expect(wordsOfPage(page), JSON.stringify(page)).toBe(wholePageWords(page))
  })

  it('reads the pages of the XWMS golden coverage fixture and the README as in one pass, twice (from its memo the second time)', () => {
    const texts = [readFileSync(join(root, 'README.md'), 'utf8'), ...readdirSync(join(root, 'test/fixtures/coverage')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(root, 'test/fixtures/coverage', f), 'utf8'))]
    for (const text of texts) {
      const page = text.toLowerCase()
      expect(wordsOfPage(page)).toBe(wholePageWords(page))
      expect(wordsOfPage(page)).toBe(wholePageWords(page))
    }
  })
})
