/**
 * The semantic diff's data: what `policyc diff --format json` prints and what the changelog,
 * archive and feed are built from. The shape is stable (see `DIFF_FORMAT`); a field may be added,
 * never renamed or given another meaning without bumping the format. Example:
 *
 * ```json
 * { "format": "policyc-diff/1",
 *   "from": { "label": "v1", "commit": "63496ab…" }, "to": { "label": "working tree", "commit": null },
 *   "summary": { "policies": 1, "changed": 1, "material": 1, "editorial": 1 },
 *   "policies": [ { "id": "mini", "status": "changed",
 *     "from": { "path": "v1:policies/mini", "effective": "2026-03-01" },
 *     "to": { "path": "policies/mini", "effective": "2026-05-01" },
 *     "material": 1, "editorial": 1,
 *     "changes": [
 *       { "subject": "policy", "id": "mini", "action": "changed", "field": "effective",
 *         "before": "2026-03-01", "after": "2026-05-01", "materiality": "editorial", "reason": "the date this version takes effect" },
 *       { "subject": "retention", "id": "payment-data", "action": "changed", "field": "period",
 *         "before": "P7Y", "after": "P10Y", "materiality": "material", "reason": "longer retention" } ] } ] }
 * ```
 *
 * Policies are sorted by id; changes by subject (in `SUBJECTS` order), id, then action
 * (renamed, removed, added, changed). Entity data in `before` / `after` has its keys sorted and
 * `suppress` left out.
 */

/** Version of the JSON shape below. */
export const DIFF_FORMAT = 'policyc-diff/1'

/**
 * `material`: readers must be told (something new or more is done with their data, or they lose
 * a right or a protection); `editorial`: wording, typos, order, formatting, translations, and
 * changes that only do less with their data.
 */
export type Materiality = 'material' | 'editorial'

/** What a change is about, in the order changes are listed. */
export const SUBJECTS = [
  'policy',
  'controller',
  'representative',
  'dpo',
  'region',
  'category',
  'purpose',
  'recipient',
  'retention',
  'cookie',
  'rights',
  'channel',
  'right-limit',
  'signal',
  'claim',
  'children',
  'automated-decision',
  'section',
  'exports',
  // A translation (`locales/<language>.yaml`), by language tag: always editorial (src/history/diff/translations.ts).
  'translation',
] as const
export type Subject = (typeof SUBJECTS)[number]

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json }

/** One run of words in a word-level diff of prose. */
export interface WordPart {
  op: 'same' | 'added' | 'removed'
  text: string
}

/**
 * One change. `action` says what happened to the thing named by `subject` + `id`:
 * - `added` / `removed`: the whole thing (its data in `after` / `before`);
 * - `renamed`: only its id changed (`before` → `after`, the old and new id; `id` is the new one);
 * - `changed`: one `field` of it: a value (`before` → `after`, either absent when the field is
 *   added or removed), items of a list (`added` / `removed`, order ignored), or prose (`words`).
 */
export interface Change {
  subject: Subject
  /** The entity id, region id, section id, signal or claim key; the policy id for `policy`; the language tag for `translation`. */
  id: string
  action: 'added' | 'removed' | 'renamed' | 'changed'
  /** The field that changed, as a dotted path inside the subject (`period`, `basis`, `appeal.channels`). */
  field?: string
  /** For a legal basis: the regions where it changed this way. */
  regions?: string[]
  before?: Json
  after?: Json
  added?: string[]
  removed?: string[]
  words?: WordPart[]
  materiality: Materiality
  /** Why it is material or editorial, in a few words a reviewer can check. */
  reason: string
}

/** One side of a policy's diff. */
export interface VersionRef {
  /** Where its sources were read: `v1:policies/xwms`, `policies/xwms`. */
  path: string
  effective: string
  version?: string
}

export interface PolicyDiff {
  /** The policy id: a policy is the same policy across revisions when its id is. */
  id: string
  status: 'added' | 'removed' | 'changed' | 'unchanged'
  from?: VersionRef
  to?: VersionRef
  material: number
  editorial: number
  changes: Change[]
}

export interface DiffReport {
  format: typeof DIFF_FORMAT
  from: { label: string; commit: string | null }
  to: { label: string; commit: string | null }
  summary: { policies: number; changed: number; material: number; editorial: number }
  policies: PolicyDiff[]
}
