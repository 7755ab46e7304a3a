import { answerAsOf, checkDate, checkRegion, policyHistory } from '../../history/as-of.js'
import { HistoryError } from '../../history/errors.js'
import { formatAsOfText, formatVersionsText, versionsDocument } from '../../history/format/versions.js'
import { EXIT, UsageError } from '../exit.js'
import type { ShowFlags } from './show-options.js'

/** Runs `policyc show` and returns its exit code. */
export async function runShow(policy: string, flags: ShowFlags): Promise<number> {
  try {
    if (flags.region !== undefined && flags.asOf === undefined) throw new HistoryError('--region needs --as-of DATE: the region decides which version applied on that date')
    const date = flags.asOf === undefined ? undefined : checkDate(flags.asOf)
    const region = flags.region === undefined ? undefined : checkRegion(flags.region)
    const history = await policyHistory(policy)
    if (date === undefined) {
      process.stdout.write(flags.format === 'json' ? `${JSON.stringify(versionsDocument(history), null, 2)}\n` : formatVersionsText(history))
      return EXIT.ok
    }
    const answer = answerAsOf(history, date, region)
    if (flags.format === 'json') process.stdout.write(`${JSON.stringify(versionsDocument(history, { date, region, answer }), null, 2)}\n`)
    else if (answer.found) process.stdout.write(formatAsOfText(history, date, answer, region))
    if (!answer.found) {
      process.stderr.write(`policyc: ${answer.reason}\n`)
      return EXIT.problems
    }
    return EXIT.ok
  } catch (error) {
    if (error instanceof HistoryError) throw new UsageError(error.message)
    throw error
  }
}
