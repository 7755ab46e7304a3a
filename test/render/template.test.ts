import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileTemplate, renderTemplate, type Template } from '../../src/render/html/template.js'
import { loadTemplates } from '../../src/render/html/template-set.js'
import { trusted } from '../../src/render/html/trusted-html.js'

function compile(source: string): Template {
  const result = compileTemplate(source, 'test.html')
  expect(result.diagnostics).toEqual([])
  return result.template!
}

describe('templates', () => {
  it('escapes text by default, in content and in attributes', () => {
    const template = compile('<a title="{{title}}">{{title}}</a>')
    const { html } = renderTemplate(template, { title: `"><script>alert('x')</script>&` })
    expect(html).toBe('<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</a>')
  })

  it('inserts raw only what policyc made, and reports anything else at its place', () => {
    const template = compile('<div>\n  {{{body}}}\n</div>')
    expect(renderTemplate(template, { body: trusted('<p>ok</p>') }).html).toBe('<div>\n  <p>ok</p>\n</div>')
    const refused = renderTemplate(template, { body: '<script>alert(1)</script>' })
    expect(refused.html).not.toContain('<script>')
    expect(refused.diagnostics).toMatchObject([{ ruleId: 'template-unsafe-raw', file: 'test.html', start: { line: 2, column: 3 }, severity: 'error' }])
  })

  it('goes through lists, shows sections when set and inverted sections when not', () => {
    const template = compile('{{#items}}<li{{#current}} class="on"{{/current}}>{{name}} of {{owner}}</li>{{/items}}{{^items}}none{{/items}}{{#note}}[{{.}}]{{/note}}')
    expect(renderTemplate(template, { owner: 'X', note: 'n', items: [{ name: 'a', current: true }, { name: 'b', current: false }] }).html).toBe('<li class="on">a of X</li><li>b of X</li>[n]')
    expect(renderTemplate(template, { owner: 'X', note: null, items: [] }).html).toBe('none')
  })

  it('reports unknown names, unclosed and mismatched sections at file:line:col', () => {
    expect(renderTemplate(compile('a\n {{nope}}'), {}).diagnostics).toMatchObject([{ ruleId: 'template-unknown-name', start: { line: 2, column: 2 } }])
    expect(renderTemplate(compile('{{a.b}}'), { a: {} }).diagnostics).toMatchObject([{ ruleId: 'template-unknown-name' }])
    expect(compileTemplate('{{#a}}\nx', 'bad.html').diagnostics).toMatchObject([{ ruleId: 'template-syntax', file: 'bad.html', start: { line: 1, column: 1 } }])
    expect(compileTemplate('{{#a}}{{/b}}{{/a}}', 'bad.html').diagnostics).toMatchObject([{ ruleId: 'template-syntax', start: { line: 1, column: 7 } }])
    expect(compileTemplate('{{{a}}', 'bad.html').diagnostics).toMatchObject([{ ruleId: 'template-syntax' }])
    expect(compileTemplate('{{ a b }}', 'bad.html').diagnostics).toMatchObject([{ ruleId: 'template-syntax' }])
  })

  it('loads a folder: pages, partials and assets; a missing page is a diagnostic', () => {
    const folder = mkdtempSync(join(tmpdir(), 'policyc-templates-'))
    try {
      mkdirSync(join(folder, 'assets'))
      writeFileSync(join(folder, 'assets', 'site.css'), 'body{}')
      writeFileSync(join(folder, '_bit.html'), '<b>{{x}}</b>')
      writeFileSync(join(folder, 'page.html'), '{{> bit}}')
      writeFileSync(join(folder, 'index.html'), '')
      const missing = loadTemplates(folder, folder)
      expect(missing.templates).toBeUndefined()
      expect(missing.diagnostics).toMatchObject([{ ruleId: 'template-missing', file: '404.html' }])
      writeFileSync(join(folder, '404.html'), '{{> nothing}}')
      const loaded = loadTemplates(folder, folder)
      expect(loaded.diagnostics).toEqual([])
      expect(loaded.templates!.render('page', { x: '<' }).html).toBe('<b>&lt;</b>')
      expect(loaded.templates!.render('404', {}).diagnostics).toMatchObject([{ ruleId: 'template-unknown-partial' }])
      expect(loaded.templates!.assets.map((a) => a.path)).toEqual(['site.css'])
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('ships default templates that compile cleanly', () => {
    const loaded = loadTemplates()
    expect(loaded.diagnostics).toEqual([])
    expect(loaded.templates!.assets.map((a) => a.path).sort()).toEqual(['print.css', 'redline.css', 'site.css'])
    expect(loaded.templates!.notFoundStyle).toContain('body')
  })
})
