/**
 * Comparing how long something is kept: ISO 8601 durations (P7Y, P6M, PT1H) and the named
 * triggers of the format. A year is 365.25 days and a month a twelfth of that, which orders every real
 * pair of durations correctly (P12M and P1Y compare equal, P13M is longer than P1Y).
 */

export type PeriodOrder = 'longer' | 'shorter' | 'same' | 'incomparable'

const DAY = 86_400
const UNIT_SECONDS: Record<string, number> = { Y: 365.25 * DAY, M: (365.25 / 12) * DAY, W: 7 * DAY, D: DAY }
const TIME_SECONDS: Record<string, number> = { H: 3600, M: 60, S: 1 }
const DURATION = /^P(?!$)((\d+(?:\.\d+)?)Y)?((\d+(?:\.\d+)?)M)?((\d+(?:\.\d+)?)W)?((\d+(?:\.\d+)?)D)?(T(?!$)((\d+(?:\.\d+)?)H)?((\d+(?:\.\d+)?)M)?((\d+(?:\.\d+)?)S)?)?$/

/**
 * Seconds for a duration or a trigger whose length is known: `session` is the shortest,
 * `indefinite` the longest. Undefined for triggers that depend on events (`account-lifetime`,
 * `until-consent-withdrawn`, `until-purpose-fulfilled`): no order with a fixed duration.
 */
export function periodSeconds(period: string): number | undefined {
  if (period === 'session') return 0
  if (period === 'indefinite') return Number.POSITIVE_INFINITY
  const m = DURATION.exec(period)
  if (!m) return undefined
  const part = (value: string | undefined, unit: number) => (value === undefined ? 0 : Number(value) * unit)
  return (
    part(m[2], UNIT_SECONDS.Y!) +
    part(m[4], UNIT_SECONDS.M!) +
    part(m[6], UNIT_SECONDS.W!) +
    part(m[8], UNIT_SECONDS.D!) +
    part(m[11], TIME_SECONDS.H!) +
    part(m[13], TIME_SECONDS.M!) +
    part(m[15], TIME_SECONDS.S!)
  )
}

/** How `after` compares with `before`. */
export function comparePeriods(before: string, after: string): PeriodOrder {
  if (before === after) return 'same'
  const a = periodSeconds(before)
  const b = periodSeconds(after)
  // Any fixed duration outlasts a session and is outlasted by `indefinite`, triggers included.
  if (a === undefined || b === undefined) {
    if (after === 'indefinite' || before === 'session') return 'longer'
    if (before === 'indefinite' || after === 'session') return 'shorter'
    return 'incomparable'
  }
  return b > a ? 'longer' : b < a ? 'shorter' : 'same'
}

/**
 * How the periods that cover one category compare across versions: `longer` when some period
 * after outlasts every period before, `incomparable` when one cannot be ordered against them,
 * `same` when the longest period is the same, `shorter` when it is shorter; `unstated` when no
 * rule covers it any more, `stated` when one covers it for the first time.
 */
export function compareCoverage(before: readonly string[], after: readonly string[]): PeriodOrder | 'stated' | 'unstated' {
  if (before.length === 0 && after.length === 0) return 'same'
  if (before.length === 0) return 'stated'
  if (after.length === 0) return 'unstated'
  const covered = (period: string, by: readonly string[]) => by.some((other) => ['same', 'shorter'].includes(comparePeriods(other, period)))
  if (after.every((period) => covered(period, before))) return before.every((period) => covered(period, after)) ? 'same' : 'shorter'
  return after.some((period) => before.every((b) => comparePeriods(b, period) === 'longer')) ? 'longer' : 'incomparable'
}
