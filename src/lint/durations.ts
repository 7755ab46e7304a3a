/**
 * ISO 8601 durations (the schema's `duration` pattern) compared with a law's deadline. A month is
 * not a fixed number of days, so two durations written in the same kind of unit (years and months,
 * or weeks and days) are compared exactly; mixed ones with a promised month read as 31 days and a
 * deadline's month as 30 (the usual reading of "one month" as 30 days), so a promise is only
 * called too slow when it is plainly longer.
 */
export interface Duration {
  months: number
  days: number
  seconds: number
}

const PATTERN = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/

export function parseDuration(text: string): Duration | undefined {
  const match = PATTERN.exec(text)
  if (!match) return undefined
  const n = (i: number) => Number(match[i] ?? 0)
  return { months: n(1) * 12 + n(2), days: n(3) * 7 + n(4), seconds: n(5) * 3600 + n(6) * 60 + n(7) }
}

/** True when `promise` is certainly longer than `deadline`. */
export function exceeds(promise: Duration, deadline: Duration): boolean {
  const calendarOnly = (d: Duration) => d.days === 0 && d.seconds === 0
  const daysOnly = (d: Duration) => d.months === 0
  if (calendarOnly(promise) && calendarOnly(deadline)) return promise.months > deadline.months
  if (daysOnly(promise) && daysOnly(deadline)) return promise.days * 86400 + promise.seconds > deadline.days * 86400 + deadline.seconds
  const longest = promise.months * 31 + promise.days + promise.seconds / 86400
  const shortest = deadline.months * 30 + deadline.days + deadline.seconds / 86400
  return longest > shortest
}
