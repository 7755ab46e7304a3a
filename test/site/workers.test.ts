import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { availableParallelism } from 'node:os'
import { MIN_POLICIES_FOR_WORKERS, workerCount } from '../../src/parallel/check-in-workers.js'
import { root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { hashFiles, tempFolder } from './site-helpers.js'

// `--jobs` (and the default from 8 policies on) checks and renders policies in worker threads.
// Whatever the number of workers, the site, the report and the exit code are exactly what one
// thread makes: results are staged in path order by the main thread.

let project: string
const COPIES = 8

/** The acme notice under another id, so the copies are distinct policies. */
function copyAcme(to: string, n: number): void {
  cpSync(join(root, 'policies', 'acme'), to, { recursive: true })
  const file = join(to, 'policy.yaml')
  writeFileSync(file, readFileSync(file, 'utf8').replace('id: acme-privacy', `id: acme-${n}-privacy`).replace(/^title: (.*)$/m, `title: $1 (${n})`))
}

/** The report without its output folder and timing ("into two/ in 1.23 s"). */
const untimed = (stdout: string) => stdout.replace(/ into \S+ in \d+\.\d\d s/, ' into (out) in (time)')

const build = (out: string, ...args: string[]) => runCli(['build', 'policies', '--out', out, '--now', '2026-01-01', ...args], { cwd: project })

beforeAll(() => {
  project = tempFolder('policyc-workers-')
  cpSync(join(root, 'policies', 'xwms'), join(project, 'policies', 'xwms'), { recursive: true })
  for (let n = 1; n <= COPIES; n++) copyAcme(join(project, 'policies', `acme-${n}`), n)
})

afterAll(() => rmSync(project, { recursive: true, force: true }))

describe('how many workers', () => {
  it('--jobs is taken as asked, never more than there are policies; the default keeps a core for the main thread', () => {
    expect(workerCount(1, 500)).toBe(1)
    expect(workerCount(4, 500)).toBe(4)
    expect(workerCount(4, 3)).toBe(3)
    expect(workerCount(undefined, MIN_POLICIES_FOR_WORKERS - 1)).toBe(1)
    const spare = Math.min(availableParallelism() - 1, 8)
    expect(workerCount(undefined, 500)).toBe(spare >= 2 ? spare : 1)
  })
})

describe('worker threads', () => {
  it('build: one thread, two workers and the default make the same site and report', async () => {
    const one = await build('one', '--jobs', '1')
    const two = await build('two', '--jobs', '2')
    // The default: workers from 3 cores and 8 policies on (so one thread on a 2-core machine).
    const auto = await build('auto')
    expect(one.stderr).toBe('')
    expect(one.code).toBe(0)
    expect(one.stdout).toMatch(/built \d+ pages .*9 policies/)
    for (const other of [two, auto]) {
      expect(other.stderr).toBe('')
      expect(other.code).toBe(0)
      expect(untimed(other.stdout)).toBe(untimed(one.stdout))
    }
    const expected = hashFiles(join(project, 'one'))
    expect(Object.keys(expected).length).toBeGreaterThan(300)
    expect(hashFiles(join(project, 'two'))).toEqual(expected)
    expect(hashFiles(join(project, 'auto'))).toEqual(expected)
  }, 600_000)

  it('check: the same diagnostics in the same order with any number of workers', async () => {
    // Without the check cache (src/load/check-cache.ts) each time, so the workers do the checking.
    const checkCache = join(project, 'node_modules', '.cache', 'policyc', 'check')
    rmSync(checkCache, { recursive: true, force: true })
    const one = await runCli(['check', 'policies', '--format', 'json', '--jobs', '1'], { cwd: project })
    rmSync(checkCache, { recursive: true, force: true })
    const two = await runCli(['check', 'policies', '--format', 'json', '--jobs', '2'], { cwd: project })
    expect(one.code).toBe(0)
    expect(one.stdout.length).toBeGreaterThan(1000)
    expect(two.stdout).toBe(one.stdout)
    expect(two.code).toBe(one.code)
    // Some policies answered by the cache (filled by the first run), the rest by workers: the same report.
    const data = join(project, 'policies', 'acme-3', 'policy.yaml')
    const before = readFileSync(data, 'utf8')
    rmSync(checkCache, { recursive: true, force: true })
    await runCli(['check', 'policies', '--format', 'json', '--jobs', '1'], { cwd: project })
    writeFileSync(data, before.replace(/^title: (.*)$/m, 'title: $1 (changed)'))
    try {
      const mixed = await runCli(['check', 'policies', '--format', 'json', '--jobs', '2'], { cwd: project })
      rmSync(checkCache, { recursive: true, force: true })
      const fresh = await runCli(['check', 'policies', '--format', 'json', '--jobs', '1'], { cwd: project })
      expect(mixed).toEqual(fresh)
    } finally {
      writeFileSync(data, before)
    }
  }, 300_000)

  it('an error in one policy: the same report, exit 1, and nothing written or left behind', async () => {
    const broken = join(project, 'broken')
    cpSync(join(project, 'policies'), join(broken, 'policies'), { recursive: true })
    const data = join(broken, 'policies', 'acme-5', 'data.yaml')
    writeFileSync(data, readFileSync(data, 'utf8').replace(/period: (\S+)/, 'period: sometime'))
    const run = (jobs: string) => runCli(['build', 'policies', '--out', `out-${jobs}`, '--jobs', jobs], { cwd: broken })
    const one = await run('1')
    const two = await run('2')
    expect(one.code).toBe(1)
    expect(one.stdout).toContain('acme-5/data.yaml:')
    expect(one.stdout).toContain('nothing built')
    expect(two.code).toBe(1)
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr).toBe('')
    // No output folder, and no staging folder (`.out-2-tmp-…`) left beside it.
    expect(existsSync(join(broken, 'out-1'))).toBe(false)
    expect(existsSync(join(broken, 'out-2'))).toBe(false)
    expect(readdirSync(broken).filter((name) => name.includes('-tmp-'))).toEqual([])
  }, 300_000)

  it('with the site cache: workers link unchanged policies and render the edited one, as one thread does', async () => {
    const cached = join(project, 'cached')
    cpSync(join(project, 'policies'), join(cached, 'policies'), { recursive: true })
    const run = (out: string, jobs: string) => runCli(['build', 'policies', '--out', out, '--now', '2026-01-01', '--jobs', jobs], { cwd: cached })
    expect((await run('dist', '2')).code).toBe(0)
    const sections = join(cached, 'policies', 'acme-3', 'sections.yaml')
    writeFileSync(sections, readFileSync(sections, 'utf8').replace(/(body: [|>]-?\n\s+)/, '$1Acme 3 says hello. '))
    const rebuilt = await run('dist', '2')
    expect(rebuilt.code).toBe(0)
    // The same sources without any cache, in one thread.
    rmSync(join(cached, 'node_modules'), { recursive: true, force: true })
    const fresh = await run('fresh', '1')
    expect(fresh.code).toBe(0)
    expect(untimed(rebuilt.stdout)).toBe(untimed(fresh.stdout))
    expect(hashFiles(join(cached, 'dist'))).toEqual(hashFiles(join(cached, 'fresh')))
    expect(readFileSync(join(cached, 'dist', 'acme-3-privacy', 'index.md'), 'utf8')).toContain('Acme 3 says hello.')
  }, 600_000)
})
