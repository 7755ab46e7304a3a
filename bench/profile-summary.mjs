// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time,
// the packages/files that time falls in, and the inclusive time of named functions (stages).
// Usage: node bench/profile-summary.mjs FILE.cpuprofile [top] [checkPolicies,buildSite,...]
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

/** Reads a profile and returns { total, functions: [{name, where, ms, share}], files: [...] }. */
export async function summariseProfile(file, top = 15, stages = []) {
  const profile = JSON.parse(await readFile(file, 'utf8'))
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map()
  const deltas = profile.timeDeltas
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]
    self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0))
  }
  const functions = new Map()
  const files = new Map()
  let total = 0
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id)
    total += us
    const where = shortUrl(callFrame.url)
    const name = callFrame.functionName || '(anonymous)'
    const key = `${name} ${where}:${callFrame.lineNumber + 1}`
    functions.set(key, (functions.get(key) ?? 0) + us)
    const group = groupOf(callFrame.url, name)
    files.set(group, (files.get(group) ?? 0) + us)
  }
  // Inclusive time of named functions (a stage each), not counted twice when one calls itself.
  const inclusive = new Map()
  if (stages.length) {
    const children = new Map(profile.nodes.map((n) => [n.id, n.children ?? []]))
    const total = (id) => (self.get(id) ?? 0) + children.get(id).reduce((sum, child) => sum + total(child), 0)
    const walk = (id, inside) => {
      const name = byId.get(id).callFrame.functionName
      if (stages.includes(name) && !inside.has(name)) {
        inclusive.set(name, (inclusive.get(name) ?? 0) + total(id))
        inside = new Set(inside).add(name)
      }
      for (const child of children.get(id)) walk(child, inside)
    }
    walk(profile.nodes[0].id, new Set())
  }
  const rank = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, us]) => ({ name, ms: Math.round(us / 1000), share: Math.round((1000 * us) / total) / 10 }))
  return { totalMs: Math.round(total / 1000), functions: rank(functions), groups: rank(files), stages: stages.map((name) => ({ name, ms: Math.round((inclusive.get(name) ?? 0) / 1000), share: Math.round((1000 * (inclusive.get(name) ?? 0)) / total) / 10 })) }
}

function shortUrl(url) {
  if (!url) return ''
  const at = url.lastIndexOf('node_modules/')
  if (at >= 0) return url.slice(at + 'node_modules/'.length)
  const lib = url.indexOf('/lib/')
  return lib >= 0 ? url.slice(lib + 1) : url.replace(/^file:\/\//, '')
}

/** A package name, a policyc folder (lib/render/html), or the engine's own bucket. */
function groupOf(url, name) {
  if (!url) return name.startsWith('(') ? name : '(native)'
  const at = url.lastIndexOf('node_modules/')
  if (at >= 0) {
    const parts = url.slice(at + 'node_modules/'.length).split('/')
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
  }
  if (url.startsWith('node:')) return 'node internals'
  const lib = url.indexOf('/lib/')
  if (lib >= 0) return url.slice(lib + 1).split('/').slice(0, -1).join('/')
  return url
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, top = '15', stages = ''] = process.argv.slice(2)
  const summary = await summariseProfile(file, Number(top), stages ? stages.split(',') : [])
  console.log(`total sampled: ${summary.totalMs} ms`)
  if (summary.stages.length) {
    console.log('\ninclusive time of stages:')
    for (const g of summary.stages) console.log(`  ${String(g.ms).padStart(6)} ms ${String(g.share).padStart(5)}%  ${g.name}`)
  }
  console.log('\nself time by function:')
  for (const f of summary.functions) console.log(`  ${String(f.ms).padStart(6)} ms ${String(f.share).padStart(5)}%  ${f.name}`)
  console.log('\nself time by package / folder:')
  for (const g of summary.groups) console.log(`  ${String(g.ms).padStart(6)} ms ${String(g.share).padStart(5)}%  ${g.name}`)
}
