import type { Variant } from '../../variant/variant.js'
import type { JsonValue } from './canonical-json.js'

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
