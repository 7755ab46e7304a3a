import type { Variant } from '../../variant/variant.js'
import { canonicalJson, type JsonValue } from './canonical-json.js'

/** Names the canonical form, so a consent record says how its hash was computed. */
export const NOTICE_CANONICALIZATION = 'policyc-notice-v1+jcs'

/**
 * The content of one notice as one reader gets it (a variant: policy × region × language), as
 * plain JSON: everything a reader of that variant can see, nothing about how it was built.
 *
 * - identity: policy id, version label, effective date, language, variant key and its regions;
 * - the prose: title, intro and each section's id, title, summary and body tree, with the
 *   `only` blocks already resolved for the region (the variant stage does that), source positions
 *   removed so moving text between files changes nothing;
 * - the data the prose pulls in through directives: the whole policy data except the section
 *   list and intro (taken from the variant above) and the `suppress` entries (lint bookkeeping a
 *   reader never sees). The data is the same for every variant, so an edit to a fact that only one
 *   region's page shows changes every variant's hash: over-sensitive, never blind.
 *
 * Hashing this rather than the rendered HTML keeps the hash stable across template and styling
 * changes, and across policyc releases that only change presentation; it changes whenever a word
 * or a fact a reader relies on changes.
 */
export function noticeContent(variant: Variant): JsonValue {
  const { policy } = variant.model
  // The intro and sections are taken from the variant (region-resolved), not from the raw data.
  const { sections: _sections, intro: _intro, ...data } = policy
  return {
    canonicalization: NOTICE_CANONICALIZATION,
    policy: policy.id,
    version: policy.version ?? null,
    effective: policy.effective,
    language: policy.language,
    variant: variant.key,
    regions: variant.regions.map((r) => r.id),
    title: policy.title,
    intro: variant.intro ? plain(variant.intro) : null,
    sections: variant.sections.map(({ section, tree }) => ({
      id: section.id,
      title: section.title,
      summary: section.summary ?? null,
      body: plain(tree),
    })),
    channels: plain(variant.channels),
    data: plain(data),
  }
}

/** The canonical JSON of the policy data (everything but sections and intro), per policy object: the same for every variant. */
const dataJson = new WeakMap<object, string>()
/** The canonical JSON of a body tree, per tree object: a section that does not vary by region shares its tree across variants. */
const treeJson = new WeakMap<object, string>()

function once(memo: WeakMap<object, string>, key: object, make: () => string): string {
  let json = memo.get(key)
  if (json === undefined) memo.set(key, (json = make()))
  return json
}

/** An object's canonical JSON from its members' canonical JSON: keys sorted by UTF-16 code units, as `canonicalJson` sorts them. */
function canonicalObject(members: Record<string, string>): string {
  return `{${Object.keys(members)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${members[key]!}`)
    .join(',')}}`
}

/**
 * `canonicalJson(noticeContent(variant))`, byte for byte, with the parts every variant shares
 * written once per policy: the policy data (most of the bytes) once, and each body tree once
 * however many variants show it; a policy has some 24 variants (test/export/consent.test.ts
 * checks the two are equal).
 */
export function noticeContentJson(variant: Variant): string {
  const { policy } = variant.model
  const tree = (root: object) => once(treeJson, root, () => canonicalJson(plain(root)))
  return canonicalObject({
    canonicalization: canonicalJson(NOTICE_CANONICALIZATION),
    policy: canonicalJson(policy.id),
    version: canonicalJson(policy.version ?? null),
    effective: canonicalJson(policy.effective),
    language: canonicalJson(policy.language),
    variant: canonicalJson(variant.key),
    regions: canonicalJson(variant.regions.map((r) => r.id)),
    title: canonicalJson(policy.title),
    intro: variant.intro ? tree(variant.intro) : 'null',
    sections: `[${variant.sections
      .map(({ section, tree: body }) => canonicalObject({ id: canonicalJson(section.id), title: canonicalJson(section.title), summary: canonicalJson(section.summary ?? null), body: tree(body) }))
      .join(',')}]`,
    channels: canonicalJson(plain(variant.channels)),
    data: once(dataJson, policy, () => {
      const { sections: _sections, intro: _intro, ...data } = policy
      return canonicalJson(plain(data))
    }),
  })
}

/** A deep copy as JSON data, without source positions, `suppress` entries or undefined values. */
function plain(value: unknown): JsonValue {
  if (value === null || value === undefined) return null
  if (Array.isArray(value)) return value.map(plain)
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {}
    for (const [key, child] of Object.entries(value)) {
      if (key === 'position' || key === 'suppress' || child === undefined) continue
      out[key] = plain(child)
    }
    return out
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number' && Number.isFinite(value)) return value
  return String(value)
}
