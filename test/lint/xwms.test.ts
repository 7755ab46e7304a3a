import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { checkPolicies } from '../../src/pipeline.js'
import { root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'

/** After XWMS's last update (2025-06-01) and acme's effective date (2026-09-01). */
const NOW = '2026-10-01'

/** The 1-based line of the first line matching `after`, then of the first matching `then` below it. */
function lineOf(file: string, after: RegExp, then: RegExp): number {
  const lines = readFileSync(`${root}${file}`, 'utf8').split('\n')
  const start = lines.findIndex((l) => after.test(l))
  return lines.findIndex((l, i) => i > start && then.test(l)) + 1
}

describe('policies/xwms, as published', () => {
  let diagnostics: Diagnostic[]
  const find = (ruleId: string, text: string) => diagnostics.filter((d) => d.ruleId === ruleId && d.reason.includes(text))

  beforeAll(async () => {
    const result = await checkPolicies(['policies/xwms'], { cwd: root, lint: { now: NOW } })
    diagnostics = result.diagnostics
  })

  it('reports only warnings', () => {
    expect(diagnostics.length).toBeGreaterThan(10)
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('finds the sensitive-data contradiction at CCPA categories C and E, on their `collected`', () => {
    for (const [id, letter] of [['protected-classifications', 'C'], ['biometric', 'E']] as const) {
      const [found] = find('claim-sensitive-data-contradicted', `(CCPA ${letter})`)
      expect(found, letter).toBeDefined()
      expect(found!.file).toBe('policies/xwms/data.yaml')
      expect(found!.start.line).toBe(lineOf('policies/xwms/data.yaml', new RegExp(`- id: ${id}$`), /collected: true/))
      expect(found!.reason).toMatch(/says sensitive data is not collected/)
    }
  })

  it('finds the erasure claim against GDPR Art 17', () => {
    const [found] = find('claim-erasure-contradicted', 'GDPR Art 17')
    expect(found?.reason).toMatch(/limited to account deactivation/)
    expect(found?.file).toBe('policies/xwms/policy.yaml')
  })

  it('finds the retention promise against the "may retain some data" exception', () => {
    const [found] = find('claim-retention-contradicted', '`account-records` may keep some data')
    expect(found?.reason).toMatch(/promises data is not kept beyond the life of the account/)
    expect(found?.start.line).toBe(lineOf('policies/xwms/data.yaml', /- id: account-records$/, /exceptions:/))
  })

  it('finds the GDPR Art 13 elements the notice lacks, citing the article', () => {
    // The EEA and UK pages name the authority beside the rights table: no complaint finding.
    expect(find('notice-element-missing', '`right-complain-to-authority`')).toHaveLength(0)
    expect(find('notice-element-missing', 'uk: the notice does not disclose `representative`, required by UK GDPR Art 13(1)(a), Art 27')).toHaveLength(1)
    expect(find('notice-element-missing', 'eea: the notice does not disclose `statutory-or-contractual-requirement`, required by GDPR Art 13(2)(e)')).toHaveLength(1)
    expect(find('legitimate-interest-undescribed', 'Purpose `personalisation`')[0]?.reason).toMatch(/GDPR Art 13\(1\)\(d\)/)
  })

  it('`policyc check` exits 0 with warnings, and 1 with --max-warnings 0', async () => {
    const plain = await runCli(['check', '--now', NOW, 'policies/xwms'], { cwd: root })
    expect(plain.code).toBe(0)
    expect(plain.stderr).toBe('')
    expect(plain.stdout).toMatch(/⚠ 1 policy checked: \d+ warnings\n$/)
    expect(plain.stdout).toContain('claim-sensitive-data-contradicted')
    const strict = await runCli(['check', '--now', NOW, '--max-warnings', '0', 'policies/xwms'], { cwd: root })
    expect(strict.code).toBe(1)
    const json = await runCli(['check', '--now', NOW, '--format', 'json', 'policies/xwms'], { cwd: root })
    const parsed = JSON.parse(json.stdout) as { summary: { errors: number; warnings: number } }
    expect(parsed.summary.errors).toBe(0)
    expect(parsed.summary.warnings).toBe(diagnostics.length)
  })
})

describe('policies/acme', () => {
  it('gives zero diagnostics, even with --max-warnings 0', async () => {
    const result = await checkPolicies(['policies/acme'], { cwd: root, lint: { now: NOW } })
    expect(result.diagnostics.map((d) => `${d.file}:${d.start.line} ${d.ruleId}: ${d.reason}`)).toEqual([])
    const cli = await runCli(['check', '--now', NOW, '--max-warnings', '0', 'policies/acme'], { cwd: root })
    // No problem, but the required elements policyc cannot judge are named, never passed over as met.
    expect(cli.stdout).toMatch(/^note: notice-element-missing: acme-privacy: \d+ required notice elements are not evaluated \(policyc cannot judge them from the data; read the notice\): eea right-object-prominent, /)
    expect(cli.stdout.split('\n').at(-2)).toBe('✔ 1 policy checked: no problems')
    expect(cli.code).toBe(0)
  })
})
