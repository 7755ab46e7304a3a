import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cellAt, coverageMatrix, type CoverageMatrix } from '../../src/lint/coverage/index.js'
import { evaluatorFor } from '../../src/lint/coverage/evaluators.js'
import { variantFacts } from '../../src/lint/variant-facts.js'
import type { PolicyModel } from '../../src/resolve/model.js'
import { checkPolicies } from '../../src/pipeline.js'
import { root } from '../helpers/paths.js'

/**
 * Every element of acme's coverage matrix, judged on its pages: acme meets each one (✔), and taking
 * the text that discloses it out of the page's source (a table directive, a sentence, a heading, the
 * fact a table writes) turns it ✖. Each case is one edit of acme's YAML, checked once; the unedited
 * acme, checked once, is the reverse (the same cells ✔ with the text in place).
 */
const NOW = '2026-10-01'
type Edit = [file: 'policy.yaml' | 'data.yaml' | 'sections.yaml', from: string | RegExp, to: string]
interface Case {
  what: string
  edits: Edit[]
  /** `key@region` cells that must go from met to missing. */
  missing: string[]
  /** `key@region` cells that go from met to not evaluated (what shows them lives outside the notice). */
  unjudged?: string[]
}

const all = (key: string, regions: string) => regions.split(' ').map((r) => `${key}@${r}`)
const table = (kind: string): Edit => ['sections.yaml', new RegExp(`^ *::table\\{of=${kind}\\}\\n`, 'gm'), '']

const CASES: Case[] = [
  {
    what: 'the categories table',
    edits: [table('categories')],
    missing: [
      ...all('data-categories', 'eea uk ch ca au nz za br'),
      ...all('source-of-data', 'eea uk au za'),
      ...all('collection-fact-and-circumstances', 'au nz'),
      'collection-means@au',
      'indirect-collection-notice@nz',
      'meaningful-consent-elements@ca',
      // The column that says whether each must be provided (GDPR Art 13(2)(e) and its kin) goes with it.
      ...all('statutory-or-contractual-requirement', 'eea uk za au nz br'),
    ],
  },
  {
    what: 'the California categories table',
    edits: [table('ccpa-categories')],
    missing: [
      ...all('ccpa-categories-collected-12m', 'us-ca'),
      'ccpa-source-categories@us-ca',
      'ccpa-categories-sold-shared-12m@us-ca',
      'ccpa-categories-disclosed-business-purpose-12m@us-ca',
      'ccpa-recipients-per-disclosed-category@us-ca',
      'sensitive-data-categories@us-ca',
      'opt-out-preference-signal-processing@us-ca',
      'ccpa-practices-description@us-ca',
      'ccpa-notice-at-collection@us-ca',
    ],
  },
  {
    what: 'both categories tables',
    edits: [table('categories'), table('ccpa-categories')],
    missing: ['caloppa-categories-and-third-parties@us-ca', 'data-categories@us-ca', 'data-categories@us-va', 'source-of-data@us-ca'],
  },
  {
    what: 'the purposes table',
    edits: [table('purposes')],
    missing: [...all('purposes', 'eea uk ch us-ca us-va ca au nz za br'), ...all('legal-basis-per-purpose', 'eea uk br'), ...all('legitimate-interests-described', 'eea uk'), 'ccpa-purposes-collect@us-ca'],
  },
  {
    what: 'the recipients and transfers tables',
    edits: [table('recipients'), table('transfers')],
    missing: [
      ...all('recipients', 'eea uk ch us-ca us-va ca au nz za br'),
      ...all('third-country-transfers-and-safeguards', 'eea uk ch ca au za br'),
      'third-party-categories@us-va',
      'categories-shared-with-third-parties@us-va',
      'ccpa-categories-disclosed-to-service-providers-12m@us-ca',
      'ccpa-purposes-disclose@us-ca',
      'shared-use-and-purpose@br',
      'br-agent-responsibilities@br',
      'au-overseas-disclosure-likely@au',
      'transfer-destination-countries@au',
    ],
  },
  { what: 'the retention table', edits: [table('retention')], missing: [...all('retention-period-or-criteria', 'eea uk ch us-ca br'), 'processing-form-and-duration@br'] },
  {
    what: 'the rights tables',
    edits: [table('rights')],
    missing: [
      ...all('rights-list', 'eea uk ch us-ca us-va ca au nz za br'),
      ...all('right-withdraw-consent', 'eea uk br'),
      ...all('rights-free-of-charge', 'eea uk'),
      // The time to answer is stated after the rights table.
      ...all('rights-response-time', 'eea uk'),
      'uk-right-complain-to-controller@uk',
      ...all('complaint-handling-process', 'uk ca au'),
      'ccpa-verification-process@us-ca',
      'appeal-process@us-va',
      'ccpa-spi-use-statement@us-ca',
      'limit-spi-notice@us-ca',
    ],
  },
  {
    what: 'the rights tables and every word of complaining (the header still names the authority)',
    edits: [table('rights'), ['sections.yaml', /complain/gi, 'write']],
    missing: all('right-complain-to-authority', 'eea uk za br'),
  },
  {
    what: 'the categories table and the sensitive category\'s name in the prose',
    edits: [table('categories'), ['sections.yaml', /:ref\{id=accessibility(-needs)?\}/g, 'accessibility needs']],
    missing: all('sensitive-data-categories', 'eea uk'),
  },
  {
    what: 'the California table and the prose on under-16s and authorised agents',
    edits: [
      table('ccpa-categories'),
      ['sections.yaml', 'We do not knowingly sell or share the personal information of consumers under 16.', ''],
      ['sections.yaml', 'An authorised agent may make a request for you with your signed permission. ', ''],
    ],
    missing: ['ccpa-minors-under-16-knowledge@us-ca', 'authorized-agent-instructions@us-ca'],
  },
  {
    what: 'the contact channels tables (the officer and representatives are in them)',
    edits: [table('channels')],
    missing: [...all('dpo-contact', 'eea uk ch ca br'), ...all('representative', 'uk ch')],
  },
  {
    what: 'the channels and rights tables together',
    edits: [table('channels'), table('rights')],
    missing: [...all('rights-how-to-exercise', 'eea uk ch us-ca us-va ca au'), 'request-methods@us-va'],
  },
  { what: 'the cookies table', edits: [table('cookies')], missing: [...all('cookies-and-similar-technologies', 'eea uk ch'), ...all('cookie-duration-and-third-party-access', 'eea uk'), 'caloppa-third-party-tracking@us-ca'] },
  { what: 'a cookie\'s lifetime', edits: [['data.yaml', /^ {4}duration: P12M\n/m, '']], missing: all('cookie-duration-and-third-party-access', 'eea uk') },
  { what: 'a category\'s requirement', edits: [['data.yaml', /^ {4}requirement: voluntary\n/m, '']], missing: all('statutory-or-contractual-requirement', 'eea uk au nz za br') },
  {
    what: 'the controller\'s legal name, wherever the page says it',
    edits: [['policy.yaml', 'legal-name: Acme Analytics B.V.', 'legal-name: Acme Analytics Holding B.V.']],
    missing: all('controller-identity', 'eea uk ch us-ca ca au nz za br'),
  },
  {
    what: 'the controller\'s contact details (the page shows none of the new ones)',
    edits: [
      ['policy.yaml', /^ {2}email: privacy@acme-analytics\.example\n {2}phone: \+31 20 555 0100\n/m, '  email: office@acme-analytics.example\n  phone: +31 20 555 0999\n'],
      ['policy.yaml', '  contact: https://acme-analytics.example/privacy/contact\n  address: Voorbeeldgracht 12, 1017 AB Amsterdam, Netherlands', '  contact: https://acme-analytics.example/office\n  address: Postbus 1, 1000 AA Amsterdam, Netherlands'],
    ],
    missing: all('controller-contact', 'eea uk ch us-ca ca au nz za br'),
  },
  {
    what: 'the privacy team\'s email and form, as the channels tables show them',
    // The content-removal instructions name the email too, so they go as well.
    edits: [table('channels'), ['policy.yaml', '  contact: https://acme-analytics.example/privacy/contact\n', ''], ['policy.yaml', 'privacy@acme-analytics.example and name what you posted', 'us and name what you posted']],
    missing: ['privacy-contact@us-ca'],
  },
  {
    what: 'how minors remove what they posted (B&P §22581), with users from 16',
    edits: [['policy.yaml', /^ {2}content-removal:\n {4}instructions: >-\n(?: {6}.*\n)+/m, '']],
    missing: ['ca-minors-content-removal@us-ca'],
  },
  { what: 'the right to object\'s own heading', edits: [['sections.yaml', 'title: Your right to object', 'title: More choices']], missing: all('right-object-prominent', 'eea uk') },
  { what: 'how readers hear of changes', edits: [
      ['sections.yaml', 'we email account holders at least 30 days', 'we update this page at least 30 days'],
      ['sections.yaml', 'We email account holders before a significant change takes\n      effect.', 'A significant change takes effect later.'],
    ], missing: ['caloppa-material-change-process@us-ca'] },
  { what: 'the look-back to January 1, 2022', edits: [['sections.yaml', 'back to January 1, 2022,', 'as far back as we can,']], missing: ['ccpa-request-to-know-lookback@us-ca'] },
  { what: 'how data is held', edits: [['sections.yaml', /We hold your personal data in\n *electronic form, in databases on the servers :ref\{id=aws\} runs for us in Frankfurt\.\n */, '']], missing: ['au-how-held@au'] },
  { what: 'the name of the automated decision', edits: [['sections.yaml', '(:ref{id=signup-fraud-screening})', '']], missing: all('automated-decision-making', 'eea uk ch br') },
  { what: 'the response time within one month', edits: [['policy.yaml', 'response-time: P1M', 'response-time: P2M']], missing: all('rights-response-time', 'eea uk') },
  { what: 'whether anything is sold', edits: [['policy.yaml', /^ {2}sale: none\n/m, '']], missing: ['sale-and-targeted-ads-disclosure@us-ca'] },
  {
    what: 'the California table and every sentence that says nothing is sold',
    edits: [table('ccpa-categories'), ['sections.yaml', /\b(sell|sold)\b/g, 'trade']],
    missing: ['sale-and-targeted-ads-disclosure@us-ca'],
  },
  { what: 'the Do Not Track answer in the data', edits: [['policy.yaml', /^ {2}do-not-track: honored\n/m, '']], missing: ['dnt-response@us-ca'] },
  {
    what: 'the Do Not Track answer on the page',
    edits: [
      ['sections.yaml', 'Global Privacy Control or Do Not Track signal', 'Global Privacy Control signal'],
      ['sections.yaml', 'honour Global Privacy Control and Do Not\n      Track.', 'honour Global Privacy Control.'],
    ],
    missing: ['dnt-response@us-ca'],
  },
  {
    what: 'the §7027(m) statement (the right to limit offered instead, with no rights table to show it)',
    edits: [['policy.yaml', /^ {2}limits:\n(?: {4}.*\n)+/m, ''], table('rights')],
    missing: ['ccpa-spi-use-statement@us-ca', 'limit-spi-notice@us-ca'],
    // The link itself lives in the site's header or footer: without the 11 CCR §7014 exemption stated on the page it cannot be judged.
    unjudged: ['limit-spi-link@us-ca'],
  },
  {
    what: 'plain sentences (one of over 2,000 words added)',
    edits: [['sections.yaml', 'You must be 16 or older to use Acme Analytics.', `You must be 16 or older to use Acme Analytics${' and we may also use some of your data'.repeat(300)}.`]],
    missing: all('form-concise-transparent', 'eea uk'),
  },
]

/** Elements whose text no source edit can take away: judged on the rendered page with the text cut out of it. */
const PAGE_ONLY: Record<string, { region: string; cut: RegExp }> = {
  'date-last-updated': { region: 'eea', cut: /last updated [^\n]*/ },
  'icons-machine-readable': { region: 'eea', cut: /\[json-ld\]\(policy\.jsonld\)/g },
  'form-written-or-electronic': { region: 'eea', cut: /^(?!# )[^\n]*$/gm },
}

let work: string
let baseline: CoverageMatrix
let baseModel: PolicyModel

async function matrixOf(folder: string): Promise<{ matrix: CoverageMatrix; model: PolicyModel }> {
  const result = await checkPolicies([folder], { cwd: work, lint: false })
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  const model = result.models[0]!
  return { matrix: coverageMatrix(model, { now: NOW }), model }
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'policyc-every-element-'))
  cpSync(join(root, 'policies/acme'), join(work, 'acme'), { recursive: true })
  ;({ matrix: baseline, model: baseModel } = await matrixOf(join(work, 'acme')))
}, 60_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('acme\'s coverage matrix, element by element, judged on its pages', () => {
  it('every element of every region is met or does not apply, and none is left unjudged', () => {
    expect(baseline.cells.filter((c) => c.status === 'missing' || c.status === 'not-evaluated').map((c) => `${c.key}@${c.region}: ${c.detail}`)).toEqual([])
  })

  it('every element acme meets has a case below that turns it ✖ (or a page-only case)', () => {
    const covered = new Set([...CASES.flatMap((c) => [...c.missing, ...(c.unjudged ?? [])].map((m) => m.split('@')[0]!)), ...Object.keys(PAGE_ONLY)])
    const met = [...new Set(baseline.cells.filter((c) => c.status === 'met').map((c) => c.key))]
    expect(met.filter((key) => !covered.has(key))).toEqual([])
  })

  it.each(CASES.map((c) => [c.what, c] as const))('without %s: ✔ → ✖', async (_, { edits, missing, unjudged = [] }) => {
    const folder = join(work, `case-${CASES.findIndex((c) => c.edits === edits)}`)
    cpSync(join(work, 'acme'), folder, { recursive: true })
    for (const [file, from, to] of edits) {
      const path = join(folder, file)
      const text = readFileSync(path, 'utf8')
      const edited = text.replace(from, to)
      expect(edited, `${file}: ${String(from)} not found`).not.toBe(text)
      writeFileSync(path, edited)
    }
    const { matrix } = await matrixOf(folder)
    for (const cell of missing) {
      const [key, region] = cell.split('@') as [string, string]
      expect(cellAt(baseline, key, region)?.status, `${cell} with the text`).toBe('met')
      expect(cellAt(matrix, key, region)?.status, `${cell} without it: ${cellAt(matrix, key, region)?.detail}`).toBe('missing')
    }
    for (const cell of unjudged) {
      const [key, region] = cell.split('@') as [string, string]
      expect(cellAt(baseline, key, region)?.status, `${cell} with the text`).toBe('met')
      expect(cellAt(matrix, key, region)?.status, `${cell} without it`).toBe('not-evaluated')
    }
  }, 60_000)

  it.each(Object.entries(PAGE_ONLY))('%s: ✔ on the page, ✖ with its text cut out of the page', (key, { region, cut }) => {
    const page = variantFacts(baseModel, region)
    const element = baseline.cells.find((c) => c.key === key && c.region === region)!
    const jurisdiction = baseModel.regions.find((r) => r.id === region)!
    expect(evaluatorFor(key)({ model: baseModel, region: jurisdiction, page }).status).toBe('met')
    // The page and its parts cut alike (`page` is its parts joined by line ends; the cuts end at a line end).
    const parts = page.parts.map((part) => part.replace(cut, ''))
    expect(parts.join('\n')).toBe(page.page.replace(cut, ''))
    const cutPage = { ...page, page: parts.join('\n'), parts }
    expect(element.status).toBe('met')
    expect(evaluatorFor(key)({ model: baseModel, region: jurisdiction, page: cutPage }).status).toBe('missing')
  })
})
