import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkPolicies } from '../../src/pipeline.js'
import type { PolicyModel } from '../../src/resolve/model.js'
import { buildSite } from '../../src/site/build-site.js'
import { UnitCache } from '../../src/site/cache/unit-cache.js'
import { fixtures } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { hashFiles, tempFolder } from './site-helpers.js'

// Issue 10 and the site cache: a policy's cache key (src/site/cache/policy-key.ts) and the
// up-to-date record of `policyc build` (src/site/cache/up-to-date.ts) must both change when only a
// translation (locales/*.yaml) does, or an edited Dutch text would never reach the Dutch pages.
// The small Lingo notice with its Dutch translation keeps this quick.

let project: string
const policies = () => join(project, 'policies')
const dutch = () => join(policies(), 'lingo', 'locales', 'nl.yaml')
const page = (out: string, path: string) => readFileSync(join(project, out, path), 'utf8')

async function check(): Promise<PolicyModel[]> {
  const checked = await checkPolicies([policies()], { cwd: project })
  const errors = checked.diagnostics.filter((d) => d.severity === 'error')
  if (errors.length) throw new Error(errors.map((d) => `${d.file}:${d.start.line} ${d.reason}`).join('\n'))
  return checked.models
}

const build = async (out: string, cache?: UnitCache) => buildSite(await check(), { out, cwd: project, sources: [policies()], ...(cache ? { cache } : {}) })

/** Rewrites the Dutch title (its `source-hash` is the English title's, so the translation stays in step). */
function setDutchTitle(title: string): void {
  const text = readFileSync(dutch(), 'utf8')
  const next = text.replace(/^(title:\n {2}source-hash: \S+\n {2}text: ).*$/m, `$1${title}`)
  if (next === text && !text.includes(`text: ${title}\n`)) throw new Error('setDutchTitle(): the title entry was not found')
  writeFileSync(dutch(), next)
}

beforeAll(() => {
  project = tempFolder('policyc-locale-cache-')
  cpSync(join(fixtures, 'locale', 'base'), join(policies(), 'lingo'), { recursive: true })
})

afterAll(() => rmSync(project, { recursive: true, force: true }))

describe('the site cache and translations', () => {
  it('renders the Dutch pages again when only locales/nl.yaml changed, and only those differ', async () => {
    const cache = UnitCache.at(join(project, 'cache'))
    const first = await build('first', cache)
    expect(first.written).toBe(true)
    expect(page('first', 'lingo/nl/index.html')).toContain('<h1>Privacyverklaring</h1>')
    // Nothing changed: everything comes from the cache, so the next build is a real test of the key.
    expect((await build('again', cache)).fragments.rendered).toBe(0)

    setDutchTitle('Privacyverklaring van Lingo')
    try {
      const edited = await build('edited', cache)
      expect(edited.fragments.rendered).toBeGreaterThan(0)
      expect(page('edited', 'lingo/nl/index.html')).toContain('<h1>Privacyverklaring van Lingo</h1>')
      expect(page('edited', 'lingo/nl/index.md')).toMatch(/^# Privacyverklaring van Lingo$/m)
      // Byte for byte what a build without the cache writes.
      const plain = await build('plain')
      expect(hashFiles(join(project, 'edited'))).toEqual(hashFiles(join(project, 'plain')))
      expect(plain.written).toBe(true)
      // The English pages are the same as before the edit; the Dutch ones are not.
      const before = hashFiles(join(project, 'first'))
      const after = hashFiles(join(project, 'edited'))
      const changed = Object.keys(after).filter((file) => after[file] !== before[file])
      expect(changed).toContain('lingo/nl/index.html')
      expect(changed.filter((file) => file.startsWith('lingo/') && !file.startsWith('lingo/nl/'))).toEqual([])
    } finally {
      setDutchTitle('Privacyverklaring')
    }
  }, 300_000)

  it('policyc build is no longer up to date after an edit of locales/nl.yaml alone', async () => {
    const first = await runCli(['build', 'policies'], { cwd: project })
    expect(first.code).toBe(0)
    expect(page('dist', 'lingo/nl/index.html')).toContain('<h1>Privacyverklaring</h1>')
    setDutchTitle('Onze privacyverklaring')
    try {
      const second = await runCli(['build', 'policies'], { cwd: project })
      expect(second.code).toBe(0)
      expect(page('dist', 'lingo/nl/index.html')).toContain('<h1>Onze privacyverklaring</h1>')
    } finally {
      setDutchTitle('Privacyverklaring')
    }
  }, 300_000)
})
