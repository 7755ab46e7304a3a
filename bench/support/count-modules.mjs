// Counts the ES modules a command loads (issue 19 item 6: what start-up pays for), without
// NODE_DEBUG: a loader hook appends each loaded URL to the file named by POLICYC_COUNT_MODULES.
//   POLICYC_COUNT_MODULES=/tmp/m.txt node --import ./bench/support/count-modules.mjs lib/cli/index.js check …
//   sort -u /tmp/m.txt | wc -l
import { register } from 'node:module'

if (process.env.POLICYC_COUNT_MODULES) {
  register('data:text/javascript,' + encodeURIComponent(`
import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(process.env.POLICYC_COUNT_MODULES)}, url + '\\n')
  return next(url, context)
}`))
}
