import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { wordsOfPage } from '../../src/lint/coverage/page-text.js'
import { proseSentencesOnPage } from '../../src/lint/coverage/page-sections.js'
import { pageKeys, variantFacts } from '../../src/lint/variant-facts.js'
import { checkPolicies } from '../../src/pipeline.js'
import { root } from '../helpers/paths.js'

/** The page's words read in one pass, as coverage read them before it read a heading's part at a time. */
function wholePageWords(markdown: string): string {
  const withoutTargets = markdown.replace(/\]\([^)]*\)/g, ']')
  return ` ${(withoutTargets.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `
}

describe('wordsOfPage', () => {
  it('reads a page part by part exactly as in one pass (parts joined by line ends)', () => {
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
      // A link target that a later block closes, across a blank line.
      'a [b](c\n\nd) e\n\n# f [g](h) i\n\nj](k\n\nl) m',
      '# one\n\n| a | b |\n| - | - |\n\nwords [x](y) here\n\n\n\nmore\n',
    ]
    for (const page of pages) {
      // Cut where a line starts with `#`, as a page's sections start; and not cut at all.
      expect(wordsOfPage(page.split(/\n(?=#)/)), JSON.stringify(page)).toBe(wholePageWords(page))
      expect(wordsOfPage([page]), JSON.stringify(page)).toBe(wholePageWords(page))
    }
  })

  it('reads the pages of the XWMS golden coverage fixture and the README as in one pass, twice (from its memo the second time)', () => {
    const texts = [readFileSync(join(root, 'README.md'), 'utf8'), ...readdirSync(join(root, 'test/fixtures/coverage')).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(root, 'test/fixtures/coverage', f), 'utf8'))]
    for (const text of texts) {
      const page = text.toLowerCase()
      expect(wordsOfPage(page.split(/\n(?=#)/))).toBe(wholePageWords(page))
      expect(wordsOfPage(page.split(/\n(?=#)/))).toBe(wholePageWords(page))
    }
  })

  it('reads each region page of XWMS and acme by its sections as it reads the page whole: its words and its sentences', async () => {
    const result = await checkPolicies([join(root, 'policies/xwms'), join(root, 'policies/acme')], { cwd: root, lint: false })
    expect(result.models).toHaveLength(2)
    for (const model of result.models) {
      for (const region of pageKeys(model)) {
        const facts = variantFacts(model, region)
        expect(facts.page).toBe(facts.parts.join('\n'))
        const whole = { ...facts, parts: [facts.page] }
        expect(wordsOfPage(facts.parts)).toBe(wholePageWords(facts.page))
        expect(proseSentencesOnPage(facts)).toEqual(proseSentencesOnPage(whole))
        if (model.regions.some((r) => r.id === region)) expect(facts.parts.length).toBeGreaterThan(5)
      }
    }
  }, 60_000)
})
