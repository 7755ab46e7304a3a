import { loadCatalog } from '../../../catalog/catalog.js'
import type { Category, Cookie, Policy, Purpose, Recipient } from '../../../generated/policy.js'
import { basisIn } from '../../../resolve/model.js'
import { values, type ChangeBody, type DiffContext, type Entity, type SubjectSpec } from '../engine.js'
import { compareCoverage, comparePeriods } from '../periods.js'
import { byRank, editorial, flag, material, WORDING, type Verdict } from '../verdict.js'

/** The data the notice describes: categories, purposes, recipients, retention, cookies, automated decisions. */

const list = <T>(items: readonly T[] | undefined): readonly Entity[] => (items ?? []) as unknown as readonly Entity[]
const byId = (entity: Entity) => String(entity.id)
const none = (reason: string) => () => editorial(reason)

export const categories: SubjectSpec = {
  subject: 'category',
  entities: (policy) => list(policy.categories),
  key: byId,
  added: (entity) => ((entity as unknown as Category).collected ? material('a new category of personal data is collected') : editorial('lists a category that is not collected')),
  removed: (entity) => editorial((entity as unknown as Category).collected ? 'a category is no longer collected' : 'no longer lists a category that was not collected'),
  fields: [
    { field: 'label', kind: 'prose' },
    { field: 'description', kind: 'prose' },
    { field: 'examples', kind: 'set', added: none('examples illustrate the category; what is collected is the category'), removed: none('examples illustrate the category; what is collected is the category') },
    { field: 'sources', kind: 'set', added: () => material('collected from a new source'), removed: none('collected from fewer sources') },
    { field: 'own-services', kind: 'set', added: () => material('collected from another of the controller’s services'), removed: none('collected from fewer of the controller’s services') },
    { field: 'collected', kind: 'value', classify: flag('now collected', 'no longer collected') },
    { field: 'sensitive', kind: 'value', classify: (a, b) => (a === b ? editorial('unchanged') : b === true ? material('now sensitive personal information') : material('no longer treated as sensitive, so it loses the protections of sensitive data')) },
    { field: 'special-category', kind: 'value', classify: (a, b) => (a === b ? editorial('unchanged') : b === true ? material('now a special category of personal data (GDPR Art 9)') : material('no longer treated as a special category, so it loses the protections of Art 9')) },
    { field: 'ccpa', kind: 'value', classify: none('classification under CCPA 1798.140(v); the data collected is unchanged') },
    { field: 'dpv', kind: 'set', added: none('machine-readable terms (JSON-LD) only'), removed: none('machine-readable terms (JSON-LD) only') },
    { field: 'requirement', kind: 'value', classify: byRank({ voluntary: 0, 'required-for-contract': 1, contractual: 1, statutory: 1 }, { up: 'now required rather than voluntary', down: 'no longer required', same: 'another reason why it is required' }, 0) },
    { field: 'if-not-provided', kind: 'prose' },
    { field: 'retention', kind: 'custom', diff: retentionOfCategory },
  ],
}

const CONSENT = new Set(['consent', 'express-consent', 'implied-consent'])

/** GDPR consent can be withdrawn at any time; every other basis change alters the reader's rights. */
const NOT_STATED = 'not stated'

export function classifyBasis(before: string, after: string): Verdict {
  // Stating a basis the notice did not state tells the reader more; dropping one tells them less.
  if (before === NOT_STATED) return editorial(`the legal basis is now stated (${after})`)
  if (after === NOT_STATED) return material(`the legal basis (${before}) is no longer stated for this purpose (GDPR Art 13(1)(c))`)
  if (CONSENT.has(before) && !CONSENT.has(after)) return material(`no longer based on consent (${before} → ${after}): the reader can no longer refuse or withdraw it`)
  if (!CONSENT.has(before) && CONSENT.has(after)) return editorial(`now based on consent (${before} → ${after}): the reader gains a choice`)
  if (before === 'implied-consent' && after === 'express-consent') return editorial('express rather than implied consent')
  if (CONSENT.has(before) && CONSENT.has(after)) return material(`a weaker form of consent (${before} → ${after})`)
  return material(`legal basis changed (${before} → ${after}), which changes the reader's rights (such as the right to object)`)
}

/** The legal basis in each region both versions serve, with regions that changed alike grouped. */
function basisPerRegion(a: Entity, b: Entity, context: DiffContext): ChangeBody[] {
  const groups = new Map<string, { before: string; after: string; regions: string[] }>()
  for (const region of context.servedBoth) {
    // A purpose the notice maps no basis to (`bases-relied-on`) reads "not stated".
    const before = basisIn(a as unknown as Purpose, region) ?? NOT_STATED
    const after = basisIn(b as unknown as Purpose, region) ?? NOT_STATED
    if (before === after) continue
    const key = `${before}\u0000${after}`
    const group = groups.get(key) ?? { before, after, regions: [] }
    group.regions.push(region)
    groups.set(key, group)
  }
  return [...groups.values()].map((g) => ({ action: 'changed', field: 'basis', regions: g.regions, before: g.before, after: g.after, ...classifyBasis(g.before, g.after) }))
}

const USE_FLAGS: readonly [string, string][] = [
  ['sale', 'now sells personal information (CCPA 1798.140(ad))'],
  ['share', 'now shares personal information for cross-context behavioural advertising (CCPA 1798.140(ah))'],
  ['targeted-advertising', 'now used for targeted advertising'],
  ['profiling', 'now involves profiling'],
]

export const purposes: SubjectSpec = {
  subject: 'purpose',
  entities: (policy) => list(policy.purposes),
  key: byId,
  added: (entity) => {
    const p = entity as unknown as Purpose
    const uses = USE_FLAGS.filter(([key]) => (p as unknown as Record<string, unknown>)[key] === true).map(([key]) => key)
    return material(uses.length > 0 ? `a new purpose, with ${uses.join(', ')}` : 'a new purpose')
  },
  removed: none('a purpose is dropped'),
  fields: [
    { field: 'label', kind: 'prose' },
    { field: 'description', kind: 'prose' },
    { field: 'categories', kind: 'set', added: () => material('uses more categories of personal data'), removed: none('uses fewer categories of personal data') },
    { field: 'basis', kind: 'custom', diff: basisPerRegion },
    { field: 'basis-by-region', kind: 'elsewhere' },
    { field: 'special-condition', kind: 'value', classify: (a) => (a === undefined ? editorial('now names its Art 9(2) condition') : material('relies on another Art 9(2) condition for special-category data')) },
    { field: 'legitimate-interest', kind: 'prose' },
    ...USE_FLAGS.map(([field, up]) => ({ field, kind: 'value' as const, classify: flag(up, `no longer ${field === 'sale' ? 'sells' : field === 'share' ? 'shares' : `used for ${field}`}`) })),
    { field: 'dpv', kind: 'value', classify: none('machine-readable term (JSON-LD) only') },
  ],
}

/** Safeguards for transfers out of the EEA, strongest first (GDPR Art 45, 46, 49). */
const SAFEGUARD_WEAKNESS: Record<string, number> = {
  adequacy: 0,
  dpf: 0,
  bcr: 1,
  scc: 1,
  'uk-idta': 1,
  'uk-addendum': 1,
  'code-of-conduct': 2,
  certification: 2,
  'ad-hoc-clauses': 2,
  consent: 3,
  'contract-necessity': 3,
  none: 4,
}

function eeaCountries(): ReadonlySet<string> {
  return new Set(loadCatalog()['eea-countries'] ?? [])
}

export const recipients: SubjectSpec = {
  subject: 'recipient',
  entities: (policy) => list(policy.recipients),
  key: byId,
  added: (entity) => {
    const r = entity as unknown as Recipient
    const abroad = (r.countries ?? []).filter((c) => !eeaCountries().has(c))
    return material(`a new recipient (${r.role}${abroad.length > 0 ? `, outside the EEA: ${abroad.join(', ')}` : ''})`)
  },
  removed: none('a recipient no longer receives personal data'),
  fields: [
    { field: 'name', kind: 'prose' },
    { field: 'role', kind: 'value', classify: byRank({ processor: 0, 'other-users': 1, affiliate: 1, 'customer-organisation': 2, public: 2, 'oauth-client': 2, 'business-partner': 2, 'third-party': 2, acquirer: 2, authority: 2, 'not-stated': 2 }, { up: 'now receives personal data for its own purposes (no longer only on the controller’s behalf)', down: 'now acts more on the controller’s behalf', same: 'another kind of recipient acting for its own purposes' }) },
    { field: 'description', kind: 'prose' },
    { field: 'purposes', kind: 'set', added: () => material('receives personal data for more purposes'), removed: none('receives personal data for fewer purposes') },
    { field: 'categories', kind: 'set', added: () => material('receives more categories of personal data'), removed: none('receives fewer categories of personal data') },
    {
      field: 'countries',
      kind: 'set',
      added: (items) => {
        const abroad = items.filter((c) => !eeaCountries().has(c))
        return abroad.length > 0 ? material(`a new transfer country outside the EEA: ${abroad.join(', ')}`) : editorial('a new place of processing inside the EEA (not a transfer)')
      },
      removed: none('processed in fewer countries'),
    },
    { field: 'transfer', kind: 'value', classify: byRank(SAFEGUARD_WEAKNESS, { up: 'a weaker transfer safeguard', down: 'a stronger transfer safeguard', same: 'another transfer safeguard of the same strength' }, -1) },
    { field: 'condition', kind: 'prose', verdict: (a, b) => (b === undefined ? material('now shared without the condition it was shared under') : a === undefined ? editorial('now shared only under a condition') : WORDING) },
    { field: 'planned', kind: 'value', classify: (a, b) => (a === true && b !== true ? material('in use now, no longer only planned') : editorial('now marked as planned')) },
    { field: 'privacy-policy', kind: 'value', classify: none('a link to the recipient’s own policy') },
    // Another country of establishment is another legal home for the data's recipient: a reader relies on it.
    { field: 'established-in', kind: 'value', classify: (a) => (a === undefined ? editorial('now states where it is established') : material('established in another country')) },
    { field: 'domains', kind: 'set', added: none('technical detail for tracking-domain exports'), removed: none('technical detail for tracking-domain exports') },
    // Which hosts serve a recipient is technical detail for `policyc scan`: the recipient itself is what a reader is told about.
    { field: 'hosts', kind: 'set', added: none('technical detail for policyc scan'), removed: none('technical detail for policyc scan') },
  ],
}

/** The periods of the rules that cover a category. */
export function periodsOf(policy: Readonly<Policy>, categoryId: string): string[] {
  return (policy.retention ?? []).filter((r) => r.categories.includes(categoryId)).map((r) => r.period)
}

/**
 * How long a category is kept, across all rules that cover it: this catches a longer period that
 * comes from rules being replaced or re-assigned, which the rules compared one by one would miss.
 */
function retentionOfCategory(a: Entity, _b: Entity, context: DiffContext): ChangeBody[] {
  const id = String(a.id)
  const before = periodsOf(context.from, id)
  const after = periodsOf(context.to, id)
  // A rule's own period change is reported on the rule; report here only what it does not show.
  if (sameRulesChangedPeriod(context, id)) return []
  const order = compareCoverage(before, after)
  const change = (verdict: Verdict): ChangeBody[] => [{ action: 'changed', field: 'retention', ...values(before, after), ...verdict }]
  switch (order) {
    case 'same':
    case 'stated':
    case 'shorter':
      return order === 'same' ? [] : change(editorial(order === 'stated' ? 'now states how long it is kept' : 'kept for less time'))
    case 'unstated':
      return change(material('no longer states how long it is kept'))
    case 'longer':
      return change(material('kept longer'))
    case 'incomparable':
      return change(material('kept for a period that cannot be compared with the old one, so treated as material'))
  }
}

/** True when the same rules cover the category before and after, so only their periods changed. */
function sameRulesChangedPeriod(context: DiffContext, categoryId: string): boolean {
  const ids = (policy: Readonly<Policy>) => (policy.retention ?? []).filter((r) => r.categories.includes(categoryId)).map((r) => r.id).sort().join()
  return ids(context.from) === ids(context.to)
}

const THEN_WEAKNESS: Record<string, number> = { delete: 0, anonymize: 1, isolate: 2, deactivate: 3, review: 3 }

export const retention: SubjectSpec = {
  subject: 'retention',
  entities: (policy) => list(policy.retention),
  key: byId,
  added: none('a new retention rule (what it means for each category is reported on the category)'),
  removed: none('a retention rule is dropped (what it means for each category is reported on the category)'),
  fields: [
    { field: 'categories', kind: 'set', added: none('covers more categories (what it means for each is reported on the category)'), removed: none('covers fewer categories (what it means for each is reported on the category)') },
    {
      field: 'period',
      kind: 'value',
      classify: (a, b) => {
        const order = comparePeriods(String(a), String(b))
        if (order === 'longer') return material('longer retention')
        if (order === 'shorter') return editorial('shorter retention')
        if (order === 'same') return editorial('the same period, written differently')
        return material('a retention period that cannot be compared with the old one, so treated as material')
      },
    },
    { field: 'after', kind: 'prose', verdict: () => material('the period is counted from another moment, which can make it longer') },
    // The notice's words for a period no value holds ("temporarily"): words cannot be compared, so a change is reviewed.
    { field: 'period-words', kind: 'prose', verdict: (a, b) => (a === undefined ? editorial('how long is now said in words') : b === undefined ? material('no longer says in words how long the data is kept') : material('how long the data is kept, in words, changed')) },
    { field: 'then', kind: 'value', classify: byRank(THEN_WEAKNESS, { up: 'data is no longer deleted at the end of the period', down: 'data is deleted or anonymised at the end of the period', same: 'another step at the end of the period' }, 5) },
    { field: 'reason', kind: 'prose' },
    { field: 'exceptions', kind: 'prose', verdict: (a) => (a === undefined ? material('some data may now be kept longer than the period') : WORDING) },
  ],
}

// A kind the notice does not state ranks with the most intrusive: a known kind becoming unstated is material.
const COOKIE_INTRUSION: Record<string, number> = { 'strictly-necessary': 0, functional: 1, analytics: 2, 'social-media': 3, advertising: 3, 'not-stated': 3 }

export const cookies: SubjectSpec = {
  subject: 'cookie',
  entities: (policy) => list(policy.cookies),
  key: byId,
  added: (entity) => material(`a new ${(entity as unknown as Cookie).type} cookie or similar technology`),
  removed: none('a cookie is no longer used'),
  fields: [
    { field: 'name', kind: 'prose' },
    { field: 'technology', kind: 'value', classify: none('another kind of technology for the same use') },
    { field: 'type', kind: 'value', classify: byRank(COOKIE_INTRUSION, { up: 'used for more intrusive ends', down: 'used for less intrusive ends', same: 'another use of the same kind' }) },
    { field: 'purpose', kind: 'value', classify: () => material('used for another purpose') },
    { field: 'recipient', kind: 'value', classify: (_a, b) => (b === undefined ? editorial('no longer read by a recipient') : material('read by another recipient')) },
    {
      field: 'duration',
      kind: 'value',
      classify: (a, b) => {
        if (a === undefined) return editorial('now states its duration')
        if (b === undefined) return material('no longer states its duration')
        const order = comparePeriods(String(a), String(b))
        return order === 'longer' || order === 'incomparable' ? material('lives longer') : editorial('lives shorter')
      },
    },
    { field: 'consent', kind: 'value', classify: (a, b) => (a === true && b !== true ? material('no longer set only after consent') : editorial('now set only after consent')) },
    { field: 'description', kind: 'prose' },
    // The lifetime in words (an event, or one that differs by region): a reader relies on it as on `duration`.
    { field: 'expires', kind: 'value', classify: (a, b) => (a === undefined ? editorial('now states its lifetime in words') : material(b === undefined ? 'no longer states its lifetime in words' : 'its lifetime in words changed')) },
  ],
}

export const automatedDecisions: SubjectSpec = {
  subject: 'automated-decision',
  entities: (policy) => list(policy['automated-decisions']),
  key: byId,
  added: () => material('a new decision made solely by automated means (GDPR Art 22)'),
  removed: none('an automated decision is no longer made'),
  fields: [
    { field: 'description', kind: 'prose' },
    { field: 'logic', kind: 'prose' },
    { field: 'consequences', kind: 'prose' },
    { field: 'purposes', kind: 'set', added: () => material('serves more purposes'), removed: none('serves fewer purposes') },
  ],
}

