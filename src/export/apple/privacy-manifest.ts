import { build, type PlistValue } from 'plist'
import type { PolicyModel } from '../../resolve/model.js'
import { collectedCategories, isTrackingPurpose, purposesUsing, recipientsOf } from '../facts.js'
import { mapCategory, sortedUnique } from '../map-category.js'
import { mapPurpose } from '../map-purpose.js'
import { loadMapping, valueOf } from '../mappings/load.js'
import type { Report } from '../report.js'

/** One NSPrivacyCollectedDataTypes entry. */
export interface CollectedDataType {
  NSPrivacyCollectedDataType: string
  NSPrivacyCollectedDataTypeLinked: boolean
  NSPrivacyCollectedDataTypeTracking: boolean
  NSPrivacyCollectedDataTypePurposes: string[]
}

/** The privacy manifest as plain data, in the key order Apple's documentation lists them. */
export interface PrivacyManifest {
  NSPrivacyTracking: boolean
  NSPrivacyTrackingDomains: string[]
  NSPrivacyCollectedDataTypes: CollectedDataType[]
}

/**
 * Builds PrivacyInfo.xcprivacy's content from the model. Apple wants one entry per data type, so
 * every collected category that maps to a type contributes its purposes to that one entry.
 *
 * Linked to the user: always true. The policy format has no "not linked" flag, and a notice lists
 * data it holds about a person; claiming data is unlinked when it is not would misstate the label,
 * while the reverse only over-discloses. (A future `linked: false` on a category would go here.)
 *
 * Tracking: a type is used for tracking when a purpose that uses one of its categories is marked
 * `share` or `targeted-advertising`; NSPrivacyTracking is true when any type is. Tracking domains
 * are the `domains` of the recipients that receive data for such a purpose.
 *
 * Apple requires at least one tracking domain when NSPrivacyTracking is true; a policy that tracks
 * but names no `domains` on the recipients involved is reported (the manifest is still written).
 * Categories that map to no Apple type are left out here and reported by `unmappedCategories`.
 */
export function buildPrivacyManifest(model: PolicyModel, report: Report): PrivacyManifest {
  const table = loadMapping('apple-privacy-manifest')
  const byType = new Map<string, { tracking: boolean; purposes: string[] }>()
  const trackingDomains: string[] = []
  for (const { category } of collectedCategories(model)) {
    const types = mapCategory(table, category).keys
    if (types.length === 0) continue
    const purposes = purposesUsing(model, category.id)
    const tracking = purposes.some(isTrackingPurpose)
    const purposeKeys = purposes.flatMap((purpose) => mapPurpose(table, purpose))
    for (const type of types) {
      valueOf(table, type) // throws if the table maps to a key it does not declare: a bug in the table
      const entry = byType.get(type) ?? { tracking: false, purposes: [] }
      entry.tracking ||= tracking
      entry.purposes.push(...purposeKeys)
      byType.set(type, entry)
    }
    for (const recipient of recipientsOf(model, category.id)) {
      const forTracking = purposes.some((p) => isTrackingPurpose(p) && (recipient.purposes ?? []).includes(p.id))
      if (forTracking) trackingDomains.push(...(recipient.domains ?? []))
    }
  }
  const types = [...byType.keys()].sort()
  const collected = types.map((type) => {
    const entry = byType.get(type)!
    return {
      NSPrivacyCollectedDataType: type,
      NSPrivacyCollectedDataTypeLinked: true,
      NSPrivacyCollectedDataTypeTracking: entry.tracking,
      NSPrivacyCollectedDataTypePurposes: sortedUnique(entry.purposes),
    }
  })
  const tracking = collected.some((entry) => entry.NSPrivacyCollectedDataTypeTracking)
  if (tracking && trackingDomains.length === 0) {
    const index = model.policy.purposes.findIndex(isTrackingPurpose)
    const purpose = model.policy.purposes[index]!
    report({
      path: ['purposes', index, purpose.share === true ? 'share' : 'targeted-advertising'],
      ruleId: 'export-tracking-domains-missing',
      reason: `Unexpected tracking purpose \`${purpose.label}\` without tracking domains, expected the \`domains\` of the recipients that receive its data`,
      hint: 'Add `domains` (for example `[ads.example.com]`) to the recipients that serve this purpose: Apple requires NSPrivacyTrackingDomains when NSPrivacyTracking is true, and iOS blocks those domains until the user allows tracking.',
    })
  }
  return {
    NSPrivacyTracking: tracking,
    NSPrivacyTrackingDomains: sortedUnique(trackingDomains),
    NSPrivacyCollectedDataTypes: collected,
  }
}

/** The manifest as Apple's XML property list (what Xcode writes for a .xcprivacy file). */
export function renderPrivacyManifest(manifest: PrivacyManifest): string {
  // build keeps insertion order; the manifest is plain JSON data, so the cast only widens its type.
  return `${build(manifest as unknown as PlistValue, { indent: '\t', pretty: true })}\n`
}
