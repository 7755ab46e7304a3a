import type { Policy } from '../generated/policy.js'
import type { DataPath } from '../load/locate.js'
import { normaliseSourceText, sourceHash } from './source-hash.js'

/**
 * What a translation can translate: the entries of the source, each with the texts a translator
 * works from. The kinds are the top-level keys of a locale file (schemas/locale.schema.json);
 * facts (ids, countries, periods, legal bases) are never among the fields.
 */
export const ENTRY_KINDS = ['title', 'intro', 'sections', 'categories', 'purposes', 'recipients', 'retention', 'cookies', 'channels', 'limits', 'rights', 'automated-decisions', 'security-measures', 'processing-by-others', 'transfer-statements', 'parent-policy'] as const
export type EntryKind = (typeof ENTRY_KINDS)[number]

/** Kinds that hold one entry per source item, keyed by its id (or, for limits, its right key). */
export const KEYED_KINDS: ReadonlySet<EntryKind> = new Set(['sections', 'categories', 'purposes', 'recipients', 'retention', 'cookies', 'channels', 'limits', 'automated-decisions', 'security-measures', 'processing-by-others', 'transfer-statements'])

/** How messages name an entry of each kind. */
export const KIND_NOUNS: Readonly<Record<EntryKind, string>> = {
  title: 'the title',
  intro: 'the intro',
  sections: 'section',
  categories: 'category',
  purposes: 'purpose',
  recipients: 'recipient',
  retention: 'retention rule',
  cookies: 'cookie',
  channels: 'channel',
  limits: 'the limit of right',
  rights: 'the rights texts',
  'automated-decisions': 'automated decision',
  'security-measures': 'security measure',
  'processing-by-others': 'warning about processing by others',
  'transfer-statements': 'transfer statement',
  'parent-policy': 'the wider policy',
}

export type SourceText = string | readonly string[]

export interface SourceEntry {
  kind: EntryKind
  /** The id under the kind in a locale file; undefined for title, intro and rights. */
  id: string | undefined
  /** Where the entry sits in a locale file: `['sections', 'cookies']`, `['title']`. */
  path: DataPath
  /** Where the entry's item sits in the policy data, for messages. */
  sourcePath: DataPath
  /** The source's texts, by their field name in the locale file, in a fixed order; absent fields are left out. */
  fields: ReadonlyMap<string, SourceText>
  /** Fields a translation may leave out, so the source's words are shown: proper names such as "Mollie" or "_ga". */
  optional: ReadonlySet<string>
  /** Whether a stale translation is an error (a section states facts unless `material: false`) or a warning. */
  material: boolean
}

/** `sections.cookies`, `title`: how the CLI and messages name an entry. */
export function entryKey(entry: Pick<SourceEntry, 'kind' | 'id'>): string {
  return entry.id === undefined ? entry.kind : `${entry.kind}.${entry.id}`
}

/** Where a field of an entry lives in the policy data: `['sections', 3, 'body']`, `['title']`, `['rights', 'appeal', 'description']`. */
export function sourceFieldPath(entry: SourceEntry, field: string): DataPath {
  if (entry.kind === 'title' || entry.kind === 'intro') return entry.sourcePath
  if (entry.kind === 'rights') return [...entry.sourcePath, ...(RIGHTS_FIELDS[field] ?? [field])]
  return [...entry.sourcePath, field]
}

/** The rights texts whose locale-file names differ from their place in the source. */
const RIGHTS_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'appeal-description': ['appeal', 'description'],
  'agent-requirements': ['authorized-agents', 'requirements'],
}

/** Whether a translation is needed at all: some field other than a proper name has text. */
export function needsTranslation(entry: SourceEntry): boolean {
  return [...entry.fields.keys()].some((field) => !entry.optional.has(field))
}

/**
 * The hash of an entry's source text: every field a translation must give, plus the optional
 * ones (proper names) that this translation does give, since only then does it depend on them.
 * Fields are written `name:` then text, in a fixed order, so moving text between fields counts.
 */
export function entryHash(entry: SourceEntry, translatedFields: ReadonlySet<string>): string {
  const parts: string[] = []
  for (const [field, value] of entry.fields) {
    if (entry.optional.has(field) && !translatedFields.has(field)) continue
    const text = typeof value === 'string' ? normaliseSourceText(value) : value.map(normaliseSourceText).join('\n')
    parts.push(`${field}:\n${text}`)
  }
  return sourceHash(parts.join('\n\n'))
}

/** Every entry of the policy a translation may hold, in the order of the locale file's keys. */
export function sourceEntries(policy: Readonly<Policy>): SourceEntry[] {
  const entries: SourceEntry[] = []
  const add = (kind: EntryKind, id: string | undefined, sourcePath: DataPath, fields: Record<string, SourceText | undefined>, options: { optional?: string[]; material?: boolean } = {}) => {
    const present = new Map<string, SourceText>()
    for (const [field, value] of Object.entries(fields)) if (value !== undefined && value.length > 0) present.set(field, value)
    entries.push({ kind, id, path: id === undefined ? [kind] : [kind, id], sourcePath, fields: present, optional: new Set(options.optional ?? []), material: options.material ?? true })
  }

  // A title rewording changes no fact a reader relies on: its staleness is a warning.
  add('title', undefined, ['title'], { text: policy.title }, { material: false })
  if (policy.intro !== undefined) add('intro', undefined, ['intro'], { text: policy.intro })
  policy.sections.forEach((s, i) => add('sections', s.id, ['sections', i], { title: s.title, summary: s.summary, body: s.body }, { material: s.material !== false }))
  policy.categories.forEach((c, i) => add('categories', c.id, ['categories', i], { label: c.label, description: c.description, examples: c.examples, 'if-not-provided': c['if-not-provided'] }))
  policy.purposes.forEach((p, i) => add('purposes', p.id, ['purposes', i], { label: p.label, description: p.description, 'legitimate-interest': p['legitimate-interest'] }))
  policy.recipients?.forEach((r, i) => add('recipients', r.id, ['recipients', i], { name: r.name, description: r.description, condition: r.condition }, { optional: ['name'] }))
  policy.retention?.forEach((r, i) => add('retention', r.id, ['retention', i], { 'period-words': r['period-words'], after: r.after, reason: r.reason, exceptions: r.exceptions }))
  policy.cookies?.forEach((c, i) => add('cookies', c.id, ['cookies', i], { name: c.name, description: c.description }, { optional: ['name'] }))
  policy.rights?.channels.forEach((c, i) => add('channels', c.id, ['rights', 'channels', i], { label: c.label }))
  policy.rights?.limits?.forEach((l, i) => add('limits', l.right, ['rights', 'limits', i], { description: l.description }))
  if (policy.rights) {
    const r = policy.rights
    add('rights', undefined, ['rights'], {
      verification: r.verification,
      fee: r.fee,
      complaints: r.complaints,
      'appeal-description': r.appeal?.description,
      'agent-requirements': r['authorized-agents']?.requirements,
      // The names of the rights the notice lists itself (`rights.listed`), in its order: its words, so they are translated.
      listed: r.listed?.map((right) => right.name),
    })
  }
  policy['automated-decisions']?.forEach((a, i) => add('automated-decisions', a.id, ['automated-decisions', i], { description: a.description, logic: a.logic, consequences: a.consequences }))
  // What the notice states in its own words (src/render/notice-statements.ts and their tables).
  policy['security-measures']?.forEach((m, i) => add('security-measures', m.id, ['security-measures', i], { description: m.description }))
  policy['processing-by-others']?.forEach((o, i) => add('processing-by-others', o.id, ['processing-by-others', i], { who: o.who, what: o.what }))
  policy['transfer-statements']?.forEach((s, i) => add('transfer-statements', s.id, ['transfer-statements', i], { who: s.who, where: s.where, why: s.why, safeguard: s.safeguard }))
  // The wider policy's name is a title that may have no translation: optional, like a recipient's name.
  if (policy['parent-policy']) add('parent-policy', undefined, ['parent-policy'], { name: policy['parent-policy'].name, for: policy['parent-policy'].for }, { optional: ['name'] })
  return entries
}
