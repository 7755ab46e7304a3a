import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'
import { runPolicyc } from './support/dist.js'

/**
 * Issue 20, finding 21: a complex YAML key (`? [a, b]: x`) printed the YAML library's warning on
 * stderr; `init --org "Acme *emph* Org"` wrote the name into Markdown bodies unescaped, so it was
 * rendered as emphasis; a non-Latin name (`ООО Ромашка`) was refused; an external image stayed in
 * `index.md` while the HTML dropped it; a directive with malformed attributes
 * (`::table{of="x\" onload=…"}`) was published as text with no diagnostic.
 */

const MINI = readFileSync(join(root, 'test/fixtures/render/mini/policy.yaml'), 'utf8')
let work: string

beforeAll(() => {
  work = tempFolder('policyc-finding-21-')
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

function project(name: string, policy: string): string {
  const dir = join(work, name)
  mkdirSync(join(dir, 'policies', 'mini'), { recursive: true })
  writeFileSync(join(dir, 'policies', 'mini', 'policy.yaml'), policy)
  return dir
}

/** The mini policy with lines appended to its one section's body (six spaces of indentation). */
function withBody(...lines: string[]): string {
  return `${MINI.trimEnd()}\n${lines.map((line) => (line === '' ? '' : `      ${line}`)).join('\n')}\n`
}

/** Every file under a folder, by its path relative to it. */
function files(folder: string): Map<string, string> {
  const found = new Map<string, string>()
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) found.set(join(entry.parentPath, entry.name).slice(folder.length + 1), readFileSync(join(entry.parentPath, entry.name), 'utf8'))
  }
  return found
}

describe('a key that is a list or a mapping', () => {
  it('`? [a, b]: x` is a diagnostic at the key, nothing from the YAML library on stderr', async () => {
    const dir = project('complex-key', `${MINI}? [a, b]: x\n`)
    const lines = MINI.split('\n').length
    for (const args of [['check', 'policies'], ['build', 'policies']]) {
      const result = await runPolicyc(args, { cwd: dir })
      expect(result.stderr).toBe('')
      expect(result.stdout).toContain(`policies/mini/policy.yaml:${lines}:1  error  A key must be plain text, not a list or a mapping  complex-key`)
      expect(result.code).toBe(1)
    }
  })
})

describe('init --org: the name is literal text in every output', () => {
  it('"Acme *emph* Org" is never emphasis: escaped in the Markdown bodies it is written into, shown as typed on every page', async () => {
    const dir = join(work, 'org-emph')
    const init = await runPolicyc(['init', dir, '--org', 'Acme *emph* Org', '--regions', 'eea'], { cwd: work })
    expect(init.code).toBe(0)
    const sources = [...files(join(dir, 'policies')).values()].join('\n')
    // In bodies (Markdown) the name is escaped; in plain values it stays as typed.
    expect(sources).toContain('Acme \\*emph\\* Org helps businesses')
    expect(sources).toContain('name: Acme *emph* Org')
    const built = await runPolicyc(['build', 'policies', '--quiet'], { cwd: dir })
    expect(built.stderr).toBe('')
    expect(built.code).toBe(0)
    const site = files(join(dir, 'dist'))
    // The policy's pages (not the site's index and 404 page, which do not name it).
    const html = [...site].filter(([path]) => path.startsWith('acme-emph-org-privacy/') && path.endsWith('.html'))
    const markdown = [...site].filter(([path]) => path.startsWith('acme-emph-org-privacy/') && path.endsWith('.md'))
    expect(html.length).toBeGreaterThan(0)
    expect(markdown.length).toBeGreaterThan(0)
    for (const [path, text] of html) {
      expect(text, path).not.toMatch(/<em>emph<\/em>/)
      expect(text, path).toContain('Acme *emph* Org')
    }
    for (const [path, text] of markdown) {
      // Unescaped `*emph*` or `_emph_` would be emphasis when the Markdown is read.
      expect(text, path).not.toMatch(/(?<!\\)[*_]emph(?<!\\)[*_]/)
      // The notice pages name the organisation (the coverage report does not).
      if (!path.includes('/coverage/')) expect(text, path).toContain('Acme \\*emph\\* Org')
    }
    const jsonld = [...site].filter(([path]) => path.endsWith('.jsonld'))
    for (const [path, text] of jsonld) expect(text, path).toContain('"Acme *emph* Org"')
  })

  it('"ООО Ромашка" is accepted: a transliterated folder and id, the name as written in the sources and on the pages', async () => {
    const dir = join(work, 'org-cyrillic')
    const init = await runPolicyc(['init', dir, '--org', 'ООО Ромашка', '--regions', 'eea'], { cwd: work })
    expect(init.stderr).toBe('')
    expect(init.code).toBe(0)
    expect(init.stdout).toContain('policies/ooo-romashka/policy.yaml')
    const policy = readFileSync(join(dir, 'policies', 'ooo-romashka', 'policy.yaml'), 'utf8')
    expect(policy).toContain('id: ooo-romashka-privacy')
    expect(policy).toContain('name: ООО Ромашка')
    const built = await runPolicyc(['build', 'policies', '--quiet'], { cwd: dir })
    expect(built.stderr).toBe('')
    expect(built.code).toBe(0)
    const page = readFileSync(join(dir, 'dist', 'ooo-romashka-privacy', 'index.html'), 'utf8')
    expect(page).toContain('ООО Ромашка')
  })

  it('a name in a script without a transliteration gets the folder `organisation`', async () => {
    const dir = join(work, 'org-han')
    const init = await runPolicyc(['init', dir, '--org', '示例公司', '--regions', 'eea'], { cwd: work })
    expect(init.stderr).toBe('')
    expect(init.code).toBe(0)
    expect(readFileSync(join(dir, 'policies', 'organisation', 'policy.yaml'), 'utf8')).toContain('name: 示例公司')
  })
})

describe('images in prose', () => {
  it('an external image is refused at its line and column by check and build, as the HTML would drop it', async () => {
    const dir = project('image', withBody('', 'See ![chart](https://elsewhere.example/t.png) below.'))
    const line = MINI.trimEnd().split('\n').length + 2
    for (const args of [['check', 'policies'], ['build', 'policies']]) {
      const result = await runPolicyc(args, { cwd: dir })
      expect(result.stdout).toContain(`policies/mini/policy.yaml:${line}:11-${line}:52  error  Unexpected image \`![chart](https://elsewhere.example/t.png)\`: pages show no images  image-in-prose`)
      expect(result.code).toBe(1)
    }
  })
})

describe('directives with malformed attributes', () => {
  it.each([
    ['a quote inside a quoted value', '::table{of="x\\" onload=alert(1)"}', 1],
    ['a second closing brace', '::table{of=categories}}', 1],
    ['no closing brace', '::table{of=categories', 1],
    ['a label never closed', '::table[label{of=categories}', 1],
    ['an inline directive whose braces are not closed', 'Text with :ref{id=contact and more.', 11],
  ])('%s: an error at the directive, never published as text', async (name, line, column) => {
    const dir = project(`directive-${name.replace(/\W+/g, '-')}`, withBody('', line))
    const at = MINI.trimEnd().split('\n').length + 2
    const result = await runPolicyc(['check', 'policies'], { cwd: dir })
    expect(result.stdout).toMatch(new RegExp(`policies/mini/policy\\.yaml:${at}:${column + 6}(-[0-9:]+)?  error  .*malformed-directive`))
    expect(result.code).toBe(1)
  })

  it('escaped colons stay text (`\\:\\:table{…}`), and so do braces after a link or a word', async () => {
    const dir = project('directive-escaped', withBody('', 'Write \\:\\:table{of=categories} to show a table; https://example.com/{x} and Note:{y} stay text.'))
    const result = await runPolicyc(['check', 'policies'], { cwd: dir })
    expect(result.stdout).not.toContain('malformed-directive')
    expect(result.code).toBe(0)
  })
})
