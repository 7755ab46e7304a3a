import type { Jurisdiction } from '../catalog/catalog.js'

export type Deadline = NonNullable<Jurisdiction['deadline']>

/** Bounds of an ISO 8601 duration in days: a month is 28 to 31 days, a year 365 or 366. */
function days(iso: string, longest: boolean): number {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?/.exec(iso)
  if (!match) return Number.NaN
  const [, y = '0', m = '0', w = '0', d = '0'] = match
  return Number(y) * (longest ? 366 : 365) + Number(m) * (longest ? 31 : 28) + Number(w) * 7 + Number(d)
}

/**
 * Whether the policy's own `response-time` is surely shorter than the law's period, whatever the
 * month: then the page may state the promise as stricter. Working days are at least calendar days,
 * so a calendar promise below the working-day count is shorter too.
 */
export function promiseIsStricter(promise: string, deadline: Deadline): boolean {
  if (!deadline.period) return deadline['reasonable-period'] === true
  return days(promise, true) < days(deadline.period, false)
}
