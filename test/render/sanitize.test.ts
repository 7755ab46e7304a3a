import type { Root } from 'mdast'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { visit } from 'unist-util-visit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bodyToHtml } from '../../src/render/html/to-html.js'
import { jsonForScript } from '../../src/render/html/trusted-html.js'
import { expandBody } from '../../src/render/markdown/expand.js'
import { planPage } from '../../src/render/markdown/page-plan.js'
import { toMarkdown } from '../../src/render/markdown/to-markdown.js'
import { parseProse } from '../../src/prose/parse-prose.js'
import { globalVariant } from '../../src/variant/variants-of.js'
import { runCli } from '../helpers/run-cli.js'
import { build, tempFolder } from '../site/site-helpers.js'
import { loadModel } from './render-helpers.js'

/**
 * Fails when the HTML has an element or attribute that could run script or load something: a tag
 * outside the allowed set, an event handler, or a link to javascript:, vbscript: or data:. Only
 * real tags count: text that merely shows such markup is escaped and is fine.
 */
function expectHarmless(html: string): void {
  for (const [tag, name = '', attributes = ''] of html.matchAll(/<([a-z][a-z0-9-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/gi)) {
    const lower = name.toLowerCase()
    if (lower === 'script') expect(attributes, tag).toBe(' type="application/ld+json"')
    // The one image is the page's own data-flow picture, a same-site file the template links (never from a body).
    if (lower === 'img') expect(attributes, tag).toMatch(/^ src="(?:\.\.?\/)*flow-[0-9a-f]{16}\.svg" alt="[^"<>]*" width="\d+" height="\d+"$/)
    else expect(['iframe', 'img', 'object', 'embed', 'style', 'frame', 'base', 'form', 'input'], tag).not.toContain(lower)
    for (const [, attribute = '', value = ''] of attributes.matchAll(/\s+([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      expect(attribute.toLowerCase(), tag).not.toMatch(/^on/)
      if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attribute.toLowerCase())) {
        expect(value.replace(/^["']|["']$/g, '').replace(/[\s\u0000-\u001f]/g, ''), tag).not.toMatch(/^(javascript|vbscript|data):/i)
      }
    }
  }
}

/** Raw HTML a Markdown reader would pass through, found by parsing the Markdown as GitHub would. */
function htmlNodesIn(markdown: string): string[] {
  const found: string[] = []
  visit(parseProse(markdown).tree, 'html', (node) => {
    found.push(node.value)
  })
  return found
}

const HOSTILE_BODY = [
  '<script>alert(1)</script>',
  '',
  'Text <img src=x onerror=alert(1)> and <a href="javascript:alert(1)" onclick="x()">html link</a>.',
  '',
  '[plain](javascript:alert(1)) [upper](JAVASCRIPT:alert(1)) [tab](java\tscript:alert(1)) [entity](&#106;avascript:alert(1))',
  '[hex](&#x6A;avascript:alert(1)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [vb](vbscript:msgbox(1))',
  '[space]( javascript:alert(1)) <javascript:alert(1)> [ref][evil] ![img](javascript:alert(1)) ![pixel](https://tracker.example/p.gif)',
  '',
  '[evil]: javascript:alert(1)',
  '',
  '<iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
  '',
  'A footnote[^cookie] and another[^__proto__].',
  '',
  '[^cookie]: Clobbers `document.cookie` if unprefixed.',
  '[^__proto__]: Clobbers prototypes if unprefixed.',
].join('\n')

describe('the sanitizer, on trees the check stage would have refused', () => {
  let expand: (tree: Root) => Root

  beforeAll(async () => {
    const model = await loadModel('test/fixtures/render/showcase')
    const plan = planPage(globalVariant(model))
    expand = (tree) => expandBody(tree, { plan, sectionId: 'what-we-collect', baseDepth: 3, report: () => undefined })
  })

  it('drops raw HTML, scripts, event handlers and unsafe links from the HTML, even obfuscated', () => {
    const tree = parseProse(HOSTILE_BODY).tree
    for (const html of [bodyToHtml(expand(tree), 'what-we-collect'), bodyToHtml(tree, 'what-we-collect')]) {
      expectHarmless(html)
      expect(html).toContain('html link')
      expect(html).toContain('plain')
      expect(html).not.toContain('tracker.example')
    }
  })

  it('writes no raw HTML and no unsafe link into the Markdown either', () => {
    const markdown = toMarkdown(expand(parseProse(HOSTILE_BODY).tree))
    expect(htmlNodesIn(markdown)).toEqual([])
    expect(markdown).not.toMatch(/\]\(\s*(javascript|vbscript|data):/i)
    expect(markdown).not.toMatch(/<javascript:/i)
    expect(markdown).not.toMatch(/^\[evil\]:/m)
  })

  it('prefixes every id and name from a body, so prose cannot clobber globals', () => {
    const html = bodyToHtml(parseProse(HOSTILE_BODY).tree, 'what-we-collect')
    const ids = [...html.matchAll(/\s(id|name)="([^"]*)"/g)].map((m) => m[2]!)
    expect(ids.length).toBeGreaterThan(0)
    for (const id of ids) expect(id).toMatch(/^user-content-/)
    const targets = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]!)
    for (const target of targets) expect(ids).toContain(target)
  })

  it('strips what a crafted tree asks for through hast data (element names, handlers, ids)', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', data: { hName: 'script' }, children: [{ type: 'text', value: 'alert(1)' }] },
        { type: 'paragraph', data: { hProperties: { id: 'cookie', name: 'forms', onClick: 'alert(1)', style: 'x' } }, children: [{ type: 'text', value: 'clobber' }] },
        { type: 'paragraph', children: [{ type: 'link', url: '\u0000javascript:alert(1)', children: [{ type: 'text', value: 'nul' }] }] },
        { type: 'html', value: '<img src=x onerror=alert(1)>' },
      ],
    }
    const html = bodyToHtml(tree, 'crafted')
    expectHarmless(html)
    expect(html).toContain('id="user-content-cookie"')
    expect(html).not.toContain('style=')
    expect(html).not.toContain('alert(1)</script>')
  })

  it('escapes JSON-LD so that no string can close the script element or open a comment', () => {
    const json = jsonForScript({ name: '</script><script>alert(1)</script><!--', other: 'a & b > c \u2028' }).html
    expect(json).not.toMatch(/<|>|&/)
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script><!--', other: 'a & b > c \u2028' })
  })
})

describe('hostile text end to end', () => {
  let work: string

  beforeAll(() => {
    work = tempFolder('policyc-hostile-')
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('prints titles, names, labels and summaries as text, and keeps footnote ids prefixed', async () => {
    const out = join(work, 'site')
    const result = await build(['test/fixtures/render/hostile'], { out })
    expect(result.written).toBe(true)
    const html = readFileSync(join(out, 'hostile/index.html'), 'utf8')
    expectHarmless(html)
    expect(html).toContain('<h1>Notice &lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;</h1>')
    expect(html).toContain('id="user-content-intro-fn-getelementbyid"')
    expect(html).not.toMatch(/\sid="getelementbyid"/i)
    const script = /<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(html)![1]!
    expect(script).not.toMatch(/<\/script|<!--/i)
    expect(JSON.parse(script).name).toBe('Notice <script>alert("title")</script>')
    expectHarmless(readFileSync(join(out, 'index.html'), 'utf8'))
    const markdown = readFileSync(join(out, 'hostile/index.md'), 'utf8')
    expect(htmlNodesIn(markdown)).toEqual([])
    expect(markdown).toContain('# Notice \\<script>alert("title")\\</script>')
  })

  it('builds nothing from a body with raw HTML or a javascript: link: check reports it first', async () => {
    const source = readFileSync(join(process.cwd(), 'test/fixtures/render/mini/policy.yaml'), 'utf8')
    const policy = join(work, 'raw.yaml')
    const { writeFileSync, existsSync } = await import('node:fs')
    writeFileSync(policy, source.replace('to run your account.', 'to run your account. <script>alert(1)</script> [x](javascript:alert(1))'))
    const result = await runCli(['build', policy, '--out', join(work, 'raw-out')], { cwd: work })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('raw-html')
    expect(result.stdout).toContain('unsafe-url')
    expect(existsSync(join(work, 'raw-out'))).toBe(false)
  })
})
