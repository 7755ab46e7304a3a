import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkPolicies } from '../../src/pipeline.js'

/**
 * A Dutch controller serving the EEA and the UK with no UK representative and no authority named:
 * and no rights table: notice-element-missing reports `representative` for uk, and `right-complain-to-authority`
 * and `rights-list` for both.
 */
function policy(suppress = ''): string {
  return `id: mini
kind: privacy-notice
title: Mini Notice
effective: 2026-01-15
language: en
controller: { name: Mini B.V., email: privacy@mini.example, country: NL }
regions: [eea, uk]
categories:
  - { id: contact, label: Contact details, collected: true, sources: [you], requirement: contractual }
purposes:
  - { id: account, label: Run your account, categories: [contact], basis: contract }
recipients: []
retention:
  - { id: account-data, categories: [contact], period: account-lifetime, then: delete }
rights:
  channels: [{ id: email, type: email, email: privacy@mini.example }]
  response-time: P1M
  complaints: Write to privacy@mini.example; we answer within a month.
sections:
  - id: intro
    title: Who we are
    body: |
      ::table{of=categories}

      ::table{of=purposes}

      ::table{of=retention}

      ::table{of=channels}
${suppress}`
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policyc-suppress-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

let count = 0
async function lint(text: string): Promise<string[]> {
  const file = join(dir, `p${count++}.yaml`)
  await writeFile(file, text)
  const result = await checkPolicies([file], { cwd: dir, lint: { now: '2026-03-01' } })
  // `rights-list` (no rights table) goes with the missing complaint text; the tests follow the other two elements.
  return result.diagnostics.filter((d) => !d.reason.includes('`rights-list`')).map((d) => `${d.start.line}:${d.start.column} ${d.ruleId}: ${d.reason.replace(/, required in.*$/, '')}`)
}

const entry = (fields: string) => `  - { ${fields}, reason: Reviewed by counsel on 2026-02-01 in ticket PRIV-12. }\n`

describe('policy-level `suppress` with region and element', () => {
  it('without suppressions, the region-level findings are reported, one per element', async () => {
    expect(await lint(policy())).toEqual([
      '7:11 notice-element-missing: eea, uk: the notice does not disclose `right-complain-to-authority`',
      '7:16 notice-element-missing: uk: the notice does not disclose `representative`',
    ])
  })

  it('switches off one element in one region only', async () => {
    const text = policy(`suppress:\n${entry('rule: notice-element-missing, region: uk, element: representative')}`)
    expect(await lint(text)).toEqual(['7:11 notice-element-missing: eea, uk: the notice does not disclose `right-complain-to-authority`'])
  })

  it('switches off every finding of a rule in one region', async () => {
    const text = policy(`suppress:\n${entry('rule: notice-element-missing, region: uk')}`)
    // The finding about eea and uk is restated for eea alone.
    expect(await lint(text)).toEqual(['7:11 notice-element-missing: eea: the notice does not disclose `right-complain-to-authority`'])
  })

  it('switches off one element in every region', async () => {
    const text = policy(`suppress:\n${entry('rule: notice-element-missing, element: right-complain-to-authority')}`)
    expect(await lint(text)).toEqual(['7:16 notice-element-missing: uk: the notice does not disclose `representative`'])
  })

  it('reports each unused entry at its rule: a region not served, an element not missing, a rule that found nothing', async () => {
    const text = policy(
      `suppress:\n${entry('rule: notice-element-missing, region: uk, element: representative')}${entry('rule: notice-element-missing, region: ch')}${entry('rule: notice-element-missing, element: dpo-contact')}${entry('rule: cookie-consent-missing')}${entry('rule: no-such-rule')}`,
    )
    const found = await lint(text)
    expect(found.filter((l) => l.includes('unused-suppression'))).toEqual([
      '32:13 unused-suppression: Suppression of `notice-element-missing` in ch is unused: the rule reports nothing in ch',
      '33:13 unused-suppression: Suppression of `notice-element-missing` for `dpo-contact` is unused: the rule reports nothing for `dpo-contact`',
      '34:13 unused-suppression: Suppression of `cookie-consent-missing` is unused: the rule reports nothing here',
      '35:13 unused-suppression: Unknown rule `no-such-rule` in suppression',
    ])
    expect(found.filter((l) => l.includes('notice-element-missing:'))).toEqual(['7:11 notice-element-missing: eea, uk: the notice does not disclose `right-complain-to-authority`'])
  })

  it('a region-scoped entry hides a finding about several regions only when it covers all of them', async () => {
    const erasure = policy().replace('rights:\n', 'claims: { erasure: account-deactivation-only }\nrights:\n')
    const one = await lint(`${erasure}suppress:\n${entry('rule: claim-erasure-contradicted, region: uk')}`)
    expect(one.filter((l) => l.includes(' claim-erasure-contradicted:'))).toHaveLength(1)
    // It hides nothing (the finding names eea too), so it is reported as unused.
    expect(one.filter((l) => l.includes('unused-suppression'))).toEqual(['32:13 unused-suppression: Suppression of `claim-erasure-contradicted` in uk is unused: the rule reports nothing in uk'])
    const both = await lint(`${erasure}suppress:\n${entry('rule: claim-erasure-contradicted, region: uk')}${entry('rule: claim-erasure-contradicted, region: eea')}`)
    expect(both.filter((l) => l.includes('claim-erasure') || l.includes('unused-suppression'))).toEqual([])
  })

  it('refuses an unknown key in an entry, at its line', async () => {
    const result = await lint(policy(`suppress:\n  - { rule: notice-element-missing, regoin: uk, reason: Reviewed by counsel on 2026-02-01. }\n`))
    expect(result.join('\n')).toMatch(/^31:\d+ unknown-key: Unknown key `regoin`/m)
  })
})
