/**
 * The programmatic API (`import { check, build, … } from 'policyc'`): results come back instead of
 * being printed, and the site `build()` writes is the one `policyc build` writes, byte for byte.
 */
import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, check, coverage, diff, show, UsageError } from '../../src/index.js'
import { root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { hashFiles, tempFolder } from '../site/site-helpers.js'

const NOW = '2026-12-02'
let project: string

beforeAll(() => {
  project = tempFolder('policyc-api-')
  cpSync(join(root, 'policies/acme'), join(project, 'policies/acme'), { recursive: true })
})
afterAll(() => rmSync(project, { recursive: true, force: true }))

describe('the programmatic API', () => {
  it('check returns the diagnostics and counts instead of printing them', async () => {
    const report = await check({ cwd: project, now: NOW })
    expect(report.ok).toBe(true)
    expect(report.policies).toBe(1)
    expect(report.errors).toBe(0)
    expect(report.warnings).toBe(report.diagnostics.filter((d) => d.severity === 'warning').length)
  })

  it('build writes the same site as `policyc build`, and reports an unchanged project as up to date', async () => {
    const first = await build({ cwd: project, out: 'api-site', now: NOW, baseUrl: 'https://example.org/privacy' })
    expect(first.status).toBe('built')
    if (first.status !== 'built') return
    expect(first.out).toBe(join(project, 'api-site'))
    expect(first.policies).toBe(1)
    expect(first.pages).toBeGreaterThan(3)
    const cli = await runCli(['build', '--out', 'cli-site', '--now', NOW, '--base-url', 'https://example.org/privacy'], { cwd: project })
    expect(cli.code).toBe(0)
    expect(hashFiles(join(project, 'api-site'))).toEqual(hashFiles(join(project, 'cli-site')))
    const again = await build({ cwd: project, out: 'api-site', now: NOW, baseUrl: 'https://example.org/privacy' })
    expect(again.status).toBe('up-to-date')
  })

  it('build throws UsageError for a bad option and returns problems for a bad policy, writing nothing', async () => {
    await expect(build({ cwd: project, baseUrl: 'ftp://example.org/' })).rejects.toThrow(UsageError)
    const broken = join(project, 'broken.yaml')
    const { writeFileSync } = await import('node:fs')
    writeFileSync(broken, 'id: x\n')
    const result = await build({ cwd: project, paths: ['broken.yaml'], out: 'never' })
    expect(result.status).toBe('problems')
    if (result.status === 'problems') expect(result.checked.some((d) => d.severity === 'error')).toBe(true)
    rmSync(broken)
  })

  it('coverage returns one matrix per policy', async () => {
    const report = await coverage({ cwd: project, now: NOW })
    expect(report.ok).toBe(true)
    expect(report.matrices).toHaveLength(1)
  })

  it('diff compares two paths and show reads git history (a folder outside git is a UsageError)', async () => {
    const result = await diff({ cwd: project, from: 'policies/acme', to: 'policies/acme' })
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.report.summary.material + result.report.summary.editorial).toBe(0)
    await expect(show({ cwd: project, policy: 'policies/acme' })).rejects.toThrow(UsageError)
  })
})
