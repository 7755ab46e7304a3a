// Loaded with `node --import` by faults.test.ts only: makes the N-th file write into a staging
// folder fail with an errno code, the way a full disk (ENOSPC) or a process out of file
// descriptors (EMFILE) fails it. policyc itself has no fault-injection code path.
// POLICYC_TEST_WRITE_FAULT=<CODE>:<N>, e.g. ENOSPC:25.
import fs from 'node:fs/promises'
import { syncBuiltinESMExports } from 'node:module'

const [code, nth] = (process.env.POLICYC_TEST_WRITE_FAULT ?? '').split(':')
if (code && nth) {
  let count = 0
  const fail = (path) => {
    if (String(path).includes('-tmp-') && ++count >= Number(nth)) {
      throw Object.assign(new Error(`${code}: injected, write '${path}'`), { code, errno: -28, syscall: 'write', path: String(path) })
    }
  }
  // Every way a file lands in the staging folder: written, or copied / linked from the site cache.
  const { writeFile, copyFile, link } = fs
  fs.writeFile = async (path, ...rest) => (fail(path), writeFile(path, ...rest))
  fs.copyFile = async (from, to, ...rest) => (fail(to), copyFile(from, to, ...rest))
  fs.link = async (from, to) => (fail(to), link(from, to))
  // ESM named imports of node:fs/promises are live bindings to this object only after a sync.
  syncBuiltinESMExports()
}
