/**
 * A problem with the revisions, paths or repository policyc was asked to read: a bad revision,
 * a path outside the repository, missing history, no git. Never a bug, so the CLI prints the
 * message as one line (exit 2) and no stack. The message names the next step.
 */
export class HistoryError extends Error {
  override name = 'HistoryError'
}
