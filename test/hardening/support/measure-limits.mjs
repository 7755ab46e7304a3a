// Measures the pathological inputs of issue 20's table (findings 5, 6, 7, 16) with
// /usr/bin/time -v: wall time and maximum resident memory of `policyc check` and `policyc build`
// on each, and their CPU time (user + system), which the load of other processes does not
// inflate as it does the wall time. Not a test (no timing is asserted anywhere in the suite): run it by hand after
// `npx tsc -p tsconfig.json`, and copy its table into test/hardening/README.md.
//   node test/hardening/support/measure-limits.mjs [name …]
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const cli = join(root, 'lib/cli/index.js')
const MINI = readFileSync(join(root, 'test/fixtures/render/mini/policy.yaml'), 'utf8')
const withBody = (body) => MINI.replace('      ::table{of=categories}', body.split('\n').map((line) => `      ${line}`).join('\n'))
const keys = (n) => `${MINI}${Array.from({ length: n }, (_, i) => `k${i}: 1`).join('\n')}\n`
/** Eleven sections, each with a body of 95,000 `[` (the file just under 1 MiB). */
const elevenBodies = () => {
  const sections = Array.from({ length: 11 }, (_, i) => `  - id: s${i}\n    title: S${i}\n    summary: S.\n    body: |\n      ${'['.repeat(95_000)}\n`).join('')
  return MINI.replace(/sections:\n/, `sections:\n${sections}`)
}

const INPUTS = {
  'list-4000': () => withBody('- '.repeat(4000) + 'x'),
  'quote-8000': () => withBody('>'.repeat(8000) + ' x'),
  'colon-x-20000': () => withBody(':x '.repeat(20_000)),
  'em-50000': () => withBody('*_'.repeat(50_000)),
  'bracket-1040000': () => withBody('['.repeat(1_040_000)),
  'bracket-11x95000': elevenBodies,
  'keys-20000': () => keys(20_000),
  'keys-90000': () => keys(90_000),
  'duplicates-70': () => `${MINI}${'title: again\n'.repeat(70)}`,
}

const only = process.argv.slice(2)
const work = mkdtempSync(join(tmpdir(), 'policyc-measure-'))
console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}; node ${process.version}`)
console.log('| input | command | wall | CPU (user + sys) | max RSS | exit | output |')
console.log('| --- | --- | --- | --- | --- | --- | --- |')
try {
  for (const [name, make] of Object.entries(INPUTS)) {
    if (only.length && !only.includes(name)) continue
    const dir = join(work, name)
    mkdirSync(join(dir, 'policies', 'mini'), { recursive: true })
    writeFileSync(join(dir, 'policies', 'mini', 'policy.yaml'), make())
    for (const command of [['check', 'policies'], ['build', 'policies', '--out', 'site']]) {
      const run = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, ...command], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30, timeout: 600_000 })
      const report = run.stderr
      const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (.*)/.exec(report)?.[1] ?? '?'
      const cpu = Number(/User time \(seconds\): ([\d.]+)/.exec(report)?.[1] ?? 0) + Number(/System time \(seconds\): ([\d.]+)/.exec(report)?.[1] ?? 0)
      const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? 0)
      const code = /Exit status: (\d+)/.exec(report)?.[1] ?? (run.signal ?? '?')
      const lines = run.stdout.split('\n').filter((l) => /^\S+:\d+:\d+(-\d+:\d+)?  error  /.test(l)).length
      console.log(`| ${name} | ${command[0]} | ${wall} | ${cpu.toFixed(1)} s | ${(rss / 1024).toFixed(0)} MB | ${code} | ${lines} error lines, ${(run.stdout.length / 1024).toFixed(0)} KB |`)
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
