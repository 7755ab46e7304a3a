// Times the history stage on the flagship policy (policies/xwms): `policyc diff` between two
// versions (the CLI as users run it, and in-process), and the version list of a 200-commit
// history. Builds its repositories in a temporary folder; run `npx tsc -p .` first.
// Usage: node test/history/bench-history.mjs
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = join(root, 'lib/cli/index.js')
const env = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1' }
Object.assign(process.env, { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' })
const { diffSources } = await import(join(root, 'lib/history/diff-sources.js'))
const { policyHistory } = await import(join(root, 'lib/history/as-of.js'))

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const git = (cwd, ...args) => execFileSync('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
const commit = (cwd, message, n) => {
  const date = new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString()
  git(cwd, 'add', '-A')
  execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', 'commit', '-q', '-m', message], { cwd, env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } })
}

const dir = mkdtempSync(join(tmpdir(), 'policyc-bench-'))
try {
  git(dir, 'init', '-q', '-b', 'main')
  cpSync(join(root, 'policies/xwms'), join(dir, 'policies/xwms'), { recursive: true })
  commit(dir, 'v1', 0)
  git(dir, 'tag', 'v1')
  const data = join(dir, 'policies/xwms/data.yaml')
  const main = join(dir, 'policies/xwms/policy.yaml')
  const sections = join(dir, 'policies/xwms/sections.yaml')
  writeFileSync(main, readFileSync(main, 'utf8').replace(/^effective: .*$/m, 'effective: 2025-09-01'))
  writeFileSync(data, readFileSync(data, 'utf8').replace('recipients:\n', 'recipients:\n  - id: acme-ai\n    name: Acme AI\n    role: processor\n    purposes: [support]\n    countries: [US]\n    transfer: scc\n'))
  writeFileSync(sections, readFileSync(sections, 'utf8').replace('Most of what we hold you give us yourself.', 'Most of what we keep you give us yourself.'))
  commit(dir, 'v2', 1)
  git(dir, 'tag', 'v2')

  const cliRuns = []
  for (let i = 0; i < 5; i++) {
    const started = performance.now()
    const run = spawnSync(process.execPath, [cli, 'diff', 'v1', 'v2', '--format', 'json'], { cwd: dir, env })
    cliRuns.push(performance.now() - started)
    if (run.status !== 0) throw new Error(run.stderr.toString())
  }
  const inProcess = []
  let changes = 0
  for (let i = 0; i < 5; i++) {
    const started = performance.now()
    const result = await diffSources({ from: 'v1', to: 'v2', cwd: dir })
    inProcess.push(performance.now() - started)
    changes = result.ok ? result.report.summary.material + result.report.summary.editorial : -1
  }
  console.log(`diff v1 v2 on policies/xwms (${changes} changes): CLI median ${median(cliRuns).toFixed(0)} ms [${cliRuns.map((t) => t.toFixed(0)).join(', ')}]; in-process median ${median(inProcess).toFixed(0)} ms [${inProcess.map((t) => t.toFixed(0)).join(', ')}]`)

  // 200 commits: a wording edit each, a new effective date every 20th (10 versions + v1, v2).
  const text = readFileSync(sections, 'utf8')
  for (let n = 0; n < 200; n++) {
    writeFileSync(sections, text.replace('Most of what we keep', `Most (${n}) of what we keep`))
    if (n % 20 === 19) writeFileSync(main, readFileSync(main, 'utf8').replace(/^effective: .*$/m, `effective: 2026-${String(Math.floor(n / 20) + 1).padStart(2, '0')}-01`))
    commit(dir, `edit ${n}`, n + 2)
  }
  const runs = []
  let versions = 0
  for (let i = 0; i < 3; i++) {
    const started = performance.now()
    versions = (await policyHistory('policies/xwms', dir)).versions.length
    runs.push(performance.now() - started)
  }
  console.log(`version list of a 202-commit history (${versions} versions): median ${median(runs).toFixed(0)} ms [${runs.map((t) => t.toFixed(0)).join(', ')}]`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
