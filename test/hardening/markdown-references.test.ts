import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'
import { runPolicyc } from './support/dist.js'

/**
 * Issue 20, finding 10: two sections each defining `[^1]` and `[rules]: …` were right in HTML
 * (ids scoped per section) but in `index.md`, one document, the second section's footnote and
 * link resolved to the first section's definitions. Labels are now prefixed with the section
 * id in the global Markdown, so each reference resolves inside its own section.
 */

let work: string
beforeAll(() => {
  work = tempFolder('policyc-md-refs-')
  cpSync(join(root, 'test/fixtures/render/mini'), join(work, 'policies', 'mini'), { recursive: true })
  const file = join(work, 'policies', 'mini', 'policy.yaml')
  const section = (id: string, n: string) => `  - id: ${id}
    title: Section ${n}
    body: |
      Read the [rules] of section ${n}, and the [full rules][rules] too.[^1]

      [rules]: https://example.com/rules-${n}

      [^1]: Footnote of section ${n}.
`
  writeFileSync(file, `${readFileSync(file, 'utf8')}${section('first', 'one')}${section('second', 'two')}`)
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('footnotes and link definitions resolve within their section in index.md (finding 10)', () => {
  it('each section reference resolves to its own section definition', async () => {
    const result = await runPolicyc(['build', 'policies'], { cwd: work })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const markdown = readFileSync(join(work, 'dist', 'mini', 'index.md'), 'utf8')
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown)
    const definitions = new Map<string, string>()
    const footnotes = new Map<string, string>()
    visit(tree, 'definition', (node) => {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node.url)
    })
    visit(tree, 'footnoteDefinition', (node) => {
      const words = JSON.stringify(node.children)
      if (!footnotes.has(node.identifier)) footnotes.set(node.identifier, /section (one|two)/.exec(words)?.[1] ?? '?')
    })
    // Walk the headings in order: every reference after "Section n" must resolve to section n.
    let current = ''
    const resolved: string[] = []
    visit(tree, (node) => {
      if (node.type === 'heading' && node.depth === 2) current = /Section (one|two)/.exec(JSON.stringify(node.children))?.[1] ?? ''
      if (node.type === 'linkReference') resolved.push(`${current} link → ${definitions.get(node.identifier)?.replace('https://example.com/rules-', '')}`)
      if (node.type === 'footnoteReference') resolved.push(`${current} footnote → ${footnotes.get(node.identifier)}`)
    })
    expect(resolved).toEqual(['one link → one', 'one link → one', 'one footnote → one', 'two link → two', 'two link → two', 'two footnote → two'])
  })
})
