// Counts the modules a command loads (issue 19 item 6: what start-up pays for), without
// NODE_DEBUG: a loader hook appends each ES module's URL, and a wrapper of the CommonJS loader
// each required file, to the file named by POLICYC_COUNT_MODULES.
//   POLICYC_COUNT_MODULES=/tmp/m.txt node --import ./bench/support/count-modules.mjs lib/cli/index.js check …
//   sort -u /tmp/m.txt | wc -l
import { appendFileSync } from 'node:fs'
import Module, { register } from 'node:module'

const out = process.env.POLICYC_COUNT_MODULES
if (out) {
  register('data:text/javascript,' + encodeURIComponent(`
import { appendFileSync } from 'node:fs'
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(out)}, url + '\\n')
  return next(url, context)
}`))
  // CommonJS packages (yaml, ajv) require their own files without the ES loader seeing them.
  const compile = Module.prototype._compile
  Module.prototype._compile = function (content, filename) {
    appendFileSync(out, `file://${filename}\n`)
    return compile.call(this, content, filename)
  }
}
