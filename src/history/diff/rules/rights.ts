import { jurisdiction, matchRegions } from '../../../catalog/catalog.js'
import type { Channel, Policy } from '../../../generated/policy.js'
import { nestedBlock, values, type ChangeBody, type DiffContext, type Entity, type SubjectSpec } from '../engine.js'
import type { Change, Subject } from '../change.js'
import { comparePeriods, periodSeconds } from '../periods.js'
import { byRank, editorial, flag, material, WORDING, type Verdict } from '../verdict.js'

/** Regions served, rights and how to exercise them, signals, claims, children. */

const none = (reason: string) => () => editorial(reason)
const single = (value: unknown): readonly Entity[] => (value === undefined ? [] : [value as Entity])

/** The regions a policy serves, each one a subject of its own. */
export function compareRegions(context: DiffContext): Change[] {
  const before = new Set(context.from.regions)
  const after = new Set(context.to.regions)
  const changes: Change[] = []
  for (const id of [...new Set([...before, ...after])].sort()) {
    if (before.has(id) && !after.has(id)) {
      const region = jurisdiction(id)
      const laws = region ? region.laws.map((l) => l.short).join(', ') : id
      changes.push({ subject: 'region', id, action: 'removed', ...material(`region dropped: readers there (${region?.name ?? id}) no longer get the rights this notice gave them under ${laws}`) })
    } else if (!before.has(id) && after.has(id)) {
      changes.push({ subject: 'region', id, action: 'added', ...editorial(`now also serves readers there (${jurisdiction(id)?.name ?? id})`) })
    }
  }
  return changes
}

export const rights: SubjectSpec = {
  subject: 'rights',
  entities: (policy) => single(policy.rights),
  key: () => 'rights',
  added: none('now says how to exercise rights'),
  removed: () => material('no longer says how to exercise rights'),
  fields: [
    { field: 'channels', kind: 'elsewhere' },
    { field: 'limits', kind: 'elsewhere' },
    { field: 'verification', kind: 'prose' },
    {
      field: 'response-time',
      kind: 'value',
      classify: (a, b) => {
        if (a === undefined) return editorial('now states how fast requests are answered')
        if (b === undefined) return material('no longer states how fast requests are answered')
        const order = comparePeriods(String(a), String(b))
        return order === 'shorter' || order === 'same' ? editorial('requests are answered sooner') : material('requests may take longer to answer, so rights are harder to exercise')
      },
    },
    {
      field: 'response-time-by-region',
      kind: 'value',
      // Any region's answer taking longer, or no longer stated, makes rights harder there.
      classify: (a, b) => {
        const before = (a ?? {}) as Record<string, string>
        const after = (b ?? {}) as Record<string, string>
        const worse = Object.keys(before).some((region) => after[region] === undefined || !['shorter', 'same'].includes(comparePeriods(before[region]!, after[region]!)))
        return worse ? material('requests may take longer to answer in some region, or the time is no longer stated') : editorial('requests are answered as fast or sooner')
      },
    },
    {
      field: 'free-requests',
      kind: 'value',
      // A limit on free requests makes rights harder to exercise; a higher or no limit, easier.
      classify: (a, b) => {
        const rate = (v: unknown) => (v === undefined ? Number.POSITIVE_INFINITY : (v as { count: number }).count / Math.max(1, periodSeconds((v as { per: string }).per) ?? 1))
        return rate(b) < rate(a) ? material('fewer requests are free of charge') : editorial('as many or more requests are free of charge')
      },
    },
    { field: 'fee', kind: 'prose', verdict: (a) => (a === undefined ? material('a fee is now mentioned, so rights may be harder to exercise') : WORDING) },
    nestedBlock('appeal', [
      { field: 'channels', kind: 'set', added: none('more ways to appeal'), removed: () => material('fewer ways to appeal a refused request') },
      { field: 'description', kind: 'prose' },
    ], { added: editorial('a refused request can now be appealed'), removed: material('a refused request can no longer be appealed') }),
    nestedBlock('authorized-agents', [
      { field: 'allowed', kind: 'value', classify: (a, b) => (a === true && b !== true ? material('authorized agents are no longer accepted') : editorial('authorized agents are now accepted')) },
      { field: 'requirements', kind: 'prose' },
    ], { added: editorial('now says whether authorized agents are accepted'), removed: material('no longer says whether authorized agents are accepted') }),
    { field: 'complaints', kind: 'prose' },
    // The rights the notice lists itself (`rights.listed`), each as the notice names it with its law: one no longer listed is a right the reader is no longer told of.
    {
      field: 'listed',
      kind: 'custom',
      diff: (a, b): ChangeBody[] => {
        const names = (entity: Entity) => ((entity as { listed?: { name: string; law?: string; citation?: string }[] }).listed ?? []).map((r) => (r.law || r.citation ? `${r.name} (${[r.law, r.citation].filter(Boolean).join(' ')})` : r.name))
        const before = names(a)
        const after = names(b)
        const lost = before.filter((r) => !after.includes(r))
        const gained = after.filter((r) => !before.includes(r))
        const out: ChangeBody[] = []
        if (lost.length > 0) out.push({ action: 'changed', field: 'listed', removed: lost, ...material('the notice no longer lists a right it listed, or names it differently') })
        if (gained.length > 0 && lost.length === 0) out.push({ action: 'changed', field: 'listed', added: gained, ...editorial('the notice now lists more rights') })
        else if (gained.length > 0) out[0] = { ...out[0]!, added: gained }
        return out
      },
    },
    // The authority the notice names for every reader: another or none is less for a reader who relied on it.
    { field: 'authority', kind: 'value', classify: (a, b) => (a === undefined ? editorial('now names a supervisory authority to complain to') : material(b === undefined ? 'no longer names a supervisory authority to complain to' : 'names another supervisory authority to complain to')) },
    { field: 'regardless-of-residence', kind: 'value', classify: (a, b) => (a === true && b !== true ? material('no longer promises to answer requests whatever the reader\'s residence') : editorial('now promises to answer requests whatever the reader\'s residence')) },
    // Cal. Civ. Code §1798.83: starting to disclose for direct marketing, or losing a channel, is less for the reader.
    nestedBlock('shine-the-light', [
      { field: 'discloses', kind: 'value', classify: byRank({ no: 0, 'not-stated': 1, yes: 2 }, { up: 'personal information may now go to third parties for their direct marketing', down: 'less personal information goes to third parties for their direct marketing' }) },
      { field: 'channels', kind: 'set', added: none('more ways to ask about disclosures for direct marketing'), removed: () => material('fewer ways to ask about disclosures for direct marketing') },
      { field: 'description', kind: 'prose' },
    ], { added: editorial('now states the California "Shine the Light" request'), removed: material('no longer states the California "Shine the Light" request') }),
  ],
}

/** The regions a channel is offered in, among those served by both versions. */
function channelRegions(channel: Entity, context: DiffContext): string[] {
  const selectors = (channel as unknown as Channel).regions
  if (!selectors) return [...context.servedBoth]
  return context.servedBoth.filter((region) => selectors.some((s) => matchRegions(s, [region]).length > 0))
}

export const channels: SubjectSpec = {
  subject: 'channel',
  entities: (policy) => (policy.rights?.channels ?? []) as unknown as readonly Entity[],
  key: (entity) => String(entity.id),
  added: none('a new way to exercise rights'),
  removed: () => material('a way to exercise rights is removed, so rights are harder to exercise'),
  fields: [
    { field: 'type', kind: 'value', classify: none('another kind of channel') },
    { field: 'label', kind: 'prose' },
    ...(['email', 'url', 'phone', 'address'] as const).map((field) => ({ field, kind: 'value' as const, classify: none('contact details updated') })),
    {
      field: 'regions',
      kind: 'custom',
      diff: (a, b, context) => {
        const before = channelRegions(a, context)
        const after = channelRegions(b, context)
        const lost = before.filter((r) => !after.includes(r))
        const gained = after.filter((r) => !before.includes(r))
        const out: ChangeBody[] = []
        if (lost.length > 0) out.push({ action: 'changed', field: 'regions', removed: lost, ...material(`no longer offered to readers in ${lost.join(', ')}`) })
        if (gained.length > 0) out.push({ action: 'changed', field: 'regions', added: gained, ...editorial(`now offered to readers in ${gained.join(', ')}`) })
        return out
      },
    },
  ],
}

const SCOPE_NARROWNESS: Record<string, number> = { full: 0, partial: 1, 'account-deactivation-only': 2, 'not-offered': 3 }

export const rightLimits: SubjectSpec = {
  subject: 'right-limit',
  entities: (policy) => (policy.rights?.limits ?? []) as unknown as readonly Entity[],
  key: (entity) => String(entity.right),
  added: (entity) => (entity.scope === 'full' ? editorial('states that the right goes as far as the law says') : material(`the right is ${entity.scope === 'not-offered' ? 'no longer offered' : `limited in practice (${String(entity.scope)})`}, so it is harder to exercise`)),
  removed: none('the right is no longer limited in practice'),
  fields: [
    { field: 'scope', kind: 'value', classify: byRank(SCOPE_NARROWNESS, { up: 'the right goes less far in practice, so it is harder to exercise', down: 'the right goes further in practice' }) },
    { field: 'description', kind: 'prose' },
  ],
}

/** Values of a map of named settings (signals, claims), each key a subject of its own. */
function compareSettings(subject: Subject, before: object | undefined, after: object | undefined, classify: (key: string, a: unknown, b: unknown) => Verdict): Change[] {
  const a = (before ?? {}) as Record<string, unknown>
  const b = (after ?? {}) as Record<string, unknown>
  const changes: Change[] = []
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (a[key] === b[key]) continue
    changes.push({ subject, id: key, action: 'changed', ...values(a[key], b[key]), ...classify(key, a[key], b[key]) })
  }
  return changes
}

/** Honouring a browser signal is a promise; dropping it is material, stating it is editorial. */
export function compareSignals(context: DiffContext): Change[] {
  return compareSettings('signal', context.from.signals, context.to.signals, (key, a, b) => {
    if (a === 'honored') return material(`${key} is no longer honoured`)
    if (b === 'honored') return editorial(`${key} is now honoured`)
    return editorial(b === undefined ? 'no longer says how the signal is handled' : 'now says how the signal is handled')
  })
}

/** For each claim: its values from the reader's best case (0) up; absent means "no promise made". */
const CLAIM_RANKS: Record<string, Record<string, number>> = {
  'sensitive-data': { 'not-collected': 0, 'collected-with-consent': 1, collected: 2 },
  erasure: { 'full-deletion': 0, 'deletion-with-exceptions': 1, 'account-deactivation-only': 2 },
  sale: { none: 0, sells: 1, shares: 1, 'sells-and-shares': 2 },
  'minors-under-16': { 'not-sold-or-shared': 0, 'sold-or-shared-with-opt-in': 1 },
  'financial-incentives': { none: 0, offered: 1 },
  'llm-training': { 'not-used': 0, used: 1 },
  'third-party-sharing': { none: 0, shares: 1 },
}

export function compareClaims(context: DiffContext): Change[] {
  return compareSettings('claim', context.from.claims, context.to.claims, (key, a, b) => {
    const ranks = CLAIM_RANKS[key]
    if (a === undefined) return ranks?.[String(b)] === 0 ? editorial('a new promise to the reader') : material('the notice now says so')
    if (b === undefined) return ranks?.[String(a)] === 0 ? material('a promise to the reader is withdrawn') : editorial('the notice no longer says so')
    return byRank(ranks ?? {}, { up: 'less favourable to the reader', down: 'more favourable to the reader', same: 'equally favourable to the reader' })(a, b)
  })
}

export const children: SubjectSpec = {
  subject: 'children',
  entities: (policy: Readonly<Policy>) => single(policy.children),
  key: () => 'children',
  added: none('now states a minimum age'),
  removed: () => material('no longer states a minimum age'),
  fields: [
    { field: 'minimum-age', kind: 'value', classify: (a, b) => (Number(b) < Number(a) ? material('younger children may use the service') : editorial('a higher minimum age')) },
    { field: 'knowingly-collects', kind: 'value', classify: flag('now knowingly collects data of children under the minimum age', 'no longer knowingly collects data of children') },
    // Bus. & Prof. Code §22581: how a minor removes what they posted.
    nestedBlock('content-removal', [{ field: 'instructions', kind: 'prose' }], { added: editorial('now says how a minor removes content they posted'), removed: material('no longer says how a minor removes content they posted') }),
  ],
}
