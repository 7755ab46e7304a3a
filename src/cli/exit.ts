/** Exit codes, the same for every command: DESIGN.md § CLI. */
export const EXIT = {
  /** Nothing at error level (warnings within --max-warnings). */
  ok: 0,
  /** Diagnostics at error level, too many warnings, or a --fail-on condition. */
  problems: 1,
  /** Bad usage or environment: unknown option, missing path, unwritable output. */
  usage: 2,
} as const

/** A problem with how policyc was called; printed as one line, exit code 2, no stack trace. The API throws the same class. */
export { UsageError } from '../api/errors.js'
