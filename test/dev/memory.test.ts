import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BuildReport } from '../../src/dev/builder.js'
import { LiveReloadHub } from '../../src/dev/live-reload.js'
import { startPreviewServer } from '../../src/dev/server.js'
import { createDevBuilder } from '../../src/dev/site-builder.js'
import { root } from '../helpers/paths.js'
import { hashFiles, listFiles, tempFolder } from '../site/site-helpers.js'
import { startFixtureLoop } from './fixture-loop.js'
import { rawRequest, readEvents, waitFor } from './http.js'

// After a save, `policyc dev` keeps the edited policy in memory and renders its pages as they are
// asked for (src/dev/memory-site.ts, issue 19 item 5). Whatever it serves must be, byte for byte,
// what `policyc build` writes for the same sources; the output folder keeps the first build.

let project: string
const EEA = 'xwms-privacy/eea/index.html'
const file = (name: string, policy = 'xwms') => join(project, 'policies', policy, name)
const edit = (name: string, from: RegExp | string, to: string, policy = 'xwms') => {
  const text = readFileSync(file(name, policy), 'utf8')
  const next = text.replace(from, to)
  if (next === text) throw new Error(`nothing to edit in ${name}`)
  writeFileSync(file(name, policy), next)
}
const ok = (report: BuildReport) => {
  if (!report.ok) throw new Error(report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.start.line} ${d.reason}`).join('\n'))
  return report
}

beforeAll(() => {
  project = tempFolder('policyc-memory-')
  // XWMS refers to acme's notice, so the project has both (as patch.test.ts's does).
  for (const name of ['xwms', 'acme']) cpSync(join(root, 'policies', name), join(project, 'policies', name), { recursive: true })
})

afterAll(() => rmSync(project, { recursive: true, force: true }))

describe('a save is served from memory', () => {
  it('serves after a sequence of saves exactly the files a fresh build writes, and writes nothing', async () => {
    const dev = createDevBuilder({ cwd: project, paths: ['policies'], out: 'dist', env: {} })
    ok(await dev.buildAll())
    const firstBuild = hashFiles(join(project, 'dist'))
    const servedEea = async () => String(await dev.file!(EEA))

    // A retention period, then the title (which the index lists), then a sentence of a section body.
    edit('data.yaml', /period: not-stated$/m, 'period: P9Y')
    const saved = ok(await dev.rebuildPolicies([join(project, 'policies', 'xwms')], undefined, [EEA]))
    // Only the page open in the preview was rendered before the report.
    expect(saved.pages).toBe(1)
    expect(await servedEea()).toContain('9 years')
    edit('policy.yaml', /^title: (.*)$/m, 'title: $1 (revised)')
    ok(await dev.rebuildPolicies([join(project, 'policies', 'xwms')]))
    expect(String(await dev.file!('index.html'))).toContain('(revised)')
    // A second policy (without translations) edited too: both are then held in memory.
    edit('sections.yaml', /(body: [|>]-?\n(\s+))/, '$1A sentence added in the preview.\n\n$2', 'acme')
    ok(await dev.rebuildPolicies([join(project, 'policies', 'acme')]))
    expect(String(await dev.file!('acme-privacy/index.html'))).toContain('A sentence added in the preview.')

    // A save that breaks the policy: the report says so, and the preview keeps the last good pages.
    const good = readFileSync(file('data.yaml'), 'utf8')
    edit('data.yaml', /period: P9Y$/m, 'period: sometime')
    const broken = await dev.rebuildPolicies([join(project, 'policies', 'xwms')], undefined, [EEA])
    expect(broken.ok).toBe(false)
    expect(broken.diagnostics.some((d) => d.severity === 'error' && d.file.endsWith('data.yaml'))).toBe(true)
    expect(await servedEea()).toContain('9 years')
    writeFileSync(file('data.yaml'), good.replace('period: P9Y', 'period: P3Y'))
    ok(await dev.rebuildPolicies([join(project, 'policies', 'xwms')], undefined, [EEA]))
    expect(await servedEea()).toContain('3 years')

    // Nothing was written after the first build.
    expect(hashFiles(join(project, 'dist'))).toEqual(firstBuild)
    // Every file of a fresh build of the same sources, as the preview serves it (from memory,
    // else from the output folder), byte for byte: pages never asked for are rendered now.
    const fresh = createDevBuilder({ cwd: project, paths: ['policies'], out: 'fresh', env: {} })
    ok(await fresh.buildAll())
    const files = listFiles(join(project, 'fresh')).filter((path) => !path.startsWith('.'))
    expect(files).toContain(EEA)
    const differing: string[] = []
    for (const path of files) {
      const served = (await dev.file!(path)) ?? readFileSync(join(project, 'dist', path))
      if (!Buffer.from(served).equals(readFileSync(join(project, 'fresh', path)))) differing.push(path)
    }
    expect(differing).toEqual([])
  }, 600_000)
})

describe('the preview server', () => {
  it('answers from memory before the folder, and knows which page each open tab shows', async () => {
    const base = mkdtempSync(join(tmpdir(), 'policyc-memory-server-'))
    writeFileSync(join(base, 'index.html'), '<!doctype html><title>On disk</title>')
    writeFileSync(join(base, 'on-disk.txt'), 'disk')
    const live = new LiveReloadHub()
    const held = new Map<string, string>([['index.html', '<!doctype html><title>In memory</title>']])
    const server = await startPreviewServer({ root: base, port: 0, live, memory: async (path) => held.get(path) })
    try {
      const page = await rawRequest(server.port, '/')
      expect(page.body).toContain('In memory')
      expect(page.body).toContain('/__policyc/client.js')
      expect((await rawRequest(server.port, '/on-disk.txt')).body).toBe('disk')
      let viewing: string[] = []
      await readEvents(`${server.url}__policyc/events?page=${encodeURIComponent('/p/eea/')}`, () => {
        viewing = live.viewing
        return true
      })
      expect(viewing).toEqual(['p/eea/index.html'])
    } finally {
      await server.close()
      rmSync(base, { recursive: true, force: true })
    }
  })
})

describe('the dev loop', () => {
  it('renders the page an open tab shows before the reload, and no page when no tab is open', async () => {
    const { dir, loop, reports } = await startFixtureLoop('policyc-memory-loop-')
    const policy = join(dir, 'policies', 'mini', 'policy.yaml')
    const save = async (title: string) => {
      const count = reports.length
      writeFileSync(policy, readFileSync(policy, 'utf8').replace(/^title: .*$/m, `title: ${title}`))
      return waitFor(async () => reports.slice(count).find((r) => r.ok && r.policies === 1), `the rebuild after "${title}"`, 60_000)
    }
    try {
      // No tab open: the save renders nothing until a page is asked for.
      expect((await save('Mini Notice, first')).pages).toBe(0)
      expect((await rawRequest(loop.port, '/mini/')).body).toContain('Mini Notice, first')
      // A tab on /mini/ (its live-reload stream, held open): that page is rendered with the save.
      const stream = await new Promise<ReturnType<typeof request>>((done, fail) => {
        const req = request(`${loop.url}__policyc/events?page=${encodeURIComponent('/mini/')}`, (response) => {
          response.once('data', () => done(req))
        })
        req.on('error', fail)
        req.end()
      })
      try {
        expect((await save('Mini Notice, second')).pages).toBe(1)
      } finally {
        stream.destroy()
      }
      expect((await rawRequest(loop.port, '/mini/')).body).toContain('Mini Notice, second')
    } finally {
      await loop.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }, 300_000)
})
