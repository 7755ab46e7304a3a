import { defineRule } from '../rule.js'

/** Adds whole years to a YYYY-MM-DD date (29 February becomes 28 February in common years). */
function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(y + years, m - 1, d))
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0)
  return target.toISOString().slice(0, 10)
}

/** The effective date is in the future, or more than 12 months old, relative to --now. */
export default defineRule({
  id: 'effective-date-out-of-range',
  severity: 'warning',
  description: 'The effective date is in the future, or more than 12 months old, relative to --now / SOURCE_DATE_EPOCH',
  docs: {
    why: 'The "last updated" date tells readers which version applies. A date in the future publishes terms that are not in force yet; a date over a year old means the notice was not reviewed as the CCPA requires (and as regulators elsewhere expect). The rule compares with the date given by `--now`, SOURCE_DATE_EPOCH or `now` in policyc.config.yaml, never with the system clock, so a check gives the same result on every machine; without any of them the rule is skipped with a note.',
    law: 'CCPA Civ. Code §1798.130(a)(5) (update at least once every 12 months); 11 CCR §7011(e)(4); Bus. & Prof. Code §22575(b)(4)',
    fix: 'Review the notice and set `effective:` to the date the reviewed version takes effect (not later than the publication date).',
    bad: '# policyc check --now 2026-09-01\neffective: 2025-06-01',
    good: '# policyc check --now 2026-09-01\neffective: 2026-08-15',
  },
  check({ model, now, report, skip }) {
    if (now === undefined) {
      skip('skipped: no date to compare with; pass --now YYYY-MM-DD, set SOURCE_DATE_EPOCH, or set `now` in policyc.config.yaml')
      return
    }
    const effective = model.policy.effective
    // A notice that states no date: coverage reports the missing date (`date-last-updated`); there is nothing to compare here.
    if (effective === 'not-stated') return
    if (effective > now) {
      report({ path: ['effective'], reason: `Effective date ${effective} is after today (${now}): the notice would describe terms not yet in force`, hint: 'Publish the notice on or after its effective date, or correct the date.' })
      return
    }
    const due = addYears(effective, 1)
    if (now > due) {
      report({
        path: ['effective'],
        reason: `Effective date ${effective} is more than 12 months before today (${now}); the notice must be reviewed and updated at least every 12 months (Civ. Code §1798.130(a)(5))`,
        hint: 'Review the notice and set `effective:` to the date of the reviewed version.',
      })
    }
  },
})
