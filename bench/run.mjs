// `npm run bench`: policyc against its peers and floors on the same content, as medians of
// several runs in this one process tree. Prints one table and writes bench/results.json.
//
//   node bench/run.mjs            N = 100 and 1000 (about 15 minutes on a quiet 2-core machine)
//   node bench/run.mjs --quick    N = 20 and 50, fewer runs (a couple of minutes)
//   options: --profile (profile every missed target, summary in results.json),
//            --keep (leave the temporary projects), --sizes=S,L, --out=FILE,
//            --eleventy-max=N (no Eleventy run on corpora above N policies: at 1000 it runs out of an 8 GB heap)
//
// Needs the compiled lib/ (`npx tsc -p .`; `npm install` does it) and, for the Eleventy column,
// the dev dependency @11ty/eleventy. Every figure is wall time of a child process from spawn to
// exit (start-up included), except the incremental rebuilds, which are timed inside the dev
// builder's process as `policyc dev` reports them.
import { existsSync, rmSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateCorpus } from './generate-corpus.mjs'
import { median, run, stopChildren } from './support/spawn.mjs'
import { summariseProfile } from './profile-summary.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'lib', 'cli', 'index.js')
const eleventyBin = join(root, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs')
const task = (name) => join(root, 'bench', 'tasks', name)

const argv = process.argv.slice(2)
const flag = (name) => argv.includes(`--${name}`)
const option = (name) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const quick = flag('quick')
const [SMALL, LARGE] = (option('sizes') ?? (quick ? '20,50' : '100,1000')).split(',').map(Number)
/** Runs per figure; a figure stops early once its time budget is spent (after its first run). */
// Saves: the first few after \`policyc dev\` starts run code V8 has not optimised yet (150–190 ms
// against ~100 ms later, session 19), so the figure takes enough saves for a steady median and
// states the first five's apart.
const RUNS = quick ? { startup: 9, xwms: 3, small: 2, large: 2, rebuilds: 3, saves: 7 } : { startup: 15, xwms: 5, small: 5, large: 3, rebuilds: 5, saves: 15 }
const BUDGET_MS = quick ? 25_000 : 150_000
/** How many Markdown pages the unified floor takes (evenly spaced over all of them). */
const FLOOR_PAGES = quick ? 24 : 120
const resultsFile = option('out') ?? join(root, 'bench', 'results.json')
/** Eleventy's heap (it needs more than Node's default for 2,500 pages; 1000 policies outgrow even this). */
const ELEVENTY_HEAP_MB = 8192

if (!existsSync(cli)) {
  console.error('bench: lib/ is missing; compile first with `npx tsc -p .`')
  process.exit(2)
}
const hasEleventy = existsSync(eleventyBin)
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  freeMemoryGB: Math.round(freemem() / 2 ** 30),
  os: `${platform()} ${release()}`,
  node: process.version,
  loadAverageAtStart: loadavg().map((l) => Math.round(l * 100) / 100),
}
const started = performance.now()
const log = (line) => process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`)
log(`policyc ${pkg.version} bench${quick ? ' --quick' : ''}: N = ${SMALL} and ${LARGE}; ${machine.cores} × ${machine.cpu}, node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`)

const work = await mkdtemp(join(tmpdir(), 'policyc-bench-'))
// Interrupted (Ctrl-C, a timeout): the temporary projects go too, unless --keep.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopChildren()
    if (!flag('keep')) rmSync(work, { recursive: true, force: true })
    process.exit(130)
  })
}
const samples = {}

/** Runs `once` up to `runs` times (at least once; stops when the budget is spent) and keeps every sample under `name`. */
async function measure(name, runs, once, budget = BUDGET_MS) {
  const list = (samples[name] = [])
  const begin = performance.now()
  for (let i = 0; i < runs; i++) {
    // Only numbers are kept: the children's output made results.json 189 MB.
    const { ms, rssKB, cpuMs, code } = await once(i)
    list.push({ ms, rssKB, cpuMs, code })
    if (performance.now() - begin > budget && i + 1 < runs) {
      log(`  ${name}: budget spent after ${i + 1} of ${runs} runs`)
      break
    }
  }
  const result = { runs: list.length, ms: median(list.map((s) => s.ms)), cpuMs: median(list.map((s) => s.cpuMs)), rssKB: median(list.map((s) => s.rssKB)) }
  log(`  ${name}: median ${fmtMs(result.ms)} of ${list.length}${result.cpuMs ? `, CPU ${fmtMs(result.cpuMs)}` : ''}${result.rssKB ? `, peak RSS ${fmtMB(result.rssKB)}` : ''}`)
  return result
}

const policyc = (args, cwd, ok) => run('node', [cli, ...args], { cwd, ok })
const builtPages = (stdout) => Number(/built (\d+) pages/.exec(stdout)?.[1] ?? NaN)

try {
  // The projects: the XWMS notice alone, and two generated corpora.
  const projects = { xwms: join(work, 'xwms'), small: join(work, `n${SMALL}`), large: join(work, `n${LARGE}`) }
  await cp(join(root, 'policies', 'xwms'), join(projects.xwms, 'policies', 'xwms'), { recursive: true })
  for (const [key, count] of [['small', SMALL], ['large', LARGE]]) {
    log(`generating ${count} policies`)
    await generateCorpus(count, join(projects[key], 'policies'))
  }

  log('start-up: policyc --version against node -e 0, interleaved')
  const startup = { node: [], policyc: [] }
  for (let i = 0; i < RUNS.startup; i++) {
    startup.node.push((await run('node', ['-e', '0'], { probe: false })).ms)
    startup.policyc.push((await run('node', [cli, '--version'], { probe: false })).ms)
  }
  samples.startup = startup
  const figures = { startup: { policyc: median(startup.policyc), node: median(startup.node) } }
  log(`  median: policyc --version ${fmtMs(figures.startup.policyc)}, node -e 0 ${fmtMs(figures.startup.node)}`)
  // `check` of one small policy against `node -e 0`, interleaved, CPU ms from the probe (issue 19 item 6).
  // Run from this folder, so the first run fills the project's check cache and the median is a
  // check of an unchanged policy: start-up itself, not the lint.
  log('start-up: policyc check of one small policy against node -e 0, interleaved')
  const small = join(root, 'test', 'fixtures', 'render', 'mini')
  const checkStart = { node: [], check: [] }
  for (let i = 0; i < RUNS.startup; i++) {
    checkStart.node.push(await run('node', ['-e', '0']))
    checkStart.check.push(await run('node', [cli, 'check', small], { ok: [0, 1] }))
  }
  samples.startupCheck = Object.fromEntries(Object.entries(checkStart).map(([k, list]) => [k, list.map(({ ms, cpuMs }) => ({ ms, cpuMs }))]))
  figures.startupCheck = Object.fromEntries(Object.entries(checkStart).map(([k, list]) => [k, { ms: median(list.map((r) => r.ms)), cpuMs: median(list.map((r) => r.cpuMs)) }]))

  for (const key of ['xwms', 'small', 'large']) {
    const cwd = projects[key]
    const runs = RUNS[key]
    const count = key === 'xwms' ? 1 : key === 'small' ? SMALL : LARGE
    log(`${key} (${count} polic${count === 1 ? 'y' : 'ies'})`)
    const f = (figures[key] = { policies: count })
    // Cold: no parse cache of section bodies (src/prose/parse-cache.ts) and no check cache
    // (src/load/check-cache.ts); its last run leaves both filled, so the check figure after it is
    // the warm one, as a second run in a project sees. Between them, every policy checked again
    // with only the parse cache warm: what a check costs after every policy changed.
    const proseCache = join(cwd, 'node_modules', '.cache', 'policyc', 'prose')
    const checkCache = join(cwd, 'node_modules', '.cache', 'policyc', 'check')
    f.checkCold = await measure(`${key}.check.cold`, runs, async () => {
      await rm(proseCache, { recursive: true, force: true })
      await rm(checkCache, { recursive: true, force: true })
      return policyc(['check', 'policies'], cwd, [0, 1])
    })
    f.checkParsed = await measure(`${key}.check.parsed`, runs, async () => {
      await rm(checkCache, { recursive: true, force: true })
      return policyc(['check', 'policies'], cwd, [0, 1])
    })
    f.check = await measure(`${key}.check`, runs, () => policyc(['check', 'policies'], cwd, [0, 1]))
    f.yaml = await measure(`${key}.floor.yaml`, runs, () => run('node', [task('floor-yaml.mjs'), 'policies'], { cwd }))
    let pages
    f.cold = await measure(`${key}.build.cold`, runs, async () => {
      await clean(cwd)
      const result = await policyc(['build', 'policies', '--out', 'dist'], cwd)
      pages = builtPages(result.stdout)
      return result
    })
    f.pages = pages
    f.weight = await siteWeight(join(cwd, 'dist'))
    // The same cold build in two worker threads (`--jobs 2`), on the smaller corpus only.
    if (key === 'small') {
      f.coldJobs = await measure(`${key}.build.cold.jobs2`, runs, async () => {
        await clean(cwd)
        return policyc(['build', 'policies', '--out', 'dist', '--jobs', '2'], cwd)
      })
    }
    f.warm = await measure(`${key}.build.warm`, runs, () => policyc(['build', 'policies', '--out', 'dist'], cwd))

    // The same Markdown for the peers: every index.md policyc wrote.
    const md = join(cwd, 'md')
    const copied = await copyMarkdown(join(cwd, 'dist'), md)
    f.markdownPages = copied
    // remark is slow (the reason policyc parses every body once): the floor takes an evenly spaced
    // sample of the pages and is compared per page.
    const sample = await sampleOf(md, FLOOR_PAGES)
    f.unified = await measure(`${key}.floor.unified`, runs, async () => {
      await rm(join(cwd, 'unified-out'), { recursive: true, force: true })
      return run('node', [task('floor-unified.mjs'), 'md', 'unified-out', sample.list], { cwd })
    })
    f.unified.pages = sample.count
    const eleventyMax = Number(option('eleventy-max') ?? Infinity)
    if (hasEleventy && count > eleventyMax) f.eleventySkipped = `--eleventy-max=${eleventyMax}`
    else if (hasEleventy) {
      await mkdir(join(md, '_includes'), { recursive: true })
      await cp(join(root, 'bench', 'eleventy', 'page.liquid'), join(md, '_includes', 'page.liquid'))
      let eleventyPages
      try {
        f.eleventy = await measure(`${key}.eleventy`, runs, async () => {
          await rm(join(cwd, '_site'), { recursive: true, force: true })
          const result = await run('node', [eleventyBin, '--config', join(root, 'bench', 'eleventy', 'eleventy.config.mjs'), '--input', 'md', '--output', '_site', '--quiet'], {
            cwd,
            env: { NODE_OPTIONS: `--max-old-space-size=${ELEVENTY_HEAP_MB}` },
          })
          eleventyPages = Number(/(?:Wrote|Copied) (\d+) files?/.exec(result.stdout + result.stderr)?.[1] ?? NaN)
          return result
        })
        f.eleventy.pages = eleventyPages
      } catch (error) {
        // Eleventy keeps every page in memory: on the 1000-policy corpus it ran out of an 8 GB heap.
        const reason = /heap out of memory/.test(String(error)) ? `out of memory with a ${ELEVENTY_HEAP_MB / 1024} GB heap` : String(error).split('\n')[0]
        f.eleventyFailed = reason
        await rm(join(cwd, '_site'), { recursive: true, force: true })
        log(`  ${key}.eleventy: failed, ${reason}`)
      }
    }

    const policy = key === 'xwms' ? 'policies/xwms' : join('policies', (await readdir(join(cwd, 'policies'))).sort()[Math.floor(count / 2)])
    try {
      const dev = await run('node', [task('dev-rebuild.mjs'), cwd, policy, String(RUNS.rebuilds)], { cwd })
      const timings = JSON.parse(dev.stdout.trim().split('\n').at(-1))
      samples[`${key}.dev`] = timings
      f.devFirst = timings.first
      f.rebuild = { runs: timings.rebuilds.length, ms: median(timings.rebuilds), rssKB: dev.rssKB }
      log(`  ${key}.dev: first build ${fmtMs(timings.first)}, rebuild median ${fmtMs(f.rebuild.ms)} of ${timings.rebuilds.length}`)
    } catch (error) {
      // Recorded, not fatal: in session 17 dev's first build of 1000 policies ran out of memory (it kept every model; fixed in session 18).
      f.rebuildFailed = /heap out of memory/.test(String(error)) ? 'out of memory' : String(error).split('\n')[0]
      log(`  ${key}.dev: failed, ${f.rebuildFailed}`)
    }
    if (key === 'xwms') {
      // The edit loop as the reader sees it: `policyc dev` with its watcher, from the save to the
      // live-reload event on the page's stream (tasks/dev-save-reload.mjs), wall and CPU.
      const loop = await run('node', [task('dev-save-reload.mjs'), cwd, policy, String(RUNS.saves), '60'], { cwd })
      const seen = JSON.parse(loop.stdout.trim().split('\n').at(-1))
      samples[`${key}.saveReload`] = seen
      f.saveReload = { runs: seen.saveToReload.length, ms: median(seen.saveToReload), firstMs: median(seen.saveToReload.slice(0, 5)), fromEventMs: median(seen.eventToReload), cpuMs: median(seen.cpuMs) }
      log(`  ${key}.save→reload: median ${fmtMs(f.saveReload.ms)} (${fmtMs(f.saveReload.cpuMs)} CPU) of ${seen.saveToReload.length}`)
    }
    if (!flag('keep')) await rm(join(cwd, 'unified-out'), { recursive: true, force: true })
  }

  log('diff of two versions of the XWMS notice')
  const versions = await twoVersions(join(work, 'diff'))
  // Only exit 0 counts: without --fail-on a diff of two valid versions exits 0, and anything else
  // (an invalid side) stops the benchmark rather than being timed as if it were a diff.
  figures.diff = await measure('diff', RUNS.xwms, () => policyc(['diff', versions.a, versions.b], join(work, 'diff'), [0]))
  figures.diffFloor = await measure('diff.floor', RUNS.xwms, () => run('node', [task('floor-text-diff.mjs'), versions.a, versions.b], { cwd: join(work, 'diff') }))

  const rows = tableRows(figures)
  const targets = rows.filter((r) => r.target)
  if (flag('profile')) {
    await rm(join(root, 'bench', 'profiles'), { recursive: true, force: true })
    for (const row of targets.filter((r) => r.met === false)) row.profile = await profileFor(row, projects)
  }
  const table = formatTable(rows)
  process.stdout.write(`\n${table}\n`)
  process.stdout.write(`\n${machineLine()}\n`)
  const results = {
    policyc: pkg.version,
    mode: quick ? 'quick' : 'full',
    sizes: { small: SMALL, large: LARGE },
    machine: { ...machine, loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100) },
    seconds: Math.round((performance.now() - started) / 1000),
    rows,
    figures,
    samples,
    table,
  }
  await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
  log(`wrote ${relative(process.cwd(), resultsFile)}`)
} finally {
  if (flag('keep')) log(`kept ${work}`)
  else await rm(work, { recursive: true, force: true })
}

/** Bytes written: the HTML pages alone and the whole site, each per published HTML page. */
async function siteWeight(dist) {
  let htmlBytes = 0
  let siteBytes = 0
  let htmlPages = 0
  for (const entry of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const size = (await stat(join(entry.parentPath ?? entry.path, entry.name))).size
    siteBytes += size
    if (entry.name.endsWith('.html')) {
      htmlBytes += size
      htmlPages++
    }
  }
  return { htmlPages, htmlBytesPerPage: htmlBytes / htmlPages, siteBytesPerPage: siteBytes / htmlPages }
}

/** Removes a project's output and policyc's cache (node_modules/.cache/policyc): the next build is cold. */
async function clean(cwd) {
  await rm(join(cwd, 'dist'), { recursive: true, force: true })
  await rm(join(cwd, 'node_modules', '.cache', 'policyc'), { recursive: true, force: true })
}

async function copyMarkdown(from, to) {
  await rm(to, { recursive: true, force: true })
  let count = 0
  for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.md') continue
    const source = join(entry.parentPath ?? entry.path, entry.name)
    const target = join(to, relative(from, source))
    await mkdir(dirname(target), { recursive: true })
    await cp(source, target)
    count++
  }
  return count
}

/** An evenly spaced sample of the .md files under `dir`, written as a list file; returns its path and size. */
async function sampleOf(dir, count) {
  const all = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)))
    .sort()
  const step = Math.max(1, all.length / count)
  const picked = []
  for (let i = 0; i < all.length && picked.length < count; i += step) picked.push(all[Math.floor(i)])
  const list = join(dirname(dir), 'floor-sample.txt')
  await writeFile(list, `${picked.join('\n')}\n`)
  return { list, count: picked.length }
}

/** Two versions of the XWMS notice: as it is, and with a retention period, a recipient's purpose and some wording changed. */
async function twoVersions(dir) {
  const a = join(dir, 'a', 'xwms')
  const b = join(dir, 'b', 'xwms')
  await cp(join(root, 'policies', 'xwms'), a, { recursive: true })
  await cp(join(root, 'policies', 'xwms'), b, { recursive: true })
  const data = await readFile(join(b, 'data.yaml'), 'utf8')
  const line = data.split('\n').find((l) => /^\s+period: not-stated$/.test(l))
  if (!line) throw new Error('the XWMS line the diff bench edits is gone: update bench/run.mjs')
  await writeFile(join(b, 'data.yaml'), data.replace(line, line.replace('not-stated', 'P10Y')))
  const sections = await readFile(join(b, 'sections.yaml'), 'utf8')
  // The wording change lands in a body line (an indented prose line), never in an `id:`, which
  // would make that side invalid and time a failure instead of a diff.
  const prose = sections.split('\n').find((l) => /^\s{6,}\S/.test(l) && !/^\s*[\w-]+:/.test(l) && /\bwe\b/.test(l))
  if (!prose) throw new Error('no prose line with "we" in the XWMS sections: update bench/run.mjs')
  await writeFile(join(b, 'sections.yaml'), sections.replace(prose, prose.replace(/\bwe\b/, 'we, XWMS,')))
  return { a: relative(dir, a), b: relative(dir, b) }
}

/** The table: each figure with policyc's number, the peer's or floor's, their ratio, and the target. */
function tableRows(f) {
  const rows = []
  const L = f.large
  const S = f.small
  const X = f.xwms
  const perPage = (ms, pages) => (ms !== undefined && pages ? ms / pages : undefined)
  rows.push({
    figure: 'start-up: `policyc --version` vs `node -e 0`',
    policyc: fmtMs(f.startup.policyc),
    peer: fmtMs(f.startup.node),
    ratio: `+${fmtMs(f.startup.policyc - f.startup.node)}`,
    target: '≤ +50 ms',
    met: f.startup.policyc - f.startup.node <= 50,
  })
  if (f.startupCheck) {
    const { check, node } = f.startupCheck
    rows.push({
      figure: `start-up: \`policyc check\` of one small policy, unchanged since its last check, vs \`node -e 0\`, CPU ms (wall ${fmtMs(check.ms)} vs ${fmtMs(node.ms)})`,
      policyc: fmtMs(check.cpuMs),
      peer: fmtMs(node.cpuMs),
      ratio: fmtRatio(check.cpuMs / node.cpuMs),
      target: '≤ 2×',
      met: check.cpuMs / node.cpuMs <= 2,
    })
  }
  for (const [label, p] of [[`N=${LARGE}`, L], [`N=${SMALL}`, S]]) {
    rows.push({
      figure: `check ${p.policies} policies, warm caches (nothing changed since the last check), vs \`yaml\` parse of the same files (CPU ms: ${fmtMs(p.check.cpuMs)} vs ${fmtMs(p.yaml.cpuMs)})`,
      policyc: fmtMs(p.check.ms),
      peer: fmtMs(p.yaml.ms),
      ratio: fmtRatio(p.check.ms / p.yaml.ms),
    })
    if (p.checkParsed) {
      rows.push({
        figure: `check ${p.policies} policies, every policy checked again (parse cache warm, check cache empty), vs \`yaml\` parse (CPU ms: ${fmtMs(p.checkParsed.cpuMs)} vs ${fmtMs(p.yaml.cpuMs)})`,
        policyc: fmtMs(p.checkParsed.ms),
        peer: fmtMs(p.yaml.ms),
        ratio: fmtRatio(p.checkParsed.ms / p.yaml.ms),
        // The issue's target is for a warm parse cache; the check cache (nothing changed) is the row above, with no target.
        ...(label === `N=${LARGE}` ? { target: '≤ 1.5×', met: p.checkParsed.ms / p.yaml.ms <= 1.5 } : {}),
      })
    }
    if (p.checkCold) {
      rows.push({
        figure: `check ${p.policies} policies, cold (no parse or check cache), vs \`yaml\` parse (CPU ms: ${fmtMs(p.checkCold.cpuMs)} vs ${fmtMs(p.yaml.cpuMs)})`,
        policyc: fmtMs(p.checkCold.ms),
        peer: fmtMs(p.yaml.ms),
        ratio: fmtRatio(p.checkCold.ms / p.yaml.ms),
      })
    }
  }
  // The XWMS notice alone: the issue's first figure for \`check\` (a notice as its editors check it).
  rows.push({
    figure: `check the XWMS notice, every figure vs \`yaml\` parse of its files: parse cache warm / cold / unchanged since the last check (CPU ms: ${fmtMs(X.checkParsed.cpuMs)} / ${fmtMs(X.checkCold.cpuMs)} / ${fmtMs(X.check.cpuMs)} vs ${fmtMs(X.yaml.cpuMs)})`,
    policyc: `${fmtMs(X.checkParsed.ms)} / ${fmtMs(X.checkCold.ms)} / ${fmtMs(X.check.ms)}`,
    peer: fmtMs(X.yaml.ms),
    ratio: [X.checkParsed, X.checkCold, X.check].map((c) => fmtRatio(c.ms / X.yaml.ms)).join(' / '),
  })
  for (const p of [S, L]) {
    const ours = perPage(p.cold.ms, p.pages)
    // Where Eleventy could not build the corpus at all, its time per page on the smaller corpus
    // (the same pages, ten times fewer) stands in, and the row says so.
    const stand = p.eleventy ? undefined : p === L && S.eleventy ? S : undefined
    const source = p.eleventy ? p : stand
    const theirs = source ? perPage(source.eleventy.ms, source.eleventy.pages) : undefined
    const missing = p.eleventyFailed ? `failed here (${p.eleventyFailed})` : p.eleventySkipped ? `not run here (${p.eleventySkipped})` : undefined
    const peerNote = missing ? `Eleventy 3 ${missing}${stand ? `; its per-page time at N=${stand.policies}` : ''}` : `Eleventy 3 (${p.eleventy?.pages ?? 'n/a'} pages)`
    const cpuRatio = source?.eleventy.cpuMs && p.cold.cpuMs ? perPage(p.cold.cpuMs, p.pages) / perPage(source.eleventy.cpuMs, source.eleventy.pages) : undefined
    rows.push({
      figure: `cold build ${p.policies} policies, per HTML page (${p.pages} pages × 3 formats) vs ${peerNote}${cpuRatio === undefined ? '' : `; CPU ms per page ${fmtMs(perPage(p.cold.cpuMs, p.pages), 2)} vs ${fmtMs(perPage(source.eleventy.cpuMs, source.eleventy.pages), 2)}, ${fmtRatio(cpuRatio)}`}`,
      policyc: `${fmtMs(ours, 2)} (${fmtMs(p.cold.ms)})`,
      peer: theirs === undefined ? 'n/a' : `${fmtMs(theirs, 2)} (${fmtMs(source.eleventy.ms)})`,
      ratio: theirs === undefined ? 'n/a' : fmtRatio(ours / theirs),
      ...(p === L ? { target: '≤ 0.5×', met: theirs === undefined ? undefined : ours / theirs <= 0.5 } : {}),
    })
  }
  for (const p of [S, L]) {
    const ours = perPage(p.cold.ms, p.pages)
    const floor = perPage(p.unified.ms, p.unified.pages)
    rows.push({
      figure: `cold build ${p.policies} policies per HTML page vs bare unified, Markdown → HTML, per page (${p.unified.pages} of the pages)`,
      policyc: fmtMs(ours, 2),
      peer: fmtMs(floor, 2),
      ratio: fmtRatio(ours / floor),
    })
  }
  if (S.coldJobs) {
    rows.push({
      figure: `cold build ${S.policies} policies in two worker threads (\`--jobs 2\`) vs one thread`,
      policyc: fmtMs(S.coldJobs.ms),
      peer: fmtMs(S.cold.ms),
      ratio: fmtRatio(S.coldJobs.ms / S.cold.ms),
    })
  }
  for (const p of [S, L]) {
    rows.push({
      figure: `warm build ${p.policies} policies (nothing changed) vs cold`,
      policyc: fmtMs(p.warm.ms),
      peer: fmtMs(p.cold.ms),
      ratio: fmtPercent(p.warm.ms / p.cold.ms),
      ...(p === L ? { target: '≤ 10%', met: p.warm.ms / p.cold.ms <= 0.1 } : {}),
    })
  }
  for (const p of [S, L]) {
    rows.push({
      figure: `incremental rebuild, one policy edited in ${p.policies} (dev path) vs cold`,
      policyc: p.rebuild ? fmtMs(p.rebuild.ms) : `failed: ${p.rebuildFailed}`,
      peer: fmtMs(p.cold.ms),
      ratio: p.rebuild ? fmtPercent(p.rebuild.ms / p.cold.ms) : 'n/a',
      ...(p === L ? { target: '≤ 2%', met: p.rebuild ? p.rebuild.ms / p.cold.ms <= 0.02 : false } : {}),
    })
  }
  for (const [name, p] of [['the XWMS notice', X], [`${L.policies} policies`, L]]) {
    rows.push({
      figure: `page weight, ${name}: bytes per HTML page, the page alone vs the whole site per page`,
      policyc: fmtBytes(p.weight.htmlBytesPerPage),
      peer: fmtBytes(p.weight.siteBytesPerPage),
      ratio: fmtRatio(p.weight.htmlBytesPerPage / p.weight.siteBytesPerPage),
    })
  }
  for (const p of [S, L]) {
    rows.push({
      figure: `CPU time (user + system) of the cold build of ${p.policies} policies vs its wall time`,
      policyc: fmtMs(p.cold.cpuMs),
      peer: fmtMs(p.cold.ms),
      ratio: fmtRatio(p.cold.cpuMs / p.cold.ms),
    })
  }
  rows.push({ figure: 'incremental rebuild, the XWMS notice alone (dev path, the rebuild call only)', policyc: fmtMs(X.rebuild.ms), peer: '', ratio: '' })
  if (X.saveReload) {
    rows.push({
      figure: `XWMS save → live-reload event in \`policyc dev\` (watcher and debounce included; CPU ms as peer), median of ${X.saveReload.runs} saves; the first five after start-up: ${fmtMs(X.saveReload.firstMs)}`,
      policyc: fmtMs(X.saveReload.ms),
      peer: fmtMs(X.saveReload.cpuMs),
      ratio: '',
      target: '< 150 ms',
      met: X.saveReload.ms < 150,
    })
  }
  rows.push({ figure: 'cold build, the XWMS notice alone', policyc: fmtMs(X.cold.ms), peer: X.eleventy ? fmtMs(X.eleventy.ms) : 'n/a', ratio: X.eleventy ? fmtRatio(X.cold.ms / X.eleventy.ms) : 'n/a' })
  rows.push({
    figure: '`policyc diff` of two XWMS versions vs a line diff of the same files',
    policyc: fmtMs(f.diff.ms),
    peer: fmtMs(f.diffFloor.ms),
    ratio: fmtRatio(f.diff.ms / f.diffFloor.ms),
  })
  rows.push({
    figure: `peak RSS, cold build ${L.policies} policies vs Eleventy`,
    policyc: fmtMB(L.cold.rssKB),
    peer: L.eleventy ? fmtMB(L.eleventy.rssKB) : L.eleventyFailed ? `failed: ${L.eleventyFailed}` : L.eleventySkipped ? `not run (${L.eleventySkipped})` : 'n/a',
    ratio: L.eleventy ? fmtRatio(L.cold.rssKB / L.eleventy.rssKB) : 'n/a',
    target: '< 600 MB',
    met: L.cold.rssKB < 600 * 1024,
  })
  // Linear: the memory each added policy costs does not grow with the number of policies.
  const slopeSmall = (S.cold.rssKB - X.cold.rssKB) / (S.policies - 1)
  const slopeLarge = (L.cold.rssKB - S.cold.rssKB) / (L.policies - S.policies)
  rows.push({
    figure: `peak RSS per added policy, ${S.policies}→${L.policies} vs 1→${S.policies}`,
    policyc: `${fmtKB(slopeLarge)}`,
    peer: `${fmtKB(slopeSmall)}`,
    ratio: fmtRatio(slopeLarge / slopeSmall),
    target: 'linear (≤ 1.25×)',
    met: slopeLarge <= Math.max(slopeSmall, 0) * 1.25 + 64,
  })
  return rows
}

function formatTable(rows) {
  const head = ['figure', 'policyc', 'peer / floor', 'ratio', 'target']
  const body = rows.map((r) => [r.figure, r.policyc, r.peer, r.ratio, r.target ? `${r.target} ${r.met === undefined ? 'n/a' : r.met ? 'met' : 'MISSED'}` : ''])
  // An empty cell is `| |`: markdownlint's compact table style (MD060), which the README keeps.
  const lines = [head, head.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`.replaceAll('|  |', '| |').replaceAll('|  |', '| |'))
  return lines.join('\n')
}

function machineLine() {
  return `Machine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGB} GB, ${machine.os}, node ${machine.node}; load average at start ${machine.loadAverageAtStart.join(' ')}, at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}. Medians of the runs in results.json; N = ${SMALL} and ${LARGE}${quick ? ' (--quick)' : ''}.`
}

/** One profiled run of the command behind a missed target, summarised (top self time). */
async function profileFor(row, projects) {
  const dir = join(root, 'bench', 'profiles', slug(row.figure))
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const prof = ['--cpu-prof', '--cpu-prof-dir', dir]
  const large = projects.large
  const figure = row.figure
  log(`profiling: ${figure}`)
  if (figure.startsWith('start-up')) await run('node', [...prof, cli, '--version'], { probe: false })
  else if (figure.startsWith('check')) await run('node', [...prof, cli, 'check', 'policies'], { cwd: large, ok: [0, 1] })
  else if (figure.startsWith('cold build') || figure.startsWith('peak RSS')) {
    await clean(large)
    await run('node', [...prof, cli, 'build', 'policies', '--out', 'dist'], { cwd: large })
  } else if (figure.startsWith('warm build')) await run('node', [...prof, cli, 'build', 'policies', '--out', 'dist'], { cwd: large })
  else if (figure.startsWith('incremental')) {
    const xwms = figure.includes('XWMS')
    const cwd = xwms ? projects.xwms : large
    const policy = xwms ? 'policies/xwms' : join('policies', (await readdir(join(large, 'policies'))).sort()[Math.floor(LARGE / 2)])
    await run('node', [task('dev-rebuild.mjs'), cwd, policy, '3', '40'], { cwd, env: { BENCH_PROFILE_DIR: dir } })
  } else return undefined
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'))
  const summaries = await Promise.all(files.map((file) => summariseProfile(join(dir, file), 12)))
  const main = summaries.sort((a, b) => b.totalMs - a.totalMs)[0]
  return main && { folder: relative(root, dir), ...main }
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)
}
function fmtMs(ms, digits = 0) {
  if (ms === undefined || Number.isNaN(ms)) return 'n/a'
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(digits)} ms`
}
function fmtBytes(bytes) {
  return bytes === undefined || Number.isNaN(bytes) ? 'n/a' : `${(bytes / 1024).toFixed(1)} kB`
}
function fmtMB(kB) {
  return kB === undefined ? 'n/a' : `${Math.round(kB / 1024)} MB`
}
function fmtKB(kB) {
  return kB === undefined || Number.isNaN(kB) ? 'n/a' : `${Math.round(kB)} kB`
}
function fmtRatio(r) {
  return r === undefined || Number.isNaN(r) ? 'n/a' : `${r.toFixed(2)}×`
}
function fmtPercent(r) {
  return r === undefined || Number.isNaN(r) ? 'n/a' : `${(r * 100).toFixed(1)}%`
}
