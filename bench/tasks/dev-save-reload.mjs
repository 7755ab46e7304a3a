// The edit loop as a reader of the preview sees it: `policyc dev` (startDevLoop, with its real
// watcher, debounce, rebuild and live-reload hub) on a project, one browser-like client on the
// live-reload stream, and a save to one policy's data.yaml. For each save it records
//   saveToReload   from the write of the file to the `reload` event reaching the client,
//   eventToReload  from the watcher's delivery of the change (after its debounce) to that event; policyc dev starts
//                  checking at the first file event, so this is mostly the tail after the burst settled,
//   cpuMs          this process's CPU time (user + system) over the same save-to-reload span.
// Each save changes one retention period to a new value, so every rebuild has real work; the file is
// restored at the end. The client says which page it shows (the policy's EEA page, as a browser tab
// does: `?page=`), since the preview renders that page before the reload and the rest on request;
//   pageMs         from the reload event to the reloaded page's response (the browser's next request).
//   node bench/tasks/dev-save-reload.mjs PROJECT POLICY_FOLDER RUNS [FIRST]   (prints JSON)
import { request } from 'node:http'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const { startDevLoop } = await import(join(root, 'lib/dev/dev-loop.js'))
const { createDevBuilder } = await import(join(root, 'lib/dev/site-builder.js'))

const [project, policy, runs = '5', firstYears = '6'] = process.argv.slice(2)
const file = join(resolve(project, policy), 'data.yaml')
const original = await readFile(file, 'utf8')
const line = original.split('\n').find((l) => /^\s+period: not-stated$/.test(l))
if (!line) throw new Error(`no retention line to edit in ${file}: update bench/tasks/dev-save-reload.mjs`)

const id = /^id: *(\S+)/m.exec(await readFile(join(resolve(project, policy), 'policy.yaml'), 'utf8'))?.[1]
if (!id) throw new Error(`no id in ${policy}/policy.yaml: update bench/tasks/dev-save-reload.mjs`)
const page = `/${id}/eea/`
let changedAt = 0
const reporter = { changed: () => (changedAt = performance.now()), building() {}, progress() {}, built() {}, watching() {}, error: (error) => console.error(error) }
process.chdir(project)
const loop = await startDevLoop({ root: project, out: 'dist', port: 0, builder: createDevBuilder({ cwd: project, paths: ['policies'], out: 'dist', env: {} }), reporter })

// The live-reload stream, read as the page's client reads it: each `event: reload` wakes a waiter.
let onReload = () => {}
let onProblems = () => {}
const stream = await new Promise((done, fail) => {
  const req = request(`${loop.url}__policyc/events?page=${encodeURIComponent(page)}`, (response) => {
    let buffer = ''
    response.setEncoding('utf8')
    response.on('data', (chunk) => {
      buffer += chunk
      let end
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const message = buffer.slice(0, end)
        buffer = buffer.slice(end + 2)
        if (message.startsWith('event: reload')) onReload(performance.now())
        if (message.startsWith('event: problems')) onProblems(message)
      }
    })
    done(req)
  })
  req.on('error', fail)
  req.end()
})

const saveToReload = []
const eventToReload = []
const cpuMs = []
const pageMs = []
const fetchPage = () =>
  new Promise((done, fail) => {
    request(`${loop.url}${page.slice(1)}`, (response) => {
      response.resume()
      response.on('end', () => (response.statusCode === 200 ? done() : fail(new Error(`${page}: HTTP ${response.statusCode}`))))
    })
      .on('error', fail)
      .end()
  })
try {
  for (let i = 0; i < Number(runs); i++) {
    const reloaded = new Promise((done, fail) => {
      onReload = done
      onProblems = (message) => fail(new Error(`the rebuild failed: ${message}`))
      setTimeout(() => fail(new Error('no reload within 60 s')), 60_000).unref()
    })
    const cpu = process.cpuUsage()
    const saved = performance.now()
    await writeFile(file, original.replace(line, line.replace('not-stated', `P${i + Number(firstYears)}Y`)))
    const at = await reloaded
    const used = process.cpuUsage(cpu)
    saveToReload.push(at - saved)
    eventToReload.push(at - changedAt)
    cpuMs.push((used.user + used.system) / 1000)
    await fetchPage()
    pageMs.push(performance.now() - at)
    await loop.idle()
  }
} finally {
  await writeFile(file, original)
  stream.destroy()
  await loop.close()
}
console.log(JSON.stringify({ saveToReload, eventToReload, cpuMs, pageMs }))
