// An incremental rebuild through the code path of `policyc dev` (createDevBuilder: buildAll once,
// then rebuildPolicies for the policy a save touched), without the watcher and its debounce,
// which test/dev/measure-rebuild.mjs measures. Each edit changes one retention period of one
// policy's data.yaml to a new value, so every rebuild has real work; the file is restored at the end.
//   node bench/tasks/dev-rebuild.mjs PROJECT POLICY_FOLDER RUNS [FIRST]   (prints JSON)
// FIRST (default 6) is the first number of years written; a later run on the same project passes
// another, so its edits are new content rather than ones the site cache already holds.
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const { createDevBuilder } = await import(join(root, 'lib/dev/site-builder.js'))

const [project, policy, runs = '5', firstYears = '6'] = process.argv.slice(2)
const file = join(resolve(project, policy), 'data.yaml')
const original = await readFile(file, 'utf8')
const line = original.split('\n').find((l) => /^\s+period: not-stated$/.test(l))
if (!line) throw new Error(`no retention line to edit in ${file}: update bench/tasks/dev-rebuild.mjs`)

process.chdir(project)
const builder = createDevBuilder({ cwd: project, paths: ['policies'], out: 'dist', env: {} })
const check = (report, what) => {
  if (!report.ok) throw new Error(`${what} failed:\n${report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.reason}`).join('\n')}`)
}
let started = performance.now()
check(await builder.buildAll(), 'the first build')
const first = performance.now() - started
const rebuilds = []
// With BENCH_PROFILE_DIR, the rebuilds alone (not the first build) are profiled into that folder.
const profiler = process.env.BENCH_PROFILE_DIR ? await startProfiler() : undefined
try {
  for (let i = 0; i < Number(runs); i++) {
    await writeFile(file, original.replace(line, line.replace('not-stated', `P${i + Number(firstYears)}Y`)))
    started = performance.now()
    check(await builder.rebuildPolicies([resolve(project, policy)]), 'a rebuild')
    rebuilds.push(performance.now() - started)
  }
} finally {
  await writeFile(file, original)
  if (profiler) await profiler.stop(join(process.env.BENCH_PROFILE_DIR, 'rebuilds.cpuprofile'))
}
console.log(JSON.stringify({ first, rebuilds }))

async function startProfiler() {
  const { Session } = await import('node:inspector/promises')
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  return {
    async stop(path) {
      const { profile } = await session.post('Profiler.stop')
      await writeFile(path, JSON.stringify(profile))
    },
  }
}
