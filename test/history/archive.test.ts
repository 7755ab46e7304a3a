import { DOMParser } from '@xmldom/xmldom'
import { copyFile, rm } from 'node:fs/promises'
import { join, posix } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildHistoryArchive, type HistoryArchive } from '../../src/history/archive.js'
import { loadWorkingTree } from '../../src/history/load-side.js'
import { memoryCache } from '../../src/history/version-cache.js'
import type { PolicyModel } from '../../src/resolve/model.js'
import { git, GIT_ENV, makeHistoryRepo, stepsDir } from './git-repo.js'
import { siteRenderer } from './site-renderer.js'

let repo: string
let current: PolicyModel
let archive: HistoryArchive
const cache = memoryCache()
const render = siteRenderer()

async function currentModel(): Promise<PolicyModel> {
  const side = await loadWorkingTree(['policies'], repo)
  expect(side.diagnostics).toEqual([])
  return side.models.get('mini')!
}

beforeAll(async () => {
  Object.assign(process.env, GIT_ENV)
  repo = await makeHistoryRepo()
  current = await currentModel()
  archive = await buildHistoryArchive(current, { cwd: repo, render, renderer: 'test', cache })
})
afterAll(async () => {
  await rm(repo, { recursive: true, force: true })
})

const DATES = ['2026-01-15', '2026-03-01', '2026-05-01', '2026-07-01']
const text = (path: string) => {
  const file = archive.files.find((f) => f.path === path)
  if (!file) throw new Error(`${path} is not in the archive`)
  return String(file.content)
}

describe('the archive of past versions', () => {
  it('renders every version in every variant and format, once each', () => {
    const paths = new Set(archive.files.map((f) => f.path))
    for (const date of DATES) {
      for (const folder of ['', 'eea/', 'us-ca/']) {
        for (const file of ['index.html', 'index.md', 'policy.jsonld']) expect(paths).toContain(`mini/versions/${date}/${folder}${file}`)
      }
    }
    expect(paths).toContain('mini/versions/2026-05-01/uk/index.html')
    expect(paths).not.toContain('mini/versions/2026-07-01/uk/index.html')
    expect(archive.files.length).toBe(paths.size)
    expect([archive.rendered, archive.reused]).toEqual([4, 0])
  })

  it('every version page links to existing previous, next, changelog and variant pages', () => {
    const paths = new Set(archive.files.map((f) => f.path))
    const pages = archive.files.filter((f) => f.path.startsWith('mini/versions/') && f.path.endsWith('.html'))
    let checked = 0
    for (const page of pages) {
      const html = String(page.content)
      const nav = /<nav class="versions"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? ''
      expect(nav, page.path).toContain('All versions')
      for (const [, href] of html.matchAll(/href="([^"#]+)"/g)) {
        if (/^[a-z]+:/.test(href!) || href!.includes('assets/') || /^(\.\.\/)+index\.html$/.test(href!)) continue
        const target = posix.normalize(posix.join(posix.dirname(page.path), href!))
        expect(paths.has(target) || paths.has(`${target}/index.html`) || paths.has(target.replace(/\/$/, '/index.html')), `${page.path} → ${href}`).toBe(true)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(pages.length * 3)
    const middle = text('mini/versions/2026-03-01/index.html')
    expect(middle).toContain('<a href="../2026-01-15/" rel="prev">Previous version (2026-01-15)</a>')
    expect(middle).toContain('<a href="../2026-05-01/" rel="next">next version (2026-05-01)</a>')
    expect(middle).toContain('Last changed on <time datetime="2026-03-01">2026-03-01</time> (a new recipient (processor, outside the EEA: US); <a href="../../changes/2026-03-01/index.html">what changed</a>)')
  })

  it('tells the current pages when they last changed, and what changed', () => {
    expect(archive.current).toMatchObject({
      folder: 'mini/',
      current: true,
      next: null,
      previous: { effective: '2026-05-01', folder: 'mini/versions/2026-05-01/' },
      lastChanged: { date: '2026-07-01', material: 2, editorial: 1, summary: 'region dropped: readers there (United Kingdom) no longer get the rights this notice gave them under UK GDPR, DPA 2018, DUAA, PECR; a section readers rely on is removed' },
    })
  })

  it('lists versions newest first in the changelog, each with its summary and full diff', () => {
    const changelog = text('mini/changes/index.html')
    const order = [...changelog.matchAll(/<h2 id="h([\d-]+)">/g)].map((m) => m[1])
    expect(order).toEqual([...DATES].reverse())
    expect(changelog).toContain('In force 2026-03-01 to 2026-04-30 · 1 material, 2 editorial changes · <a href="../versions/2026-03-01/">Read this version</a> · <a href="2026-03-01/index.html">All changes</a>')
    expect(changelog).toContain('In force 2026-01-15 to 2026-02-28 · the first version · <a href="../versions/2026-01-15/">Read this version</a></p>')
    const diff = text('mini/changes/2026-03-01/index.html')
    expect(diff).toContain('<li class="material"><strong>Material:</strong> OpenAI (Run your account) added as a recipient in United States <span class="reason">(a new recipient (processor, outside the EEA: US))</span></li>')
    expect(diff).toContain('<ins>Support answers are drafted with :ref{id=openai}.</ins>')
    expect(JSON.parse(text('mini/changes/2026-03-01/diff.json'))).toMatchObject({ format: 'policyc-diff/1', summary: { material: 1, editorial: 2 } })
  })

  it('writes an Atom feed that parses back, with stable ids and links into the archive', () => {
    const errors: string[] = []
    const doc = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(text('mini/changes.xml'), 'application/xml')
    expect(errors).toEqual([])
    const ATOM = 'http://www.w3.org/2005/Atom'
    const feed = doc.documentElement!
    expect([feed.namespaceURI, feed.localName]).toEqual([ATOM, 'feed'])
    const child = (el: Element, name: string) => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ATOM)
    const one = (el: Element, name: string) => {
      const found = child(el, name)
      expect(found, name).toHaveLength(1)
      return found[0]!
    }
    expect(one(feed, 'id').textContent).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(one(feed, 'title').textContent).toBe('Mini Privacy Notice: changes')
    expect(one(feed, 'updated').textContent).toBe('2026-07-01T00:00:00Z')
    expect(one(one(feed, 'author'), 'name').textContent).toBe('Mini B.V.')
    const entries = child(feed, 'entry')
    expect(entries.map((e) => one(e, 'updated').textContent)).toEqual(DATES.map((d) => `${d}T00:00:00Z`).reverse())
    expect(new Set(entries.map((e) => one(e, 'id').textContent)).size).toBe(4)
    const paths = new Set(archive.files.map((f) => f.path))
    for (const entry of entries) {
      expect(one(entry, 'title').textContent).toMatch(/^Version of \d{4}-\d{2}-\d{2}: /)
      const href = one(entry, 'link').getAttribute('href')!
      expect(paths.has(`mini/${href}index.html`), href).toBe(true)
    }
    expect(one(entries[0]!, 'content').textContent).toContain('<strong>Material:</strong> Region removed: United Kingdom')
  })

  it('writes versions.json with date ranges, commits, hashes per region and locale, and neighbours', async () => {
    const doc = JSON.parse(text('mini/versions.json')) as { format: string; versions: Record<string, unknown>[] }
    expect(doc.format).toBe('policyc-versions/1')
    expect(doc.versions.map((v) => [v.effective, v.superseded, v.previous, v.next])).toEqual([
      ['2026-01-15', '2026-03-01', null, '2026-03-01'],
      ['2026-03-01', '2026-05-01', '2026-01-15', '2026-05-01'],
      ['2026-05-01', '2026-07-01', '2026-03-01', '2026-07-01'],
      ['2026-07-01', null, '2026-05-01', null],
    ])
    expect(doc.versions[3]!.commit).toBe((await git(repo, ['rev-parse', 'step-6^{commit}'])).trim())
    expect(doc.versions[3]!.variants).toEqual([
      { region: 'eea', locale: 'en', hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
      { region: 'us-ca', locale: 'en', hash: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) },
    ])
  })

  it('renders a version again only when its sources, links or renderer change', async () => {
    const again = await buildHistoryArchive(current, { cwd: repo, render, renderer: 'test', cache })
    expect([again.rendered, again.reused]).toEqual([0, 4])
    expect(again.files).toEqual(archive.files)
    // A new version: itself and the one before it (whose "next" link changes) are rendered.
    await copyFile(join(stepsDir, '6-removed-region.yaml'), join(repo, 'policies', 'mini', 'policy.yaml'))
    const path = join(repo, 'policies', 'mini', 'policy.yaml')
    const { readFile, writeFile } = await import('node:fs/promises')
    await writeFile(path, (await readFile(path, 'utf8')).replace('effective: 2026-07-01', 'effective: 2026-09-01').replace('Who receives your data', 'Who gets your data'))
    try {
      const next = await buildHistoryArchive(await currentModel(), { cwd: repo, render, renderer: 'test', cache })
      expect(next.versions.map((v) => [v.version.effective, v.version.commit === '' ? 'working tree' : 'commit'])).toEqual([...DATES.map((d) => [d, 'commit']), ['2026-09-01', 'working tree']])
      expect([next.rendered, next.reused]).toEqual([2, 3])
      expect(next.current.lastChanged?.summary).toBe('editorial changes only (wording, order, formatting)')
    } finally {
      await git(repo, ['checkout', '-q', '--', 'policies'])
    }
  })
})
