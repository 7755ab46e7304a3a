/**
 * Installed as a user installs it: `npm pack`, the tarball installed into a fresh project, then
 * what the README's Install section says, in order: `npx policyc init`, `check`, `build`, the
 * API from a script (with its types checked by tsc), the generated workflow's steps run here in
 * order (a pull request with a material change: the gate fails, the label signs it off; then the
 * publish job's build), and the same CLI under Node 22 and 24 (the LTS lines; the registry's
 * `node@22` and `node@24` packages are installed into node_modules/.cache on first use).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { runSteps, stepSummary, type Step } from '../helpers/run-steps.js'

const NODE_LINES = ['22', '24'] as const
let work: string
let project: string
let tarball: string
const npmFlags = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error']

/** The `node` binary of an LTS line, from the registry's `node@<major>` package (cached). */
function nodeBinary(major: string): string {
  const folder = join(root, 'node_modules', '.cache', 'policyc-node', major)
  const binary = join(folder, 'node_modules', '.bin', 'node')
  if (!existsSync(binary)) {
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'package.json'), '{"private":true}\n')
    execFileSync('npm', ['install', ...npmFlags, `node@${major}`], { cwd: folder, stdio: 'pipe' })
  }
  return binary
}

function sh(command: string, args: readonly string[], cwd = project, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 300_000 })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'policyc-smoke-'))
  // lib/ was compiled by the test script; packing does not compile again.
  const name = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1)!
  tarball = join(work, name)
  project = join(work, 'my-policies')
  mkdirSync(project)
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: project })
  execFileSync('npm', ['init', '-y'], { cwd: project, stdio: 'pipe' })
  execFileSync('npm', ['install', '--save-dev', ...npmFlags, tarball], { cwd: project, stdio: 'pipe' })
}, 600_000)
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('policyc installed from its tarball', () => {
  it('inits a project, checks it and builds it with npx', () => {
    const init = sh('npx', ['policyc', 'init', '--org', 'Smoke Test Org'])
    expect(init.stderr).toBe('')
    expect(init.code).toBe(0)
    expect(existsSync(join(project, 'policies/smoke-test-org/policy.yaml'))).toBe(true)
    const check = sh('npx', ['policyc', 'check', '--now', '2026-12-02'])
    expect(check.code, check.stdout + check.stderr).toBe(0)
    const build = sh('npx', ['policyc', 'build', '--now', '2026-12-02'])
    expect(build.code, build.stdout + build.stderr).toBe(0)
    expect(existsSync(join(project, 'dist/index.html'))).toBe(true)
  })

  it('builds from a script with `import { build } from "policyc"`, and the types check', () => {
    writeFileSync(
      join(project, 'build-site.mts'),
      `import { build, type BuildResult } from 'policyc'
const result: BuildResult = await build({ out: 'api-dist', now: '2026-12-02' })
if (result.status === 'built') console.log(\`built \${result.pages} pages\`)
else process.exitCode = 1
`,
    )
    // Node's own types as any TypeScript project on Node has them (@types/node), taken from here.
    const typeRoots = [join(root, 'node_modules/@types')]
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, outDir: 'out', typeRoots, types: ['node'] }, files: ['build-site.mts'] }))
    const tsc = sh(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'])
    expect(tsc.stdout + tsc.stderr).toBe('')
    const run = sh(process.execPath, ['out/build-site.mjs'])
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/^built \d+ pages\n$/)
    expect(readFileSync(join(project, 'api-dist/index.html'), 'utf8')).toBe(readFileSync(join(project, 'dist/index.html'), 'utf8'))
  })

  it('names the package to install for PDFs when playwright-core is missing', () => {
    const pdf = sh('npx', ['policyc', 'build', '--pdf', '--out', 'pdf-dist'])
    expect(pdf.code).toBe(2)
    expect(pdf.stderr).toContain('npm install --save-dev playwright-core')
    expect(existsSync(join(project, 'pdf-dist'))).toBe(false)
  })

  it("runs the generated workflow's steps in order: a material change fails until signed off, then main publishes", () => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Smoke', '-c', 'user.email=smoke@example.invalid', ...args], { cwd: project, stdio: 'pipe' })
    writeFileSync(join(project, '.gitignore'), `${readFileSync(join(project, '.gitignore'), 'utf8')}api-dist/\nout/\n`)
    git('add', '-A')
    git('commit', '-qm', 'policies')
    git('remote', 'add', 'origin', project)
    git('fetch', '-q', 'origin')
    git('checkout', '-qb', 'longer-retention')
    const data = join(project, 'policies/smoke-test-org/data.yaml')
    writeFileSync(data, readFileSync(data, 'utf8').replace('period: P7Y', 'period: P10Y'))
    git('commit', '-qam', 'keep invoices longer')

    const workflow = parse(readFileSync(join(project, '.github/workflows/policy.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> }
    const scratch = join(work, 'runner')
    mkdirSync(scratch, { recursive: true })
    const checkSteps = workflow.jobs.check!.steps
    const afterInstall = checkSteps.findIndex((s) => s.run?.startsWith('npm ci')) + 1
    const pr = (signedOff: boolean) =>
      runSteps(signedOff ? checkSteps.slice(afterInstall) : checkSteps, {
        cwd: project,
        scratch,
        env: { NO_COLOR: '1', PATH: `${join(work, 'no-gh')}:${process.env.PATH}` },
        expressions: { 'github.base_ref': 'main', 'github.token': 'none', 'github.event.pull_request.number': '1' },
        conditions: {
          "github.event_name == 'pull_request'": true,
          "github.event_name == 'pull_request' && !contains(github.event.pull_request.labels.*.name, 'policy-change-approved')": !signedOff,
        },
      })
    const unsigned = pr(false)
    expect(unsigned.map((r) => r.skipped ?? r.code)).toEqual(['uses', 'uses', 0, 0, 0, 0, 1])
    expect(stepSummary(scratch)).toMatch(/material/i)
    // In plain words, not the ISO duration (issue 21).
    expect(stepSummary(scratch)).toContain('10 years instead of 7 years')
    const signed = pr(true)
    expect(signed.map((r) => r.skipped ?? r.code)).toEqual([0, 0, 0, 'if'])

    git('checkout', '-q', 'main')
    git('merge', '-q', 'longer-retention')
    const publish = runSteps(workflow.jobs.publish!.steps, {
      cwd: project,
      scratch,
      env: { NO_COLOR: '1' },
      expressions: { 'steps.pages.outputs.base_url': 'https://example.github.io/my-policies' },
    })
    expect(publish.map((r) => r.skipped ?? r.code)).toEqual(['uses', 'uses', 0, 'uses', 0, 'uses', 'uses'])
    expect(readFileSync(join(project, 'dist/sitemap.xml'), 'utf8')).toContain('https://example.github.io/my-policies/')
  })

  it('checks and builds the same under Node 22 and 24 as under this Node', () => {
    const cli = join(project, 'node_modules/policyc/lib/cli/index.js')
    const here = sh(process.execPath, [cli, 'check', '--now', '2026-12-02', '--format', 'json'])
    for (const line of NODE_LINES) {
      const node = nodeBinary(line)
      expect(sh(node, ['--version']).stdout).toMatch(new RegExp(`^v${line}\\.`))
      expect(sh(node, [cli, '--version']).stdout).toBe(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`)
      const check = sh(node, [cli, 'check', '--now', '2026-12-02', '--format', 'json'])
      expect(check.code).toBe(here.code)
      expect(check.stdout).toBe(here.stdout)
      const build = sh(node, [cli, 'build', '--now', '2026-12-02', '--out', `dist-node${line}`])
      expect(build.code, build.stdout + build.stderr).toBe(0)
    }
  }, 400_000)
})
