import { appendFileSync, cpSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml'
// @ts-expect-error: the benchmark's corpus generator is plain JavaScript without types.
import { generateCorpus } from '../../bench/generate-corpus.mjs'
import { checkPolicies } from '../../src/pipeline.js'
import type { PolicyModel } from '../../src/resolve/model.js'
import { buildSite, type BuildSiteResult } from '../../src/site/build-site.js'
import { UnitCache } from '../../src/site/cache/unit-cache.js'
import { root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { hashFiles, tempFolder } from './site-helpers.js'

// The on-disk cache is only ever a shortcut: a site built from it is byte for byte the site built
// without it, with the same diagnostics, however the sources changed in between.

let project: string
let models: PolicyModel[]
let plain: BuildSiteResult

const policies = () => join(project, 'policies')

async function check(): Promise<PolicyModel[]> {
  const checked = await checkPolicies([policies()], { cwd: project })
  const errors = checked.diagnostics.filter((d) => d.severity === 'error')
  if (errors.length) throw new Error(errors.map((d) => `${d.file}:${d.start.line} ${d.reason}`).join('\n'))
  return checked.models
}

const build = (out: string, cache?: UnitCache, from = models) => buildSite(from, { out, cwd: project, sources: [policies()], ...(cache ? { cache } : {}) })
/** What a build reports, without the counts of fragments (the cache renders fewer). */
const report = (result: BuildSiteResult) => ({ diagnostics: result.diagnostics, pages: result.pages, files: result.files, written: result.written })

beforeAll(async () => {
  project = tempFolder('policyc-cache-')
  // Three generated policies shaped like the XWMS notice, and the XWMS notice itself.
  await generateCorpus(3, policies())
  cpSync(join(root, 'policies', 'xwms'), join(policies(), 'xwms'), { recursive: true })
  // A link to nowhere: a warning the render stage reports, which a cached build must report too.
  const sections = join(policies(), 'org0000', 'sections.yaml')
  const doc = parseDocument(readFileSync(sections, 'utf8'))
  const first = (doc.get('sections') as YAMLSeq<YAMLMap>).items[0]!
  first.set('body', `${String(first.get('body'))}\n\nSee [elsewhere](#nowhere).\n`)
  writeFileSync(sections, doc.toString({ lineWidth: 0 }))
  models = await check()
  plain = await build('plain')
}, 600_000)

afterAll(() => rmSync(project, { recursive: true, force: true }))

describe('the site cache', () => {
  it('builds XWMS and a generated corpus byte-identically with and without the cache, cold and warm', async () => {
    const cache = UnitCache.at(join(project, 'cache-a'))
    const cold = await build('cold', cache)
    const warm = await build('warm', cache)
    expect(plain.written).toBe(true)
    expect(plain.diagnostics.map((d) => d.ruleId)).toContain('dangling-link')
    expect(report(cold)).toEqual(report(plain))
    expect(report(warm)).toEqual(report(plain))
    expect(cold.fragments.rendered).toBeGreaterThan(0)
    // Warm: every policy came from the cache, nothing was rendered.
    expect(warm.fragments.rendered).toBe(0)
    const expected = hashFiles(join(project, 'plain'))
    expect(Object.keys(expected).length).toBeGreaterThan(100)
    expect(hashFiles(join(project, 'cold'))).toEqual(expected)
    expect(hashFiles(join(project, 'warm'))).toEqual(expected)
  }, 600_000)

  it('does not reuse a stored file that was changed in place', async () => {
    const cache = UnitCache.at(join(project, 'cache-b'))
    await build('first', cache)
    // Published files share their bytes with the cache; an edit in place must not come back.
    const page = join(project, 'first', 'xwms-privacy', 'index.html')
    appendFileSync(page, '<!-- edited in place -->')
    const again = await build('again', cache)
    expect(report(again)).toEqual(report(plain))
    expect(again.fragments.rendered).toBeGreaterThan(0)
    expect(hashFiles(join(project, 'again'))).toEqual(hashFiles(join(project, 'plain')))
  }, 600_000)

  it('renders an edited policy again and takes the others from the cache', async () => {
    const cache = UnitCache.at(join(project, 'cache-c'))
    await build('before-edit', cache)
    const file = join(policies(), 'org0001', 'policy.yaml')
    const original = readFileSync(file, 'utf8')
    try {
      writeFileSync(file, original.replace(/title: .*/, 'title: An edited title'))
      const edited = await check()
      const uncached = await build('edited-plain', undefined, edited)
      const cached = await build('edited-cached', cache, edited)
      expect(report(cached)).toEqual(report(uncached))
      expect(cached.fragments.rendered).toBeGreaterThan(0)
      expect(cached.fragments.rendered).toBeLessThan(uncached.fragments.rendered)
      expect(hashFiles(join(project, 'edited-cached'))).toEqual(hashFiles(join(project, 'edited-plain')))
    } finally {
      writeFileSync(file, original)
    }
  }, 600_000)
})

describe('policyc build with nothing changed', () => {
  it('leaves an up-to-date output alone, prints the same report, and builds again after any change', async () => {
    const out = join(project, 'dist')
    const first = await runCli(['build', 'policies'], { cwd: project })
    expect(first.code).toBe(0)
    const expected = hashFiles(out)
    const inode = statSync(out).ino

    const second = await runCli(['build', 'policies'], { cwd: project })
    expect(second.code).toBe(0)
    const withoutTime = (text: string) => text.replace(/ in \d+\.\d+ s/, ' in T s')
    expect(withoutTime(second.stdout)).toBe(withoutTime(first.stdout))
    // Not replaced: the very same folder, with the same files.
    expect(statSync(out).ino).toBe(inode)
    expect(hashFiles(out)).toEqual(expected)

    // A file missing from the output: built again, in full.
    unlinkSync(join(out, 'org0000-privacy', 'index.md'))
    const repaired = await runCli(['build', 'policies'], { cwd: project })
    expect(repaired.code).toBe(0)
    expect(hashFiles(out)).toEqual(expected)

    // A source edited: built again, and the output is what a build without any cache writes.
    const file = join(policies(), 'org0002', 'policy.yaml')
    const original = readFileSync(file, 'utf8')
    try {
      writeFileSync(file, original.replace(/title: .*/, 'title: Another title'))
      const edited = await runCli(['build', 'policies'], { cwd: project })
      expect(edited.code).toBe(0)
      expect(statSync(out).ino).not.toBe(inode)
      rmSync(join(project, 'node_modules'), { recursive: true, force: true })
      const fresh = await runCli(['build', 'policies', '--out', 'fresh'], { cwd: project })
      expect(fresh.code).toBe(0)
      expect(hashFiles(out)).toEqual(hashFiles(join(project, 'fresh')))
      expect(withoutTime(edited.stdout)).toBe(withoutTime(fresh.stdout).replace('into fresh/', 'into dist/'))
    } finally {
      writeFileSync(file, original)
    }
  }, 600_000)
})
