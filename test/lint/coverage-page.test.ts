import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cellAt, coverageMatrix } from '../../src/lint/coverage/index.js'
import { checkPolicies } from '../../src/pipeline.js'

/**
 * Elements judged on the page a reader gets: the same policy with and without the text that
 * discloses an element, and the cell turning ✔ → ✖ and back.
 */
function policy({ body = '::table{of=categories}', extra = '', regions = '[eea, uk, ch]', country = 'NL' } = {}): string {
  return `id: mini
kind: privacy-notice
title: Mini Notice
effective: 2026-01-15
language: en
controller: { name: Mini B.V., email: privacy@mini.example, country: ${country} }
regions: ${regions}
categories:
  - { id: contact, label: Contact details, collected: true, sources: [you], requirement: contractual }
purposes:
  - { id: account, label: Run your account, categories: [contact], basis: contract }
recipients: []
retention:
  - { id: account-data, categories: [contact], period: account-lifetime, then: delete }
${extra}sections:
  - id: intro
    title: Who we are
    body: |
${body.split('\n').map((l) => `      ${l}`).join('\n')}
`
}

let dir: string
let count = 0
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policyc-coverage-page-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function cell(text: string, key: string, region: string) {
  const file = join(dir, `p${count++}.yaml`)
  await writeFile(file, text)
  const result = await checkPolicies([file], { cwd: dir, lint: false })
  expect(result.diagnostics).toEqual([])
  return cellAt(coverageMatrix(result.models[0]!, { now: '2026-03-01' }), key, region)
}

describe('right-complain-to-authority, judged on the rendered page', () => {
  it('is met by the rights table, which names the authority on a region page, though the prose never does', async () => {
    expect((await cell(policy(), 'right-complain-to-authority', 'eea'))?.status).toBe('missing')
    expect((await cell(policy({ body: '::table{of=categories}\n\n::table{of=rights}' }), 'right-complain-to-authority', 'eea'))?.status).toBe('met')
    expect((await cell(policy({ body: '::table{of=rights}' }), 'right-complain-to-authority', 'uk'))?.status).toBe('met')
  })

  it('is met by prose that names the authority beside a complaint, and missing again without it', async () => {
    const named = policy({ body: '::table{of=categories}\n\nYou can complain to the [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl/).' })
    expect((await cell(named, 'right-complain-to-authority', 'eea'))?.status).toBe('met')
    const onlyShownElsewhere = policy({ body: '::table{of=categories}\n\n:::only{regions="uk"}\nYou can complain to the [Autoriteit Persoonsgegevens](https://autoriteitpersoonsgegevens.nl/).\n:::' })
    expect((await cell(onlyShownElsewhere, 'right-complain-to-authority', 'eea'))?.status).toBe('missing')
  })
})

describe('rights-response-time against GDPR Art 12(3)', () => {
  const rights = (time: string) => `rights:\n  channels: [{ id: email, type: email, email: privacy@mini.example }]\n  response-time: ${time}\n`
  it('one month, 30 days or 4 weeks meet it; six months, 2 months, 31 days or 5 weeks do not', async () => {
    for (const ok of ['P1M', 'P30D', 'P4W', 'P3W']) expect((await cell(policy({ extra: rights(ok) }), 'rights-response-time', 'eea'))?.status, ok).toBe('met')
    for (const late of ['P6M', 'P2M', 'P31D', 'P5W']) {
      const found = await cell(policy({ extra: rights(late) }), 'rights-response-time', 'eea')
      expect(found?.status, late).toBe('missing')
      expect(found?.detail).toBe(`\`rights.response-time: ${late}\` is longer than the one month GDPR allows (Art 12(3))`)
    }
  })
})

describe('the Swiss representative (FADP Art 14, four cumulative conditions)', () => {
  it('is not evaluated, never missing, for a controller abroad without one; met with one', async () => {
    const abroad = await cell(policy(), 'representative', 'ch')
    expect(abroad?.status).toBe('not-evaluated')
    expect(abroad?.detail).toMatch(/large-scale, regular and high-risk/)
    const appointed = policy({ extra: 'representatives:\n  - { region: ch, name: Rep AG, address: "Bahnhofstrasse 1, 8001 Zürich", email: ch@rep.example }\n' })
    expect((await cell(appointed, 'representative', 'ch'))?.status).toBe('met')
    // The UK's Art 27 has no such conditions: missing there.
    expect((await cell(policy(), 'representative', 'uk'))?.status).toBe('missing')
  })
})
