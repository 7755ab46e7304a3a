import { DOMParser } from '@xmldom/xmldom'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'
import { GIT_ENV, makeHistoryRepo } from '../history/git-repo.js'
import { hashFiles, listFiles } from './site-helpers.js'
import { brokenLinks, nuErrors } from './validators.js'

/** `policyc build --history` in a real git repository: policies/mini committed in six steps. */
let repo: string
let out: string
let files: string[]
const DATES = ['2026-01-15', '2026-03-01', '2026-05-01', '2026-07-01']
const read = (file: string) => readFileSync(join(out, file), 'utf8')

beforeAll(async () => {
  repo = await makeHistoryRepo()
  out = join(repo, 'dist')
  const result = await runCli(['build', '--history', '--out', 'dist', '--quiet'], { cwd: repo, env: GIT_ENV })
  expect(result.code, result.stdout + result.stderr).toBe(0)
  files = listFiles(out)
})
afterAll(async () => {
  await rm(repo, { recursive: true, force: true })
})

describe('policyc build --history', () => {
  it('writes every past version in every format, the changelog, the feed and versions.json', () => {
    for (const date of DATES) {
      for (const file of ['index.html', 'index.md', 'policy.jsonld']) expect(files).toContain(`mini/versions/${date}/${file}`)
      expect(files).toContain(`mini/versions/${date}/us-ca/index.html`)
    }
    for (const file of ['mini/changes/index.html', 'mini/changes.xml', 'mini/versions.json']) expect(files).toContain(file)
    const versions = JSON.parse(read('mini/versions.json')) as { policy: string; versions: { effective: string; href: string }[] }
    expect(versions.policy).toBe('mini')
    expect(versions.versions.map((v) => v.effective)).toEqual(DATES)
    for (const v of versions.versions) expect(files).toContain(`${v.href}index.html`)
  })

  it('writes an Atom feed that parses as XML', () => {
    const feed = new DOMParser().parseFromString(read('mini/changes.xml'), 'text/xml')
    expect(feed.documentElement?.nodeName).toBe('feed')
    expect(feed.documentElement?.getElementsByTagName('entry').length).toBeGreaterThan(0)
  })

  it('puts the version navigation on the current pages and the archived ones', () => {
    const current = read('mini/index.html')
    expect(current).toContain('<nav class="versions" aria-label="Versions of this notice">')
    expect(current).toContain('Last changed on <time datetime="2026-07-01">2026-07-01</time>')
    expect(current).toContain('<a href="changes/index.html">All versions</a>')
    expect(read('mini/us-ca/index.html')).toContain('<a href="../changes/index.html">All versions</a>')
    expect(read('mini/versions/2026-03-01/index.html')).toContain('rel="next"')
  })

  it('has no broken internal link, and every page passes the Nu checker', async () => {
    const pages = files.filter((f) => f.endsWith('.html') || f.endsWith('.md'))
    expect(brokenLinks(out, pages)).toEqual([])
    expect(await nuErrors(files.filter((f) => f.endsWith('.html')).map((f) => join(out, f)))).toEqual([])
  })

  it('renders each version once: a second build comes from the cache, byte for byte', async () => {
    expect(existsSync(join(repo, 'node_modules/.cache/policyc/versions'))).toBe(true)
    const result = await runCli(['build', '--history', '--out', 'again', '--quiet'], { cwd: repo, env: GIT_ENV })
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(hashFiles(join(repo, 'again'))).toEqual(hashFiles(out))
  })

  it('removes the temporary entries a killed build left in the history cache, and keeps a running one\'s', async () => {
    // A process that has exited: its pid names no running build.
    const dead = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout)
    const shard = join(repo, 'node_modules/.cache/policyc/versions/ab')
    mkdirSync(shard, { recursive: true })
    const abandoned = join(shard, `ab${'0'.repeat(62)}.json.${dead}.tmp`)
    const running = join(shard, `ab${'1'.repeat(62)}.json.${process.pid}.tmp`)
    writeFileSync(abandoned, '[')
    writeFileSync(running, '[')
    const result = await runCli(['build', '--history', '--out', 'swept', '--quiet'], { cwd: repo, env: GIT_ENV })
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(existsSync(abandoned)).toBe(false)
    expect(existsSync(running)).toBe(true)
    expect(hashFiles(join(repo, 'swept'))).toEqual(hashFiles(out))
  })
})

describe('policyc build without --history', () => {
  it('writes nothing from history and never needs git', async () => {
    const plain = await mkdtemp(join(tmpdir(), 'policyc-no-history-'))
    try {
      await cp(join(repo, 'policies'), join(plain, 'policies'), { recursive: true })
      // An empty PATH (the CLI is started by node's own path): a build that ran git would fail here.
      const result = await runCli(['build', '--out', 'dist', '--quiet'], { cwd: plain, env: { PATH: join(plain, 'no-tools') } })
      expect(result.code, result.stdout + result.stderr).toBe(0)
      const written = listFiles(join(plain, 'dist'))
      expect(written).toContain('mini/index.html')
      expect(written.filter((f) => f.includes('/versions/') || f.includes('/changes') || f.endsWith('versions.json'))).toEqual([])
      expect(read('mini/index.html')).toContain('nav class="versions"')
      expect(readFileSync(join(plain, 'dist', 'mini', 'index.html'), 'utf8')).not.toContain('nav class="versions"')
    } finally {
      await rm(plain, { recursive: true, force: true })
    }
  })
})
