// A/B timing of two command lines, interleaved, in one process tree: medians and their ratio.
// Each side is a shell-free argv given as JSON; an optional setup argv per side runs before each
// of its runs, untimed.
//   node bench/ab.mjs '{"cwd":"…","runs":7,"a":{"name":"…","argv":["node",…],"setup":[…]},"b":{…}}'
import { execFileSync } from 'node:child_process'
import { median, run } from './support/spawn.mjs'

const spec = JSON.parse(process.argv[2])
const sides = [spec.a, spec.b]
const times = sides.map(() => [])
const rss = sides.map(() => [])
// CPU time (user + system) of the child, from the probe: on a shared machine the steadier figure.
const cpu = sides.map(() => [])
for (let i = 0; i < (spec.runs ?? 7); i++) {
  for (const [k, side] of sides.entries()) {
    if (side.setup) execFileSync(side.setup[0], side.setup.slice(1), { cwd: spec.cwd, stdio: 'ignore' })
    const [command, ...args] = side.argv
    const result = await run(command, args, { cwd: spec.cwd, ok: side.ok ?? [0, 1], env: side.env ?? {} })
    times[k].push(result.ms)
    rss[k].push(result.rssKB)
    cpu[k].push(result.cpuMs)
  }
}
const [a, b] = times.map(median)
for (const [k, side] of sides.entries()) console.log(`${side.name}: median ${median(times[k]).toFixed(0)} ms wall, ${median(cpu[k]).toFixed(0)} ms CPU, peak RSS ${Math.round(median(rss[k]) / 1024)} MB  [${times[k].map((t) => t.toFixed(0)).join(', ')}]`)
console.log(`ratio ${sides[1].name} / ${sides[0].name}: ${(b / a).toFixed(2)} wall, ${(median(cpu[1]) / median(cpu[0])).toFixed(2)} CPU`)
