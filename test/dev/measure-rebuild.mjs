// Measures how long `policyc dev` takes to show a one-line edit to the XWMS policy: from the save
// to the rebuilt site being in place (watch latency and debounce included), and the build alone.
// Runs on a copy of policies/ in a temporary folder; needs the compiled lib/ (`npx tsc -p .`).
//   node test/dev/measure-rebuild.mjs [runs]
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const { startDevLoop } = await import(join(root, 'lib/dev/dev-loop.js'))
const { createDevBuilder } = await import(join(root, 'lib/dev/site-builder.js'))

const runs = Number(process.argv[2] ?? 9)
const project = await mkdtemp(join(tmpdir(), 'policyc-measure-'))
await cp(join(root, 'policies'), join(project, 'policies'), { recursive: true })
const file = join(project, 'policies', 'xwms', 'data.yaml')
const original = await readFile(file, 'utf8')
// A retention period: a fact in the data that no translation repeats, so the edit stays valid.
const line = original.split('\n').find((l) => /^\s+period: not-stated$/.test(l))
if (!line) throw new Error('the XWMS line this script edits is gone: update test/dev/measure-rebuild.mjs')

let onBuilt = () => {}
const reporter = {
  changed() {},
  building() {},
  progress() {},
  built(report, scope, ms) {
    onBuilt(report, scope, ms)
  },
  watching() {},
  error(error) {
    console.error(error)
  },
}
const cwd = process.cwd()
process.chdir(project)
const first = performance.now()
const loop = await startDevLoop({ root: project, out: 'dist', port: 0, builder: createDevBuilder({ cwd: project, paths: ['policies'], out: 'dist', env: {} }), reporter })
console.log(`first build and server start: ${(performance.now() - first).toFixed(0)} ms`)

const saves = []
const builds = []
try {
  for (let i = 0; i < runs; i++) {
    const done = new Promise((resolve) => (onBuilt = (report, scope, ms) => resolve({ report, scope, ms })))
    const saved = performance.now()
    await writeFile(file, original.replace(line, line.replace('not-stated', `P${i + 6}Y`)))
    const { report, scope, ms } = await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error('no rebuild within 30 s')), 30_000).unref())])
    if (!report.ok || scope.kind !== 'policies') throw new Error(`unexpected rebuild: ok=${report.ok} scope=${scope.kind}\n${report.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.reason}`).join('\n')}`)
    saves.push(performance.now() - saved)
    builds.push(ms)
    await loop.idle()
  }
} finally {
  await loop.close()
  process.chdir(cwd)
  await rm(project, { recursive: true, force: true })
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
console.log(`one-line edit to policies/xwms/data.yaml, ${runs} runs`)
console.log(`  save → site rebuilt (watch + debounce + build): median ${median(saves).toFixed(0)} ms  [${saves.map((v) => v.toFixed(0)).join(', ')}]`)
console.log(`  rebuild alone (check xwms, write the site):     median ${median(builds).toFixed(0)} ms  [${builds.map((v) => v.toFixed(0)).join(', ')}]`)
