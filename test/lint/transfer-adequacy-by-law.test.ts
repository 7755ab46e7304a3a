/**
 * Adequacy lists differ by law: the EU found Brazil adequate on 26 January 2026 (Commission
 * Implementing Decision (EU) 2026/179, in the catalog's EEA list), the UK has not. So a recipient
 * in Brazil needs no safeguard for the EEA and still needs one for the UK, and
 * transfer-safeguard-missing says which law it is missing under. A transfer to an adequate
 * country is still a transfer to disclose (GDPR Art 13(1)(f): "the existence or absence of an
 * adequacy decision"): coverage asks the page to show it, only without a safeguard.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { cellAt, coverageMatrix } from '../../src/lint/coverage/index.js'
import { RULES } from '../../src/lint/registry.js'
import { checkPolicies } from '../../src/pipeline.js'
import { FIXTURE_NOW } from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'policyc-adequacy-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const rule = RULES.find((r) => r.id === 'transfer-safeguard-missing')!

/** Writes a one-recipient policy and returns its file. */
function policy(regions: string, recipient: string, country = 'BR'): string {
  const file = join(dir, `${regions.replace(/\W+/g, '-')}-${country}-${recipient.length}.yaml`)
  writeFileSync(
    file,
    `id: mini
kind: privacy-notice
title: Mini Notice
effective: 2026-01-15
language: en
controller: { name: Mini B.V., email: privacy@mini.example, country: NL }
regions: [${regions}]
categories:
  - { id: contact, label: Contact details, collected: true }
purposes:
  - { id: account, label: Run your account, categories: [contact], basis: contract }
recipients:
  - { id: host, name: Host Ltda., role: processor, purposes: [account], countries: [${country}]${recipient} }
retention:
  - { id: account-data, categories: [contact], period: account-lifetime, then: delete }
sections:
  - id: intro
    title: Who we are
    body: |
      We collect your :ref{id=contact} to run your account.

      ::table{of=recipients}
`,
  )
  return file
}

async function reasons(regions: string, recipient: string): Promise<string[]> {
  const file = policy(regions, recipient)
  const result = await checkPolicies([file], { cwd: dir, lint: { now: FIXTURE_NOW, rules: [rule] } })
  return result.diagnostics.filter((d) => d.ruleId === rule.id).map((d) => d.reason)
}

describe('transfer-safeguard-missing with adequacy lists that differ by law', () => {
  it('asks nothing for Brazil when only the EEA is served', async () => {
    expect(await reasons('eea', '')).toEqual([])
    expect(await reasons('eea', ', transfer: adequacy')).toEqual([])
  })

  it('asks for a safeguard under the UK alone when the EEA and the UK are served', async () => {
    expect(await reasons('eea, uk', '')).toEqual([
      'Recipient `Host Ltda.` receives data in BR, which has no adequacy decision for uk, but no transfer safeguard is named while uk is served (UK GDPR Art 46, Art 13(1)(f))',
    ])
    expect(await reasons('eea, uk', ', transfer: adequacy')).toEqual(['Recipient `Host Ltda.` claims an adequacy decision, but BR has none for uk (UK GDPR Art 45; DPA 2018 s.17A)'])
  })

  it('cites the law of the only served region that lacks a decision', async () => {
    expect(await reasons('uk', ', transfer: adequacy')).toEqual(['Recipient `Host Ltda.` claims an adequacy decision, but BR has none (UK GDPR Art 45; DPA 2018 s.17A)'])
    expect(await reasons('uk', '')).toEqual([
      'Recipient `Host Ltda.` receives data in BR, which has no adequacy decision, but no transfer safeguard is named while uk is served (UK GDPR Art 46, Art 13(1)(f))',
    ])
  })
})

describe('coverage of GDPR Art 13(1)(f) with an adequate country', () => {
  const cells = async (regions: string, recipient: string, country: string) => {
    const model = (await checkPolicies([policy(regions, recipient, country)], { cwd: dir, lint: false })).models[0]!
    const matrix = coverageMatrix(model, { now: FIXTURE_NOW })
    return Object.fromEntries(model.policy.regions.map((region) => [region, cellAt(matrix, 'third-country-transfers-and-safeguards', region)]))
  }

  it('asks the page to show a transfer to Japan, adequate under both laws, and no safeguard for it', async () => {
    const { eea, uk } = await cells('eea, uk', '', 'JP')
    expect(eea?.status).toBe('met')
    expect(uk?.status).toBe('met')
  })

  it('asks for a safeguard for Brazil under the UK alone', async () => {
    const { eea, uk } = await cells('eea, uk', '', 'BR')
    expect(eea?.status).toBe('met')
    expect(uk).toMatchObject({ status: 'missing', detail: expect.stringContaining('no transfer safeguard for') })
  })

  it('has nothing to disclose for a recipient at home', async () => {
    const { eea } = await cells('eea', '', 'DE')
    expect(eea?.status).not.toBe('met')
    expect(eea?.status).not.toBe('missing')
  })
})
