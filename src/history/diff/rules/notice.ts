import { matchRegions } from '../../../catalog/catalog.js'
import type { Section } from '../../../generated/policy.js'
import type { ChangeBody, DiffContext, Entity, FieldRule, SubjectSpec } from '../engine.js'
import { comparePeriods } from '../periods.js'
import { editorial, material, type Verdict } from '../verdict.js'

/** The notice itself: its metadata, who is responsible, and its sections of prose. */

const none = (reason: string) => () => editorial(reason)
const single = (value: unknown): readonly Entity[] => (value === undefined ? [] : [value as Entity])
const list = (value: unknown): readonly Entity[] => (Array.isArray(value) ? (value as Entity[]) : [])

/** Top-level keys compared as subjects of their own. */
const OWN_SUBJECTS = ['controller', 'representatives', 'dpo', 'regions', 'categories', 'claims', 'purposes', 'recipients', 'retention', 'cookies', 'rights', 'signals', 'children', 'automated-decisions', 'sections', 'exports']

export const notice: SubjectSpec = {
  subject: 'policy',
  entities: (policy) => [policy as unknown as Entity],
  key: (entity) => String(entity.id),
  added: () => material('a new notice'),
  removed: () => material('a notice is withdrawn'),
  fields: [
    { field: 'kind', kind: 'value', classify: () => material('another kind of document') },
    { field: 'title', kind: 'prose' },
    { field: 'version', kind: 'value', classify: none('the version label') },
    { field: 'effective', kind: 'value', classify: none('the date this version takes effect') },
    { field: 'language', kind: 'value', classify: none('the language the notice is written in') },
    { field: 'intro', kind: 'prose' },
    { field: 'change-notice', kind: 'value', classify: classifyChangeNotice },
    // The bases a notice names without mapping them: another list changes what the reader can object to.
    { field: 'bases-relied-on', kind: 'value', classify: () => material('the legal bases the notice says it relies on changed') },
    // A promise to ask for consent where a law requires it: withdrawing it leaves the reader without that promise.
    { field: 'consent-where-required', kind: 'value', classify: (a, b) => (a === true && b !== true ? material('no longer promises to ask for consent where the law requires it') : editorial('now promises to ask for consent where the law requires it')) },
    // What the notice states about itself beyond a law's list (src/render/notice-statements.ts and the tables of those facts).
    { field: 'parent-policy', kind: 'custom', diff: (a, b) => statedListDiff('parent-policy', single(a['parent-policy']), single(b['parent-policy']), (p) => `${String(p.name)} (${String(p.url)})`, { fewer: 'the notice no longer says it adheres to this wider policy', more: 'the notice now adheres to a wider policy, whose terms also bind the reader' }, 'material') },
    { field: 'document-history', kind: 'custom', diff: (a, b) => statedListDiff('document-history', list(a['document-history']), list(b['document-history']), (v) => [v.version, v.date, v.summary].filter((x) => x !== undefined).map(String).join(' · '), { fewer: 'the notice’s own list of its versions', more: 'the notice’s own list of its versions' }, 'editorial', (v) => String(v.version)) },
    { field: 'security-measures', kind: 'custom', diff: (a, b) => statedListDiff('security-measures', list(a['security-measures']), list(b['security-measures']), (m) => String(m.description), { fewer: 'a security measure is no longer stated, or is stated otherwise', more: 'more security measures stated' }) },
    { field: 'processing-by-others', kind: 'custom', diff: (a, b) => statedListDiff('processing-by-others', list(a['processing-by-others']), list(b['processing-by-others']), (o) => `${String(o.who)} ${String(o.what)}`, { fewer: 'a warning about processing by others is dropped or reworded', more: 'a new warning about processing by others' }) },
    // Transfers abroad are what GDPR Art 13(1)(f) asks a notice to state: any change to them is reviewed.
    { field: 'transfer-statements', kind: 'custom', diff: (a, b) => statedListDiff('transfer-statements', list(a['transfer-statements']), list(b['transfer-statements']), (s) => [s.who, s.where, s.why, s.safeguard].filter((x) => x !== undefined).map(String).join(' · '), { fewer: 'a statement about transfers abroad is dropped or reworded', more: 'a new statement about transfers abroad' }, 'material') },
    ...OWN_SUBJECTS.map((field): FieldRule => ({ field, kind: 'elsewhere' })),
  ],
}

export const controller: SubjectSpec = {
  subject: 'controller',
  entities: (policy) => single(policy.controller),
  key: () => 'controller',
  added: () => material('a controller is named'),
  removed: () => material('no controller is named'),
  fields: [
    { field: 'name', kind: 'prose' },
    { field: 'legal-name', kind: 'prose' },
    { field: 'registration', kind: 'value', classify: () => material('another registration: possibly another organisation is responsible') },
    { field: 'country', kind: 'value', classify: () => material('the controller is established in another country, which can change the law that applies') },
    { field: 'incorporated', kind: 'value', classify: (a) => (a === undefined ? editorial('the date of incorporation is now stated') : material('another date of incorporation: possibly another organisation is responsible')) },
    { field: 'legal-form', kind: 'value', classify: (a) => (a === undefined ? editorial('the legal form is now stated') : material('another legal form: possibly another organisation is responsible')) },
    ...(['email', 'phone', 'website', 'contact', 'address'] as const).map((field): FieldRule => ({ field, kind: 'value', classify: none('contact details updated') })),
  ],
}

export const representatives: SubjectSpec = {
  subject: 'representative',
  entities: (policy) => (policy.representatives ?? []) as unknown as readonly Entity[],
  key: (entity) => String(entity.region),
  added: none('a representative is appointed'),
  removed: () => material('no representative for this region any more'),
  fields: [
    { field: 'name', kind: 'prose' },
    ...(['email', 'address'] as const).map((field): FieldRule => ({ field, kind: 'value', classify: none('contact details updated') })),
  ],
}

export const dpo: SubjectSpec = {
  subject: 'dpo',
  entities: (policy) => single(policy.dpo),
  key: () => 'dpo',
  added: none('a data protection officer is named'),
  removed: () => material('no data protection officer is named any more'),
  fields: [
    { field: 'name', kind: 'prose' },
    ...(['email', 'address'] as const).map((field): FieldRule => ({ field, kind: 'value', classify: none('contact details updated') })),
  ],
}

/** A section readers rely on (the default) losing readers is material. */
const reliedOn = (entity: Entity) => (entity as unknown as Section).material !== false

function sectionRegions(section: Entity, context: DiffContext): string[] {
  const selectors = (section as unknown as Section).regions
  if (!selectors) return [...context.servedBoth]
  return context.servedBoth.filter((region) => selectors.some((s) => matchRegions(s, [region]).length > 0))
}

export const sections: SubjectSpec = {
  subject: 'section',
  entities: (policy) => policy.sections as unknown as readonly Entity[],
  key: (entity) => String(entity.id),
  added: none('new text (what it discloses is classified on the structured data)'),
  removed: (entity) => (reliedOn(entity) ? material('a section readers rely on is removed') : editorial('a section marked as not material is removed')),
  fields: [
    { field: 'title', kind: 'prose' },
    { field: 'summary', kind: 'prose' },
    { field: 'body', kind: 'prose' },
    {
      field: 'regions',
      kind: 'custom',
      diff: (a, b, context): ChangeBody[] => {
        const before = sectionRegions(a, context)
        const after = sectionRegions(b, context)
        const lost = before.filter((r) => !after.includes(r))
        const gained = after.filter((r) => !before.includes(r))
        const out: ChangeBody[] = []
        if (lost.length > 0) out.push({ action: 'changed', field: 'regions', removed: lost, ...(reliedOn(b) ? material(`no longer shown to readers in ${lost.join(', ')}`) : editorial(`a section marked as not material is no longer shown in ${lost.join(', ')}`)) })
        if (gained.length > 0) out.push({ action: 'changed', field: 'regions', added: gained, ...editorial(`now also shown to readers in ${gained.join(', ')}`) })
        return out
      },
    },
    { field: 'material', kind: 'value', classify: none('whether a stale translation of this section is an error') },
  ],
}

export const exportsSpec: SubjectSpec = {
  subject: 'exports',
  entities: (policy) => single(policy.exports),
  key: () => 'exports',
  added: none('extra output formats only, not the notice'),
  removed: none('extra output formats only, not the notice'),
  fields: [
    ...(['apple-privacy-manifest', 'google-data-safety', 'tilt'] as const).map((field): FieldRule => ({ field, kind: 'value', classify: none('extra output formats only, not the notice') })),
  ],
}

/**
 * The promise to tell readers of changes before they take effect: a shorter notice period, or the
 * promise withdrawn, leaves readers less time to act (to object or leave) before a change binds
 * them; a longer one, or a new promise, gives them more.
 */
export function classifyChangeNotice(before: unknown, after: unknown): Verdict {
  if (before === undefined) return editorial('now promises notice of changes')
  if (after === undefined) return material('no longer promises notice of changes')
  const period = (value: unknown) => (value as { period?: string }).period
  const a = period(before)
  const b = period(after)
  // The scope (`of`): a promise about every change narrowed to new recipients only is less notice.
  const scope = (value: unknown) => (value as { of?: string } | undefined)?.of ?? 'notice'
  if (scope(before) !== scope(after)) return scope(after) === 'notice' ? editorial('notice now promised before every change, not only new recipients') : material('notice now promised only before new recipients, not every change')
  // A promise without a period (`change-notice` with no `period`) says no time: a period given is more, one no longer given is less.
  if (a === undefined) return editorial(b === undefined ? 'how readers are told of changes' : `now promises notice ${b} before changes take effect`)
  if (b === undefined) return material(`no longer promises notice a set time before changes take effect (was ${a})`)
  const order = comparePeriods(a, b)
  if (order === 'shorter') return material(`less notice before changes take effect (${a} → ${b})`)
  if (order === 'incomparable') return material(`another notice period before changes take effect (${a} → ${b})`)
  return editorial(order === 'same' ? 'how readers are told of changes' : `more notice before changes take effect (${a} → ${b})`)
}

/**
 * A list of statements the notice makes in its own words (security measures, warnings about
 * others' processing, transfer statements, its own versions, a wider policy), compared item by
 * item (by `id`): an item dropped or reworded is reported with its old words, one new or reworded
 * with its new words, so the change reads as what the reader was told before and after. Dropped
 * or reworded words tell the reader less or something else (material); new ones tell them more
 * (editorial), unless `added` says otherwise (`material` for transfers abroad and a wider policy,
 * `editorial` for the notice's own list of versions, which states no processing).
 */
export function statedListDiff(field: string, before: readonly Entity[], after: readonly Entity[], words: (item: Entity) => string, reasons: { fewer: string; more: string }, added?: 'material' | 'editorial', key: (item: Entity) => string = (item) => String(item.id)): ChangeBody[] {
  const same = (item: Entity, others: readonly Entity[]) => others.some((other) => key(other) === key(item) && JSON.stringify(other) === JSON.stringify(item))
  const lost = before.filter((item) => !same(item, after)).map(words)
  const gained = after.filter((item) => !same(item, before)).map(words)
  const out: ChangeBody[] = []
  if (lost.length > 0) out.push({ action: 'changed', field, removed: lost, ...(added === 'editorial' ? editorial(reasons.fewer) : material(reasons.fewer)) })
  if (gained.length > 0) out.push({ action: 'changed', field, added: gained, ...(added === 'material' ? material(reasons.more) : editorial(reasons.more)) })
  return out
}
