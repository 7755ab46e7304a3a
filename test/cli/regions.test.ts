import { execFile } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadCatalog } from '../../src/catalog/catalog.js'
import { closeRegions, regionHint } from '../../src/catalog/region-suggestions.js'
import { root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'

const exec = promisify(execFile)
const catalog = loadCatalog().jurisdictions

describe('policyc regions', () => {
  it('lists every region id of the catalog with its name and laws', async () => {
    const result = await runCli(['regions'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines[0]).toMatch(/^id\s+name\s+laws$/)
    expect(lines).toHaveLength(catalog.length + 1)
    for (const [index, j] of catalog.entries()) {
      const line = lines[index + 1]!
      expect(line.startsWith(`${j.id} `)).toBe(true)
      expect(line).toContain(j.name)
      for (const law of j.laws) expect(line).toContain(law.short)
    }
    expect(result.stdout).toMatch(/^us-ca\s+California\s+CCPA, CPRA/m)
  })

  it('--format json gives ids, names, ISO codes and laws', async () => {
    const result = await runCli(['regions', '--format', 'json'])
    expect(result.code).toBe(0)
    const doc = JSON.parse(result.stdout) as { format: string; regions: { id: string; name: string; codes: string[]; laws: { short: string; name: string }[] }[] }
    expect(doc.format).toBe('policyc-regions/1')
    expect(doc.regions.map((r) => r.id)).toEqual(catalog.map((j) => j.id))
    const eea = doc.regions.find((r) => r.id === 'eea')!
    expect(eea.codes).toContain('NL')
    expect(eea.laws.map((l) => l.short)).toContain('GDPR')
  })

  it('--help explains where the ids go', async () => {
    const result = await runCli(['regions', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('--format <format>')
    expect(result.stdout).toContain('regions:')
    expect(result.stdout).toContain('policyc regions --format json')
  })

  it('a bad --format is a usage error', async () => {
    const result = await runCli(['regions', '--format', 'yaml'])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Allowed choices are text, json')
  })
})

describe('the did-you-mean of an unknown region', () => {
  it.each([
    ['eu', ['eea']], // one letter from `au`, but the EU's states are the EEA's
    ['euu', ['eea']],
    ['eaa', ['eea']],
    ['gb', ['uk']], // an ISO 3166 code
    ['DE', ['eea']],
    ['california', ['us-ca']], // a name
    ['Quebec', ['ca-qc']],
    ['us-cal', ['us-ca']],
    ['chh', ['ch']],
    ['us-ny', ['us-ky', 'us-ne', 'us-nh', 'us-nj', 'us-nv']], // every equally close id, so the editor sees none is New York
  ])('%s → %j', (typo, expected) => {
    expect(closeRegions(typo, catalog).map((j) => j.id)).toEqual(expected)
  })

  it('names each close region, and lists every id when none is close', () => {
    expect(regionHint('us-ny', catalog)).toBe('Did you mean `us-ky` (Kentucky), `us-ne` (Nebraska), `us-nh` (New Hampshire), `us-nj` (New Jersey) or `us-nv` (Nevada)? Run `policyc regions` to list every region.')
    expect(regionHint('xyzzy', catalog)).toBe(`Regions: ${catalog.map((j) => j.id).join(', ')} (\`policyc regions\` lists them with their names and laws).`)
  })
})

describe('one file of a split policy', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'policyc-split-'))
    await cp(join(root, 'policies', 'xwms'), join(dir, 'policies', 'xwms'), { recursive: true })
    const git = (args: string[]) => exec('git', args, { cwd: dir, env: { PATH: process.env.PATH, HOME: process.env.HOME, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } })
    await git(['init', '-q', '-b', 'main'])
    await git(['add', '-A'])
    await git(['-c', 'user.name=Editor', '-c', 'user.email=e@example.org', 'commit', '-q', '-m', 'xwms'])
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  const unit = 'policies/xwms/data.yaml:1:1  error  `policies/xwms/data.yaml` is one file of the policy in `policies/xwms`: policyc reads a policy folder as a whole  policy-file-not-unit\n  hint: Pass the folder instead: `policies/xwms`.'

  it('check says the folder is the unit, not that `controller` is missing', async () => {
    const result = await runCli(['check', 'policies/xwms/data.yaml'], { cwd: dir })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(unit)
    expect(result.stdout).not.toContain('missing-key')
  })

  it('diff of a revision with --path to one file says the same', async () => {
    const result = await runCli(['diff', 'HEAD', '--path', 'policies/xwms/data.yaml'], { cwd: dir })
    expect(result.code).not.toBe(0)
    expect(result.stderr + result.stdout).toContain('policy-file-not-unit')
    expect(result.stderr + result.stdout).not.toContain('missing-key')
  })

  it('diff of two files says the same', async () => {
    const result = await runCli(['diff', 'policies/xwms/data.yaml', 'policies/xwms/sections.yaml'], { cwd: dir })
    expect(result.code).not.toBe(0)
    expect(result.stderr + result.stdout).toContain('policy-file-not-unit')
    expect(result.stderr + result.stdout).not.toContain('missing-key')
  })

  it('a one-file policy alone in its folder is still a policy', async () => {
    const result = await runCli(['check', join(root, 'test/fixtures/valid/minimal')])
    expect(result.stdout).not.toContain('policy-file-not-unit')
  })
})
