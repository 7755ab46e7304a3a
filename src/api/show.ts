import { answerAsOf, checkDate, checkRegion, policyHistory, type AsOfAnswer, type PolicyHistory } from '../history/as-of.js'
import { HistoryError } from '../history/errors.js'
import { UsageError } from './errors.js'

export interface ShowOptions {
  /** The policy's folder or file, relative to `cwd`. */
  policy: string
  /** Which version was in force on this date (YYYY-MM-DD). */
  asOf?: string | undefined
  /** With `asOf`: for readers in this region. */
  region?: string | undefined
  /** A folder inside the git repository. Default: `process.cwd()`. */
  cwd?: string | undefined
}

export interface ShowResult {
  /** Every version of the policy in git, oldest first. */
  history: PolicyHistory
  /** With `asOf`: the version in force then, or why there was none. */
  answer?: AsOfAnswer
}

/** A policy's versions from git history, and with `asOf` the one in force on that date (`policyc show`). */
export async function show(options: ShowOptions): Promise<ShowResult> {
  try {
    if (options.region !== undefined && options.asOf === undefined) throw new HistoryError('--region needs --as-of DATE: the region decides which version applied on that date')
    const date = options.asOf === undefined ? undefined : checkDate(options.asOf)
    const region = options.region === undefined ? undefined : checkRegion(options.region)
    const history = await policyHistory(options.policy, options.cwd ?? process.cwd())
    if (date === undefined) return { history }
    return { history, answer: answerAsOf(history, date, region) }
  } catch (error) {
    if (error instanceof HistoryError) throw new UsageError(error.message)
    throw error
  }
}
