import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkPolicies } from '../../src/pipeline.js'
import { loadTemplates } from '../../src/render/html/template-set.js'
import { compareScan, renderScanReport, type ScanObservations } from '../../src/scan/index.js'
import { fixtures, root } from '../helpers/paths.js'
import { runCli, type CliResult } from '../helpers/run-cli.js'
import { markdownProblems, nuErrors } from '../site/validators.js'
import { startFixtureSite, type FixtureSite } from './fixture-site.js'

// Real Chromium (/usr/bin/chromium) against a real site on 127.0.0.1. Each scan launches the browser
// once, so the whole file scans twice: the policy with planted differences (JSON, report page and
// suggestions in one run) and the clean policy. Everything else is asserted on those two runs.

const part = 'test/fixtures/scan/part'
const clean = 'test/fixtures/scan/clean'
const partFile = join(fixtures, 'scan', 'part', 'policy.yaml')

interface JsonReport {
  diagnostics: { ruleId: string; severity: string; file: string; start: { line: number }; reason: string; hint?: string }[]
  notes: string[]
  observations: ScanObservations
  suggestions?: string
}

let site: FixtureSite
let out: string
let partRun: CliResult
let partJson: JsonReport
let cleanRun: CliResult
let partHashBefore: string

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

beforeAll(async () => {
  site = await startFixtureSite()
  out = mkdtempSync(join(tmpdir(), 'policyc-scan-'))
  partHashBefore = hashOf(partFile)
  partRun = await runCli(['scan', site.url, part, '--consent-click', '#accept', '--format', 'json', '--out', join(out, 'dist'), '--write-suggestions'], { cwd: root })
  partJson = JSON.parse(partRun.stdout) as JsonReport
  cleanRun = await runCli(['scan', site.url, clean, '--consent-click', '#accept'], { cwd: root })
  // Two scans of three visits each: more than the default hook time on a busy two-core machine.
}, 480_000)

afterAll(async () => {
  await site?.close()
  if (out) rmSync(out, { recursive: true, force: true })
})

/** `rule-id line` for every `# planted: rule-id` comment of the policy: where each finding must be. */
function plantedFindings(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      const match = /# planted: ([a-z-]+)/.exec(line)
      return match && match[1] !== 'note' ? [`${match[1]} ${i + 1}`] : []
    })
}

describe('policyc scan against the fixture site', () => {
  it('reports each planted difference once, at its YAML line, and exits 1', () => {
    expect(partRun.code, partRun.stderr).toBe(1)
    const found = partJson.diagnostics.map((d) => `${d.ruleId} ${d.start.line}`).sort()
    expect(found).toEqual(plantedFindings(partFile).sort())
    expect(found).toHaveLength(6)
    expect(partJson.diagnostics.every((d) => d.file === 'test/fixtures/scan/part/policy.yaml' && d.severity === 'error')).toBe(true)
  })

  it('names what it saw in each finding', () => {
    const reasons = Object.fromEntries(partJson.diagnostics.map((d) => [d.ruleId + (d.ruleId === 'scan-before-consent' ? (d.reason.includes('fx_lb') ? ':cookie' : ':host') : ''), d.reason]))
    expect(reasons['scan-cookie-undeclared']).toContain('`_ga_FIXTURE1`')
    expect(reasons['scan-cookie-lifetime']).toMatch(/`fx_consent` lasts 180 days .* `P1M`/)
    expect(reasons['scan-before-consent:cookie']).toContain('`fx_lb` was stored before consent')
    expect(reasons['scan-before-consent:host']).toContain('`cdn.localhost`')
    expect(reasons['scan-host-undeclared']).toContain('`ads.localhost`')
    expect(reasons['scan-gpc-ignored']).toContain('cookie `_ga`, requests to `analytics.localhost`, requests to `cdn.localhost`')
    expect(reasons['scan-gpc-ignored']).not.toContain('ads')
  })

  it('notes a declared cookie it never saw, without failing on it', () => {
    const legacyLine = readFileSync(partFile, 'utf8').split('\n').findIndex((l) => l.includes('name: fx_legacy')) + 1
    expect(partJson.notes).toEqual([expect.stringMatching(new RegExp(`^test/fixtures/scan/part/policy.yaml:${legacyLine}:\\d+-\\d+:\\d+  cookie \`fx_legacy\` is declared but was not seen on the 4 pages scanned`))])
  })

  it('exits 0 and reports nothing for the policy that matches the site', () => {
    expect(cleanRun.stderr).toBe('')
    expect(cleanRun.code).toBe(0)
    expect(cleanRun.stdout).not.toMatch(/error|note:/)
    expect(cleanRun.stdout).toMatch(/✔ 4 pages of http:\/\/127\.0\.0\.1:\d+\/ did what test\/fixtures\/scan\/clean says/)
  })

  it('records cookies with party, lifetime and whether they came before consent', () => {
    const cookie = (name: string) => partJson.observations.cookies.find((c) => c.name === name)
    expect(cookie('fx_session')).toMatchObject({ party: 'first', lifetime: 'session', seen: { 'before-consent': true, 'after-consent': true, gpc: true } })
    expect(cookie('fx_lb')).toMatchObject({ lifetime: 30 * 86_400, seen: { 'before-consent': true } })
    expect(cookie('fx_lb')!.page).toMatch(/\/pricing$/)
    expect(cookie('_ga')!.seen).toEqual({ 'after-consent': true, gpc: true })
    // Chromium keeps a cookie 400 days at most (RFC 6265bis § 5.5), so the site's two years read as 400.
    expect(cookie('_ga')!.lifetime).toBe(400 * 86_400)
    expect(cookie('ads_id')!.seen).toEqual({ 'after-consent': true })
    expect(partJson.observations.storage.map((s) => `${s.area} ${s.key} ${Object.keys(s.seen).join(',')}`)).toEqual([
      'local fx_cart before-consent,after-consent,gpc',
      'session fx_flow before-consent,after-consent,gpc',
    ])
    expect(partJson.observations.hosts.map((h) => `${h.host} ${Object.keys(h.seen).join(',')}`)).toEqual([
      'ads.localhost after-consent',
      'analytics.localhost after-consent,gpc',
      'cdn.localhost before-consent,after-consent,gpc',
    ])
  })

  it('sends Sec-GPC: 1 in the GPC visit only, and the site drops its ad script there', () => {
    const gpc = site.requests.filter((r) => r.endsWith(' gpc'))
    expect(gpc.length).toBeGreaterThan(0)
    expect(gpc.some((r) => r.startsWith('ads.localhost'))).toBe(false)
    expect(site.requests.some((r) => r.startsWith('ads.localhost') && !r.endsWith(' gpc'))).toBe(true)
  })

  it('honours robots.txt and rel=nofollow, leaves the site never, submits no form and refuses the download', () => {
    const skipped = partJson.observations.skipped.map((s) => `${new URL(s.url).pathname} ${s.reason}`)
    expect(skipped).toEqual(['/hidden nofollow', '/private/admin robots.txt'])
    expect(site.requests.some((r) => /\/(private|hidden)/.test(r))).toBe(false)
    expect(site.requests.some((r) => r.startsWith('POST'))).toBe(false)
    expect(site.requests.some((r) => r.includes('/elsewhere'))).toBe(false)
    expect(partJson.observations.pages.map((p) => `${new URL(p.url).pathname} ${p.status}`)).toEqual(['/ 200', '/about 200', '/pricing 200', '/contact 200', '/files/report.zip download'])
  })

  it('prints YAML for the undeclared cookie and leaves the policy untouched', () => {
    expect(partJson.suggestions).toContain('  - id: ga-fixture1\n    name: _ga_FIXTURE1\n    technology: cookie\n    duration: P400D')
    expect(partJson.suggestions).toContain('consent: true  # observed: stored only after consent')
    expect(hashOf(partFile)).toBe(partHashBefore)
  })

  it('writes the report page under <out>/<policy>/scan/, escaped, and the same bytes again from the same observations', async () => {
    const folder = join(out, 'dist', 'fixture-shop', 'scan')
    const html = readFileSync(join(folder, 'index.html'), 'utf8')
    expect(html).toContain('<h2>Findings (6)</h2>')
    expect(html).toContain('<code>_ga_FIXTURE1</code>')
    expect(html).not.toMatch(/<script/i)
    const saved = JSON.parse(readFileSync(join(folder, 'scan.json'), 'utf8')) as { observations: ScanObservations }
    const checked = await checkPolicies([part], { cwd: root, lint: false })
    const model = checked.models[0]!
    const again = renderScanReport(model, saved.observations, compareScan(model, saved.observations), loadTemplates(undefined, root).templates!)
    for (const file of again.files) expect(readFileSync(join(out, 'dist', file.path), 'utf8'), file.path).toBe(file.content)
  })

  it('writes a report page that validates (W3C Nu) and Markdown that passes markdownlint', async () => {
    const folder = join(out, 'dist', 'fixture-shop', 'scan')
    expect(await nuErrors([join(folder, 'index.html')])).toEqual([])
    expect(await markdownProblems({ 'index.md': readFileSync(join(folder, 'index.md'), 'utf8') })).toEqual([])
  })
})

describe('policyc scan refuses', () => {
  it('an unreachable URL with one line and exit 2', async () => {
    const port = await closedPort()
    const result = await runCli(['scan', `http://127.0.0.1:${port}/`, clean], { cwd: root })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`policyc: cannot reach http://127.0.0.1:${port}/: connection refused\n`)
    expect(result.stdout).toBe('')
  })

  it('anything but http and https', async () => {
    const result = await runCli(['scan', 'file:///etc/passwd', clean], { cwd: root })
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: 'policyc: only http and https URLs are scanned, not file: (file:///etc/passwd)\n' })
  })

  it('a missing browser with what to install', async () => {
    const result = await runCli(['scan', site.url, clean, '--chromium', '/nonexistent/chromium'], { cwd: root })
    expect(result).toMatchObject({ code: 2, stderr: 'policyc: no Chromium at /nonexistent/chromium: install it (for example `apt-get install chromium`) or pass --chromium PATH\n' })
  })

  it('a region the policy does not serve', async () => {
    const result = await runCli(['scan', site.url, clean, '--region', 'br'], { cwd: root })
    expect(result).toMatchObject({ code: 2, stderr: 'policyc: --region br: policy fixture-shop does not serve it (it serves eea, us-ca)\n' })
  })
})

describe('policyc scan, other ways to run it', () => {
  it('without a policy prints what the site does, within the page cap, two pages at a time', async () => {
    const before = site.requests.length
    const result = await runCli(['scan', site.url, '--pages', '3', '--concurrency', '2', '--write-suggestions'], { cwd: root })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^ {2}fx_session {2}127\.0\.0\.1 {2}first party {2}a session {2}\[before-consent, gpc\]$/m)
    // /about and /pricing, loaded together after the start page, set these.
    expect(result.stdout).toMatch(/^ {2}fx_lb {2}127\.0\.0\.1 {2}first party {2}30 days /m)
    expect(result.stdout).toMatch(/^ {2}fx_cart {2}localStorage /m)
    expect(result.stdout).toContain('note: no --consent-click selector')
    expect(result.stdout).toContain('    name: fx_session')
    // Three pages: the fourth link (/contact) is never requested.
    const requested = site.requests.slice(before)
    expect(requested.some((r) => r.includes(' /pricing'))).toBe(true)
    expect(requested.some((r) => r.includes(' /contact'))).toBe(false)
  })

  it('a consent selector that matches nothing is one line and exit 2', async () => {
    const result = await runCli(['scan', site.url, clean, '--pages', '1', '--consent-click', '#no-such-button'], { cwd: root })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`policyc: the consent selector \`#no-such-button\` matched nothing clickable on ${site.url}\n`)
  })
})

describe('policyc scan --help', () => {
  it('documents every option and the exit codes', async () => {
    const result = await runCli(['scan', '--help'])
    expect(result.code).toBe(0)
    for (const option of ['--pages', '--region', '--format', '--consent-click', '--out', '--write-suggestions', '--concurrency', '--page-timeout', '--max-time', '--chromium', 'Exit codes:']) {
      expect(result.stdout).toContain(option)
    }
  })
})

/** A port nothing listens on: one the system just gave out and took back. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}
