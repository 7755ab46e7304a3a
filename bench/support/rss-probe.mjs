// Preloaded into every measured child with `--import` (see spawn.mjs): at exit it appends the
// process's own peak RSS and CPU time, read from process.resourceUsage(), to the file named by
// POLICYC_BENCH_PROBE. A child that starts Node children of its own passes the variable on; each
// line carries the pid, and spawn.mjs keeps the line of the process it started.
import { appendFileSync } from 'node:fs'

const file = process.env.POLICYC_BENCH_PROBE
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage()
    const line = { pid: process.pid, rssKB: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }
    try {
      appendFileSync(file, `${JSON.stringify(line)}\n`)
    } catch {
      // The benchmark's temporary folder is gone (interrupted): nothing to record.
    }
  })
}
