import type { Exports, Policy } from '../generated/policy.js'

/** The store-label and transparency formats policyc writes; each is a key of a policy's `exports`. */
export type ExportTarget = keyof Exports & ('apple-privacy-manifest' | 'google-data-safety' | 'tilt')

/** Every export target, in the order files are written and messages list them. */
export const EXPORT_TARGETS: readonly ExportTarget[] = ['apple-privacy-manifest', 'google-data-safety', 'tilt']

/** How messages name a target. */
export const TARGET_NAMES: Readonly<Record<ExportTarget, string>> = {
  'apple-privacy-manifest': 'the Apple privacy manifest',
  'google-data-safety': 'the Google Play Data safety form',
  tilt: 'the TILT document',
}

/** The file each target is written to, under dist/<policy>/exports/. */
export const TARGET_FILES: Readonly<Record<ExportTarget, string>> = {
  'apple-privacy-manifest': 'PrivacyInfo.xcprivacy',
  'google-data-safety': 'data-safety.csv',
  tilt: 'tilt.json',
}

/** The targets a policy turns on (or those an override turns on), in EXPORT_TARGETS order. */
export function enabledTargets(policy: Readonly<Policy>, override?: Exports): ExportTarget[] {
  const exports = override ?? policy.exports ?? {}
  return EXPORT_TARGETS.filter((target) => exports[target] === true)
}
