import type { DiffReport } from '../diff/change.js'

/**
 * `policyc diff --format json`: the DiffReport as one JSON document (shape `policyc-diff/1`,
 * documented on the types in src/history/diff/change.ts and in the README). Keys come out in a
 * fixed order and entity data with sorted keys, so the same diff gives the same bytes.
 */
export function formatDiffJson(report: DiffReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
