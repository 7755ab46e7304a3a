/**
 * A problem with how policyc was called or the machine it runs on (a bad option, a config file
 * that does not parse, an output folder policyc will not replace, no browser for PDFs), as
 * opposed to a problem in a policy, which is a diagnostic. The API throws it; the CLI prints its
 * message as one line and exits with 2, without a stack trace.
 */
export class UsageError extends Error {
  override name = 'UsageError'
}
