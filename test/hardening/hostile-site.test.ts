import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtures } from '../helpers/paths.js'
import { build, tempFolder } from '../site/site-helpers.js'
import { leftovers, runPolicyc, snapshot } from './support/dist.js'
import { BUILD_REFUSED, HOSTILE_CASES, MINI_SOURCE, withProse, type HostileCase } from './support/hostile-cases.js'

/**
 * Item 2 of issue 9: every hostile source, through the CLI as CI runs it, is refused with its
 * exact diagnostics (file:line:col and rule, every error) and exit 1, and the previous dist/
 * — including a file policyc did not write — is byte-identical afterwards.
 */

let work: string
let base: string
let before: Record<string, string>

beforeAll(async () => {
  work = tempFolder('policyc-hostile-site-')
  base = join(work, 'base-dist')
  await build(['test/fixtures/render/mini'], { out: base })
  writeFileSync(join(base, 'CNAME'), 'privacy.example.com\n')
  before = snapshot(base)
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The 39 broken sources of test/fixtures/invalid/, with the errors their expected.txt lists. */
const fixtureCases: HostileCase[] = readdirSync(join(fixtures, 'invalid'))
  .sort()
  .map((name) => {
    const dir = join(fixtures, 'invalid', name)
    const expected = readFileSync(join(dir, 'expected.txt'), 'utf8')
    const errors = [...expected.matchAll(/^(\S+:\d+:\d+) (\S+) error:/gm)].map((m) => `${m[1]} ${m[2]}`)
    return { name: `fixture ${name}`, files: { [`@${dir}`]: '' }, errors }
  })

let n = 0
/** Builds one case into its own copy of the previous dist/, so the cases can run side by side. */
async function buildCase(c: HostileCase) {
  const caseDir = join(work, `case-${n++}`)
  const out = join(caseDir, 'dist')
  mkdirSync(caseDir)
  cpSync(base, out, { recursive: true })
  let sources = join(caseDir, 'policy')
  const fixture = Object.keys(c.files).find((f) => f.startsWith('@'))
  if (fixture) sources = fixture.slice(1)
  else
    for (const [file, content] of Object.entries(c.files)) {
      mkdirSync(dirname(join(sources, file)), { recursive: true })
      writeFileSync(join(sources, file), content)
    }
  const result = await runPolicyc(['build', '.', '--out', out, '--quiet'], { cwd: sources })
  return { result, out, caseDir }
}

/** `file:line:col rule` of every error line of the pretty report, in order. */
const errorsIn = (stdout: string) => [...stdout.matchAll(/^(\S+:\d+:\d+)(?:-\d+:\d+)?\s+error\s+.*\s(\S+)\s*$/gm)].map((m) => `${m[1]} ${m[2]}`)

describe('hostile input never reaches the published site', () => {
  it('has the cases issue 9 lists', () => {
    expect(fixtureCases.length).toBeGreaterThanOrEqual(39)
    expect(fixtureCases.every((c) => c.errors.length > 0)).toBe(true)
  })

  it.concurrent.each([...fixtureCases, ...HOSTILE_CASES, ...BUILD_REFUSED].map((c) => [c.name, c] as const))('%s: exact errors, exit 1, previous dist/ byte-identical', async (_name, c) => {
    const { result, out, caseDir } = await buildCase(c)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)
    expect(errorsIn(result.stdout)).toEqual(c.errors)
    expect(result.stdout).toMatch(/✖ nothing built/)
    expect(snapshot(out)).toEqual(before)
    expect(leftovers(caseDir)).toEqual([])
  })
})

describe('hostile but valid input gives safe output', () => {
  const page = async (name: string, source: string | Record<string, string>) => {
    const folder = join(work, 'safe', name)
    const files = typeof source === 'string' ? { 'policy.yaml': source } : source
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, file)), { recursive: true })
      writeFileSync(join(folder, file), content)
    }
    const out = join(work, 'safe-out', name)
    const result = await build([folder], { out, cwd: '/' })
    expect(result.written).toBe(true)
    return { out, html: readFileSync(join(out, 'mini/index.html'), 'utf8') }
  }
  const jsonLd = (html: string) => /<script type="application\/ld\+json">\n?([\s\S]*?)\n?<\/script>/.exec(html)![1]!

  it('a title containing </script><!-- and U+2028 cannot leave the JSON-LD script', async () => {
    const title = 'A </script><!-- <script>alert(1)</script> \u2028 title'
    const { html } = await page('jsonld', MINI_SOURCE.replace('title: Mini Notice', `title: ${JSON.stringify(title)}`))
    const script = jsonLd(html)
    expect(script).not.toMatch(/<|>|\u2028/)
    // The page embeds the short block (src/render/jsonld/page-summary.ts); its name is the page node's.
    expect(JSON.parse(script).name).toBe(title)
    expect(html.match(/<script\b/g)).toHaveLength(1)
  })

  it('anchors named location and forms: prefixed when they come from prose; a section id stays the section\'s own anchor on a page that runs no script', async () => {
    const source = withProse('A note.[^forms]\n\n      #### location\n\n      [^forms]: See document.forms.').replace('  - id: intro', '  - id: forms')
    const { html } = await page('anchors', source)
    const names = [...html.matchAll(/\s(id|name)="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`)
    // From prose: only ever prefixed, so `document.forms`/`location` cannot be shadowed by a body.
    expect(names.filter((n) => /^(id|name)=(forms|location)$/.test(n))).toEqual(['id=forms'])
    expect(names.some((n) => /^id=user-content-.*forms/.test(n))).toBe(true)
    // The one bare id is the section's anchor (by design, section ids are the page's anchors);
    // window.location is unforgeable and the page has no script that could read a clobbered name.
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script type="application/ld+json">'])
  })

  it('a U+0001- or NBSP-prefixed javascript: (which micromark turns into U+FFFD / keeps) only ever links inside the site', async () => {
    const { html } = await page('prefixed', withProse('[a](&#1;javascript:alert(1)) [b](&#xA0;javascript:alert(1))'))
    for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) {
      const protocol = new URL(href!.replace(/&amp;/g, '&'), 'https://site.example/mini/').protocol
      expect(['https:', 'http:', 'mailto:', 'tel:'], href).toContain(protocol)
    }
  })

  it('`no`, `on` and `1:20` are text; `---` inside a block scalar is text, not a new document', async () => {
    const source = MINI_SOURCE.replace('title: Mini Notice', 'title: no').replace('language: en', 'language: en\nversion: 1:20').replace('to run your account.', 'to run your account.\n      ---\n      on')
    const { out, html } = await page('yaml12', source)
    expect(html).toContain('<h1>no</h1>')
    expect(html).toContain('Version 1:20')
    expect(readFileSync(join(out, 'mini/index.md'), 'utf8')).toMatch(/^on$/m)
  })

  it('BOM, CRLF and mixed line endings build a site byte-identical to LF', async () => {
    const lf = snapshot((await page('lf', MINI_SOURCE)).out)
    const variants = {
      bom: `\uFEFF${MINI_SOURCE}`,
      crlf: MINI_SOURCE.replace(/\n/g, '\r\n'),
      mixed: MINI_SOURCE.split('\n').map((line, i) => line + (i % 2 ? '\r\n' : '\n')).join('').replace(/\r?\n$/, '\n'),
    }
    for (const [name, text] of Object.entries(variants)) expect(snapshot((await page(name, text)).out), name).toEqual(lf)
  })
})
