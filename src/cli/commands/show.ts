import { show } from '../../api/show.js'
import { formatAsOfText, formatVersionsText, versionsDocument } from '../../history/format/versions.js'
import { printable } from '../../diagnostics/reporters/pretty.js'
import { EXIT } from '../exit.js'
import type { ShowFlags } from './show-options.js'

/**
 * Runs `policyc show` and returns its exit code. The text formats print the policy's path (a
 * folder name, not a checked value) and git's notes: control characters are escaped, never raw.
 */
export async function runShow(policy: string, flags: ShowFlags): Promise<number> {
  const { history, answer } = await show({ policy, asOf: flags.asOf, region: flags.region })
  if (answer === undefined || flags.asOf === undefined) {
    process.stdout.write(flags.format === 'json' ? `${JSON.stringify(versionsDocument(history), null, 2)}\n` : printable(formatVersionsText(history)))
    return EXIT.ok
  }
  // show() checked the date and region; the document names them as given, checked.
  const date = flags.asOf
  const region = flags.region
  if (flags.format === 'json') process.stdout.write(`${JSON.stringify(versionsDocument(history, { date, region, answer }), null, 2)}\n`)
  else if (answer.found) process.stdout.write(printable(formatAsOfText(history, date, answer, region)))
  if (!answer.found) {
    process.stderr.write(`policyc: ${printable(answer.reason)}\n`)
    return EXIT.problems
  }
  return EXIT.ok
}
