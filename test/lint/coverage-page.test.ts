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

async function cell(text: string, key: string, region: string, now = '2026-03-01') {
  const file = join(dir, `p${count++}.yaml`)
  await writeFile(file, text)
  const result = await checkPolicies([file], { cwd: dir, lint: false })
  expect(result.diagnostics).toEqual([])
  return cellAt(coverageMatrix(result.models[0]!, { now }), key, region)
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
    // The time to answer is stated after the rights table, so the page must show it.
    const withTable = { body: '::table{of=categories}\n\n::table{of=rights}' }
    for (const ok of ['P1M', 'P30D', 'P4W', 'P3W']) expect((await cell(policy({ extra: rights(ok), ...withTable }), 'rights-response-time', 'eea'))?.status, ok).toBe('met')
    expect(await cell(policy({ extra: rights('P1M') }), 'rights-response-time', 'eea')).toMatchObject({ status: 'missing', detail: 'this page has no `::table{of=rights}`, after which the time to answer is stated' })
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
    // Met only where the page gives the representative's name and contact (the channels table does).
    expect((await cell(appointed, 'representative', 'ch'))?.status).toBe('missing')
    const shown = policy({ body: '::table{of=categories}\n\n::table{of=channels}', extra: `${'representatives:\n  - { region: ch, name: Rep AG, address: "Bahnhofstrasse 1, 8001 Zürich", email: ch@rep.example }\n'}rights:\n  channels: [{ id: email, type: email, email: privacy@mini.example }]\n` })
    expect((await cell(shown, 'representative', 'ch'))?.status).toBe('met')
    // The UK's Art 27 has no such conditions: missing there.
    expect((await cell(policy(), 'representative', 'uk'))?.status).toBe('missing')
  })
})

/**
 * The request facts policyc states after the rights table (`rights.fee`, `verification`, `appeal`,
 * `complaints`): met only on a page that shows the rights table, missing where no page renders them.
 */
describe('request facts, judged on the page that states them after the rights table', () => {
  const rights = `rights:
  channels: [{ id: email, type: email, label: Our privacy team, email: privacy@mini.example }]
  verification: We send a confirmation link to the email address we hold for you.
  fee: Requests are free unless manifestly unfounded.
  appeal: { channels: [email], description: Write to us again and someone else reviews the refusal. }
  complaints: Complain to us by email; we answer within 30 days.
`
  const cases = [
    ['rights-free-of-charge', 'eea', 'fee: Requests are free unless manifestly unfounded.\n'],
    ['ccpa-verification-process', 'us-ca', 'verification: We send a confirmation link to the email address we hold for you.\n'],
    ['appeal-process', 'us-va', 'appeal: { channels: [email], description: Write to us again and someone else reviews the refusal. }\n'],
    ['complaint-handling-process', 'au', 'complaints: Complain to us by email; we answer within 30 days.\n'],
    ['uk-right-complain-to-controller', 'uk', 'complaints: Complain to us by email; we answer within 30 days.\n'],
  ] as const
  for (const [key, region, line] of cases) {
    it(`${key} (${region}): ✔ with the rights table, ✖ without it, ✖ without the fact`, async () => {
      const regions = '[eea, uk, us-ca, us-va, au]'
      // 2026-07-01: DPA 2018 s.164A (the UK complaint elements) is in force from 2026-06-19.
      const judge = (text: string) => cell(text, key, region, '2026-07-01')
      const withTable = await judge(policy({ regions, extra: rights, body: '::table{of=categories}\n\n::table{of=rights}' }))
      expect(withTable?.status).toBe('met')
      const withoutTable = await judge(policy({ regions, extra: rights }))
      expect(withoutTable?.status).toBe('missing')
      expect(withoutTable?.detail).toMatch(/is not on this page/)
      const withoutFact = await judge(policy({ regions, extra: rights.replace(`  ${line}`, ''), body: '::table{of=categories}\n\n::table{of=rights}' }))
      expect(withoutFact?.status).toBe('missing')
      expect(withoutFact?.detail).toMatch(/^no `rights\./)
    })
  }
})

/** The California table (11 CCR §7011(e)(1)) and the statements after it, read from the us-ca page. */
describe('California elements, judged on the California table the page shows', () => {
  const california = ({ sale = 'claims: { sale: none }\n', sources = 'sources: [you], ', recipients = '[{ id: host, name: Host Inc, role: processor, purposes: [account], categories: [contact] }]', sensitive = '' } = {}) =>
    policy({
      regions: '[us-ca]',
      body: '::table{of=ccpa-categories}',
      extra: `${sale}`,
    })
      .replace('recipients: []', `recipients: ${recipients}`)
      .replace('collected: true, sources: [you], ', `collected: true, ${sources}ccpa: A, `)
      .replace('categories:\n', `categories:\n${sensitive}`)
  const withoutTable = (text: string) => text.replace('::table{of=ccpa-categories}', 'We collect contact details.')
  const status = async (text: string, key: string) => (await cell(text, key, 'us-ca'))?.status

  it('ccpa-categories-sold-shared-12m: ✔ with `claims.sale: none` (the table says No), ✖ when the table says "Not stated" or is absent', async () => {
    expect(await status(california(), 'ccpa-categories-sold-shared-12m')).toBe('met')
    const unstated = await cell(california({ sale: '' }), 'ccpa-categories-sold-shared-12m', 'us-ca')
    expect(unstated?.status).toBe('missing')
    expect(unstated?.detail).toMatch(/whether A are sold or shared is not stated/)
    expect(await status(withoutTable(california()), 'ccpa-categories-sold-shared-12m')).toBe('missing')
  })

  it('ccpa-third-parties-per-sold-shared-category: ✔ when the table names who the sold category goes to, ✖ when it says "Not stated"', async () => {
    const selling = (recipients: string) =>
      california({ sale: '', recipients }).replace('basis: contract }', 'basis: contract }\n  - { id: ads, label: Advertising, categories: [contact], basis: consent, sale: true }')
    expect(await status(selling('[{ id: broker, name: Broker Inc, role: third-party, purposes: [ads], categories: [contact] }]'), 'ccpa-third-parties-per-sold-shared-category')).toBe('met')
    const unnamed = await cell(selling('[{ id: host, name: Host Inc, role: processor, purposes: [account], categories: [contact] }]'), 'ccpa-third-parties-per-sold-shared-category', 'us-ca')
    expect(unnamed?.status).toBe('missing')
    expect(unnamed?.detail).toMatch(/does not say to whom A are sold or shared/)
  })

  it('ccpa-categories-disclosed-business-purpose-12m and ccpa-recipients-per-disclosed-category: ✔ with recipients per category, ✖ when a recipient lists no categories', async () => {
    for (const key of ['ccpa-categories-disclosed-business-purpose-12m', 'ccpa-recipients-per-disclosed-category']) {
      expect(await status(california(), key), key).toBe('met')
      expect(await status(california({ recipients: '[{ id: host, name: Host Inc, role: processor, purposes: [account] }]' }), key), key).toBe('missing')
      expect(await status(withoutTable(california()), key), key).toBe('missing')
    }
  })

  it('ccpa-source-categories: ✔ when the table shows the sources, ✖ without `sources` or without the table', async () => {
    expect(await status(california(), 'ccpa-source-categories')).toBe('met')
    expect(await status(california({ sources: '' }), 'ccpa-source-categories')).toBe('missing')
    expect(await status(withoutTable(california()), 'ccpa-source-categories')).toBe('missing')
  })

  it('the statements after the table (under-16s, Global Privacy Control, authorized agents): ✔ with the table, ✖ without it, ✖ without the fact', async () => {
    const facts = {
      'ccpa-minors-under-16-knowledge': 'claims: { sale: none, minors-under-16: not-sold-or-shared }\n',
      'opt-out-preference-signal-processing': 'claims: { sale: none }\nsignals: { global-privacy-control: honored }\n',
      'authorized-agent-instructions': 'claims: { sale: none }\nrights:\n  channels: [{ id: email, type: email, email: privacy@mini.example }]\n  authorized-agents: { allowed: true }\n',
    }
    for (const [key, sale] of Object.entries(facts)) {
      expect(await status(california({ sale }), key), key).toBe('met')
      const hidden = await cell(withoutTable(california({ sale })), key, 'us-ca')
      expect(hidden?.status, key).toBe('missing')
      expect(hidden?.detail, key).toMatch(/is not on this page: it is stated after `::table\{of=ccpa-categories\}`/)
      expect((await cell(california(), key, 'us-ca'))?.detail, key).toMatch(/^no `/)
    }
  })

  it('ccpa-categories-collected-12m: ✔ with the table, ✖ without', async () => {
    expect(await status(california(), 'ccpa-categories-collected-12m')).toBe('met')
    expect(await status(withoutTable(california()), 'ccpa-categories-collected-12m')).toBe('missing')
  })

  it('sensitive-data-categories: ✔ when the statement after the table lists them, ✖ without the table', async () => {
    const sensitive = '  - { id: health, label: Accessibility needs, collected: true, sources: [you], requirement: voluntary, sensitive: true, ccpa: L }\n'
    const withHealth = (text: string) => text.replace('categories: [contact], basis: contract }', 'categories: [contact, health], basis: contract }')
    expect(await status(withHealth(california({ sensitive })), 'sensitive-data-categories')).toBe('met')
    const hidden = await cell(withHealth(withoutTable(california({ sensitive }))), 'sensitive-data-categories', 'us-ca')
    expect(hidden?.status).toBe('missing')
    expect(hidden?.detail).toMatch(/does not list the sensitive personal information collected/)
  })
})

describe('controller contact and legitimate interests, judged on the page', () => {
  it('controller-contact: ✔ when a section shows the controller\'s email, ✖ when no page text does', async () => {
    expect((await cell(policy({ body: '::table{of=categories}\n\nWrite to privacy@mini.example.' }), 'controller-contact', 'eea'))?.status).toBe('met')
    const hidden = await cell(policy(), 'controller-contact', 'eea')
    expect(hidden?.status).toBe('missing')
    expect(hidden?.fix).toEqual(['controller'])
  })

  it('legitimate-interests-described: ✔ when the purposes table states the interest, ✖ without the table', async () => {
    const interest = (body: string) =>
      policy({ body }).replace('basis: contract }', 'basis: contract }\n  - { id: security, label: Keep accounts secure, categories: [contact], basis: legitimate-interests, legitimate-interest: Stopping break-ins into accounts. }')
    expect((await cell(interest('::table{of=categories}\n\n::table{of=purposes}'), 'legitimate-interests-described', 'eea'))?.status).toBe('met')
    const hidden = await cell(interest('::table{of=categories}'), 'legitimate-interests-described', 'eea')
    expect(hidden?.status).toBe('missing')
    expect(hidden?.detail).toMatch(/does not state the legitimate interest of `security`/)
  })
})

describe('source-of-data, judged on the page', () => {
  it('✔ when a categories table (with its sources column) is on the page, ✖ without one', async () => {
    const indirect = (body: string) => policy({ body }).replace('sources: [you]', 'sources: [third-party]')
    expect((await cell(indirect('::table{of=categories}'), 'source-of-data', 'eea'))?.status).toBe('met')
    const hidden = await cell(indirect('We hold your contact details.'), 'source-of-data', 'eea')
    expect(hidden?.status).toBe('missing')
    expect(hidden?.detail).toMatch(/does not say where the data comes from/)
  })
})

describe('ct-llm-training-statement (Conn. Gen. Stat. §42-520(c)), which no table writes', () => {
  it('✔ when a section says whether personal data trains large language models, ✖ with only the data', async () => {
    const extra = 'claims: { llm-training: not-used }\n'
    const said = await cell(policy({ regions: '[us-ct]', extra, body: '::table{of=categories}\n\nWe do not use personal data to train large language models.' }), 'ct-llm-training-statement', 'us-ct', '2026-10-01')
    expect(said?.status).toBe('met')
    const unsaid = await cell(policy({ regions: '[us-ct]', extra }), 'ct-llm-training-statement', 'us-ct', '2026-10-01')
    expect(unsaid?.status).toBe('missing')
  })
})
