import { HistoryError } from './errors.js'

/**
 * Refuses revision arguments before git ever sees them. A revision reaches git as one argument
 * after `--end-of-options`, so it cannot become an option; these checks add a second wall and
 * clearer messages: an option-looking value (`--output=x`) is almost always a mistake, a range
 * (`A..B`, `A...B`) or a reflog selector (`@{-1}`, `main@{yesterday}`) names more or other than one
 * commit, and control characters have no place in a revision.
 */
export function checkRevisionSyntax(revision: string): void {
  const shown = JSON.stringify(revision)
  if (revision === '') throw new HistoryError('a revision is empty; name a commit, branch or tag such as `HEAD~1` or `v1`')
  if (revision.startsWith('-')) {
    throw new HistoryError(`revision ${shown} looks like an option; name a commit, branch or tag (policyc never passes it to git)`)
  }
  if (/[\u0000-\u001f\u007f]/.test(revision)) throw new HistoryError(`revision ${shown} contains a control character (such as a newline); name a commit, branch or tag`)
  if (revision.includes('..')) {
    throw new HistoryError(`revision ${shown} is a range; give the two ends as two arguments: \`policyc diff FROM TO\``)
  }
  if (revision.includes('@{')) {
    throw new HistoryError(`revision ${shown} uses the reflog syntax \`@{…}\`, which depends on local history; name a commit, branch or tag`)
  }
}
