import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { Policy } from '../../src/generated/policy.js'
import { diffPolicies } from '../../src/history/diff/compare.js'
import { compareCoverage, comparePeriods } from '../../src/history/diff/periods.js'
import { stepsDir } from './git-repo.js'

const base = parse(readFileSync(join(stepsDir, '3-us-recipient.yaml'), 'utf8'), { version: '1.2' }) as Policy

/** The base policy changed by `edit`, diffed against the base: `materiality subject id field: reason` per change. */
function diffAfter(edit: (p: Policy) => void): string[] {
  const next = structuredClone(base)
  edit(next)
  return diffPolicies(base, next).map((c) => `${c.materiality} ${c.subject} ${c.id}${c.field ? ` ${c.field}` : ''}${c.regions ? ` [${c.regions.join(',')}]` : ''}: ${c.reason}`)
}

const recipient = (p: Policy, id: string) => p.recipients!.find((r) => r.id === id)!
const purpose = (p: Policy, id: string) => p.purposes.find((r) => r.id === id)!

describe('materiality: each rule, with its reason', () => {
  it.each([
    ['a weaker transfer safeguard', (p: Policy) => void (recipient(p, 'openai').transfer = 'consent'), ['material recipient openai transfer: a weaker transfer safeguard']],
    ['a stronger transfer safeguard', (p: Policy) => void (recipient(p, 'openai').transfer = 'dpf'), ['editorial recipient openai transfer: a stronger transfer safeguard']],
    ['a new transfer country', (p: Policy) => void (recipient(p, 'mollie').countries = ['NL', 'IN']), ['material recipient mollie countries: a new transfer country outside the EEA: IN']],
    ['a new place inside the EEA', (p: Policy) => void (recipient(p, 'mollie').countries = ['NL', 'DE']), ['editorial recipient mollie countries: a new place of processing inside the EEA (not a transfer)']],
    ['a processor becoming a third party', (p: Policy) => void (recipient(p, 'mollie').role = 'third-party'), ['material recipient mollie role: now receives personal data for its own purposes (no longer only on the controller’s behalf)']],
    ['consent replaced in one region', (p: Policy) => void (purpose(p, 'analytics')['basis-by-region'] = { uk: 'legitimate-interests' }), ['material purpose analytics basis [uk]: no longer based on consent (consent → legitimate-interests): the reader can no longer refuse or withdraw it']],
    ['a basis changed to consent everywhere', (p: Policy) => void (purpose(p, 'account').basis = 'consent'), ['editorial purpose account basis [eea,uk,us-ca]: now based on consent (contract → consent): the reader gains a choice']],
    ['a sale', (p: Policy) => void (purpose(p, 'analytics').sale = true), ['material purpose analytics sale: now sells personal information (CCPA 1798.140(ad))']],
    ['a new purpose', (p: Policy) => void p.purposes.push({ id: 'ads', label: 'Ads', categories: ['usage'], basis: 'consent', share: true }), ['material purpose ads: a new purpose, with share']],
    ['a category now collected', (p: Policy) => void p.categories.push({ id: 'health', label: 'Health', collected: true, 'special-category': true }), ['material category health: a new category of personal data is collected']],
    ['a category listed as not collected', (p: Policy) => void p.categories.push({ id: 'health', label: 'Health', collected: false }), ['editorial category health: lists a category that is not collected']],
    ['shorter retention', (p: Policy) => void (p.retention![1]!.period = 'P5Y'), ['editorial retention payment-data period: shorter retention']],
    ['retention that cannot be compared', (p: Policy) => void (p.retention![1]!.period = 'until-purpose-fulfilled'), ['material retention payment-data period: a retention period that cannot be compared with the old one, so treated as material']],
    [
      'a rule replaced by a longer one under another id',
      (p: Policy) => void (p.retention![1] = { id: 'payments-kept', categories: ['payment'], period: 'P10Y', then: 'anonymize' }),
      ['material category payment retention: kept longer', 'editorial retention payment-data: a retention rule is dropped (what it means for each category is reported on the category)', 'editorial retention payments-kept: a new retention rule (what it means for each category is reported on the category)'],
    ],
    ['GPC no longer honoured', (p: Policy) => void (p.signals = { 'global-privacy-control': 'ignored' }), ['material signal global-privacy-control: global-privacy-control is no longer honoured']],
    ['a right limited', (p: Policy) => void (p.rights!.limits = [{ right: 'right-erasure', scope: 'account-deactivation-only' }]), ['material right-limit right-erasure: the right is limited in practice (account-deactivation-only), so it is harder to exercise']],
    ['a way to exercise rights removed', (p: Policy) => void p.rights!.channels.splice(0, 1, { id: 'form', type: 'web-form', url: 'https://mini.example/privacy' }), ['material channel email: a way to exercise rights is removed, so rights are harder to exercise', 'editorial channel form: a new way to exercise rights']],
    ['a new cookie', (p: Policy) => void (p.cookies = [{ id: 'ga', name: '_ga', type: 'analytics', purpose: 'analytics', duration: 'P2Y' }]), ['material cookie ga: a new analytics cookie or similar technology']],
    ['a claim made less favourable', (p: Policy) => void (p.claims = { sale: 'sells' }), ['material claim sale: the notice now says so']],
    ['a region added', (p: Policy) => void p.regions.push('ch'), ['editorial region ch: now also serves readers there (Switzerland)']],
    ['a field no rule knows', (p: Policy) => void ((p.controller as unknown as Record<string, unknown>)['vat'] = 'NL1'), ['material controller controller vat: a field without a materiality rule in policyc; treated as material so it is reviewed']],
    ['suppressions, which configure lint only', (p: Policy) => void (p.categories[0]!.suppress = [{ rule: 'x', reason: 'y' }]), []],
  ] as const)('%s', (_name, edit, expected) => {
    expect(diffAfter(edit)).toEqual(expected)
  })

  it('renames of a category and of the purposes that use it are renames all the way down', () => {
    const changes = diffAfter((p) => {
      const ids = (json: string) => json.replaceAll('"contact"', '"contact-info"').replaceAll('"account"', '"account-admin"').replaceAll(':ref{id=contact}', ':ref{id=contact-info}')
      Object.assign(p, JSON.parse(ids(JSON.stringify(p))) as Policy)
    })
    expect(changes).toEqual(['editorial category contact-info: only the id changed; the content is the same', 'editorial purpose account-admin: only the id changed; the content is the same'])
  })

  it('reordering is not a change', () => {
    expect(
      diffAfter((p) => {
        p.categories.reverse()
        p.purposes.reverse()
        p.recipients!.reverse()
        p.regions.reverse()
        p.sections.reverse()
        recipient(p, 'openai').categories = ['contact']
      }),
    ).toEqual([])
  })
})

describe('periods', () => {
  it('orders durations and named periods', () => {
    expect(comparePeriods('P1Y', 'P12M')).toBe('same')
    expect(comparePeriods('P1Y', 'P13M')).toBe('longer')
    expect(comparePeriods('P30D', 'P1M')).toBe('longer')
    expect(comparePeriods('PT24H', 'P1D')).toBe('same')
    expect(comparePeriods('session', 'P1D')).toBe('longer')
    expect(comparePeriods('P10Y', 'indefinite')).toBe('longer')
    expect(comparePeriods('account-lifetime', 'P1Y')).toBe('incomparable')
    expect(compareCoverage(['P7Y'], ['P7Y', 'P1Y'])).toBe('same')
    expect(compareCoverage(['P7Y', 'P1Y'], ['P7Y'])).toBe('same')
    expect(compareCoverage(['P7Y'], ['P5Y'])).toBe('shorter')
    expect(compareCoverage(['P7Y'], ['P8Y'])).toBe('longer')
    expect(compareCoverage(['P7Y'], [])).toBe('unstated')
  })
})
