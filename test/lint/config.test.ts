import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveSettings } from '../../src/lint/settings.js'
import { checkPolicies } from '../../src/pipeline.js'
import { runCli } from '../helpers/run-cli.js'

/** A valid one-file policy whose `location` category no purpose uses (category-unused fires). */
function policy({ suppress = '', effective = '2026-01-15' } = {}): string {
  return `id: mini
kind: privacy-notice
title: Mini Notice
effective: ${effective}
language: en
controller: { name: Mini B.V., email: privacy@mini.example, country: NL }
regions: [eea]
categories:
  - id: contact
    label: Contact details
    collected: true
    ${suppress.replace(/\n/g, '\n    ')}
  - id: location
    label: Location
    collected: true
purposes:
  - { id: account, label: Run your account, categories: [contact], basis: contract }
retention:
  - { id: account-data, categories: [contact, location], period: account-lifetime, then: delete }
sections:
  - id: intro
    title: Who we are
    body: |
      We collect your :ref{id=contact} and :ref{id=location} to :ref{id=account}.

      ::table{of=retention}
`
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policyc-config-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function project(name: string, files: Record<string, string>): Promise<string> {
  const base = join(dir, name)
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(base, path, '..'), { recursive: true })
    await writeFile(join(base, path), text)
  }
  return base
}

describe('today (`now`) for date-based rules', () => {
  it('takes --now, then SOURCE_DATE_EPOCH, then the config; never the clock', async () => {
    const cwd = await project('now', { 'policyc.config.yaml': 'now: 2026-02-01\n' })
    const epoch = String(Date.UTC(2026, 4, 17, 23, 59) / 1000)
    const all = await resolveSettings({ cwd, now: '2026-03-01', env: { SOURCE_DATE_EPOCH: epoch } })
    expect(all.ok && [all.lint.now, all.nowSource]).toEqual(['2026-03-01', '--now'])
    const env = await resolveSettings({ cwd, env: { SOURCE_DATE_EPOCH: epoch } })
    expect(env.ok && [env.lint.now, env.nowSource]).toEqual(['2026-05-17', 'SOURCE_DATE_EPOCH'])
    const config = await resolveSettings({ cwd, env: {} })
    expect(config.ok && config.lint.now).toBe('2026-02-01')
    const none = await resolveSettings({ cwd: await project('no-now', { 'x.txt': '' }), env: {} })
    expect(none.ok && none.lint.now).toBeUndefined()
  })

  it('refuses a bad --now or SOURCE_DATE_EPOCH as a usage error', async () => {
    expect(await resolveSettings({ cwd: dir, now: '2026-02-30' })).toEqual({ ok: false, error: '--now expects a date written YYYY-MM-DD, got "2026-02-30"' })
    expect((await resolveSettings({ cwd: dir, env: { SOURCE_DATE_EPOCH: 'yesterday' } })).ok).toBe(false)
    const cli = await runCli(['check', '--now', 'tomorrow', 'p.yaml'], { cwd: await project('bad-now', { 'p.yaml': policy() }) })
    expect(cli.code).toBe(2)
    expect(cli.stderr).toBe('policyc: --now expects a date written YYYY-MM-DD, got "tomorrow"\n')
  })

  it('without a date the effective-date rule is skipped with a note; SOURCE_DATE_EPOCH enables it', async () => {
    const cwd = await project('stale', { 'p.yaml': policy({ effective: '2020-01-01' }) })
    const skipped = await runCli(['check', 'p.yaml'], { cwd })
    expect(skipped.stdout).toContain('note: effective-date-out-of-range: skipped: no date to compare with')
    expect(skipped.stdout).not.toContain('Effective date 2020-01-01')
    const dated = await runCli(['check', 'p.yaml'], { cwd, env: { SOURCE_DATE_EPOCH: '1767225600' } })
    expect(dated.stdout).toContain('Effective date 2020-01-01 is more than 12 months before today (2026-01-01)')
  })
})

describe('rule severities from policyc.config.yaml', () => {
  it('found from a parent folder: error fails the check, off silences the rule', async () => {
    const base = await project('severities', {
      'policyc.config.yaml': '# yaml-language-server: $schema=schemas/config.schema.json\nrules:\n  category-unused: error\n  notice-element-missing: off\n',
      'policies/mini/policy.yaml': policy(),
    })
    const cli = await runCli(['check', '--now', '2026-03-01', '--format', 'json', 'mini'], { cwd: join(base, 'policies') })
    const report = JSON.parse(cli.stdout) as { diagnostics: { ruleId: string; severity: string }[] }
    expect(report.diagnostics.map((d) => `${d.ruleId} ${d.severity}`)).toEqual(['category-unused error'])
    expect(cli.code).toBe(1)
    const warn = await runCli(['check', '--now', '2026-03-01', '--config', 'other.yaml', 'policies/mini'], { cwd: await project('warn', { 'other.yaml': 'rules: { category-unused: warn, notice-element-missing: off }\n', 'policies/mini/policy.yaml': policy() }) })
    expect(warn.code).toBe(0)
    expect(warn.stdout).toContain('⚠ 1 policy checked: 1 warning')
  })

  it('reports an unknown rule id or severity at its line in the config, with a suggestion', async () => {
    const cwd = await project('bad-config', { 'policyc.config.yaml': 'rules:\n  category-unsued: off\n  cookie-consent-missing: warning\n', 'p.yaml': policy() })
    const settings = await resolveSettings({ cwd })
    expect(settings.ok && settings.diagnostics.map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.source} ${d.ruleId} ${d.hint ?? ''}`)).toEqual([
      'policyc.config.yaml:3:27 config bad-value ',
    ])
    const typo = await resolveSettings({ cwd: await project('typo', { 'policyc.config.yaml': 'rules:\n  category-unsued: off\n' }) })
    expect(typo.ok && typo.diagnostics.map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.ruleId}: ${d.reason} (${d.hint})`)).toEqual([
      'policyc.config.yaml:2:3 unknown-rule: Unknown lint rule `category-unsued` (did you mean `category-unused`?)',
    ])
    const cli = await runCli(['check', '--config', 'missing.yaml', 'p.yaml'], { cwd })
    expect(cli.code).toBe(2)
  })
})

describe('suppressions', () => {
  const suppression = (rule: string) => `suppress:\n  - rule: ${rule}\n    reason: Reviewed by legal on 2026-02-01, see ticket PRIV-12.`
  const lint = (text: string, severities: Record<string, 'error' | 'warn' | 'off'> = {}) =>
    project(`s-${Math.abs(hash(text + JSON.stringify(severities)))}`, { 'p.yaml': text }).then(async (cwd) => {
      const result = await checkPolicies([join(cwd, 'p.yaml')], { cwd, lint: { now: '2026-03-01', severities: { 'notice-element-missing': 'off', ...severities } } })
      return result.diagnostics.map((d) => `${d.start.line}:${d.start.column} ${d.ruleId}: ${d.reason}`)
    })

  it('switches a rule off for one entity, with its reason', async () => {
    const moved = policy().replace('  - id: location\n    label: Location\n    collected: true\n', `  - id: location\n    label: Location\n    collected: true\n    ${suppression('category-unused').replace(/\n/g, '\n    ')}\n`)
    expect(await lint(policy())).toEqual(['15:16 category-unused: Category `Location` is collected, but no purpose uses it'])
    expect(await lint(moved)).toEqual([])
  })

  it('reports a suppression that suppresses nothing, at its rule', async () => {
    expect(await lint(policy({ suppress: suppression('category-unused') }))).toEqual([
      '13:15 unused-suppression: Suppression of `category-unused` is unused: the rule reports nothing here',
      '17:16 category-unused: Category `Location` is collected, but no purpose uses it',
    ])
  })

  it('does not blame a suppression for a rule the config turned off, but always reports an unknown rule', async () => {
    expect(await lint(policy({ suppress: suppression('cookie-consent-missing') }), { 'cookie-consent-missing': 'off', 'category-unused': 'off' })).toEqual([])
    expect(await lint(policy({ suppress: suppression('cookie-consent-mising') }), { 'category-unused': 'off' })).toEqual(['13:15 unused-suppression: Unknown rule `cookie-consent-mising` in suppression'])
  })
})

function hash(text: string): number {
  let h = 0
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0
  return h
}
