/**
 * Adequacy lists differ by law: the EU found Brazil adequate on 26 January 2026 (Commission
 * Implementing Decision (EU) 2026/179, in the catalog's EEA list), the UK has not. So a recipient
 * in Brazil needs no safeguard for the EEA and still needs one for the UK, and
 * transfer-safeguard-missing says which law it is missing under.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { RULES } from '../../src/lint/registry.js'
import { checkPolicies } from '../../src/pipeline.js'
import { FIXTURE_NOW } from './helpers.js'

const dir = mkdtempSync(join(tmpdir(), 'policyc-adequacy-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const rule = RULES.find((r) => r.id === 'transfer-safeguard-missing')!

async function reasons(regions: string, recipient: string): Promise<string[]> {
  const file = join(dir, `${regions.replace(/\W+/g, '-')}-${recipient.length}.yaml`)
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
  - { id: host, name: Host Ltda., role: processor, purposes: [account], countries: [BR]${recipient} }
retention:
  - { id: account-data, categories: [contact], period: account-lifetime, then: delete }
sections:
  - id: intro
    title: Who we are
    body: We collect your :ref{id=contact} to run your account.
`,
  )
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
      'Recipient `Host Ltda.` receives data in BR, which has no adequacy decision for uk, but no transfer safeguard is named while uk is served (GDPR Art 46, Art 13(1)(f))',
    ])
    expect(await reasons('eea, uk', ', transfer: adequacy')).toEqual(['Recipient `Host Ltda.` claims an adequacy decision, but BR has none for uk (UK GDPR Art 45; DPA 2018 s.17A)'])
  })

  it('reads as before when every served region lacks a decision', async () => {
    expect(await reasons('uk', '')).toEqual([
      'Recipient `Host Ltda.` receives data in BR, which has no adequacy decision, but no transfer safeguard is named while uk is served (GDPR Art 46, Art 13(1)(f))',
    ])
  })
})
