import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import { cli } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { rawRequest, readEvents, waitFor } from './http.js'

/** test/dev/, where the small fixture policy lives. */
const here = fileURLToPath(new URL('.', import.meta.url))

/**
 * `policyc dev` as a user runs it: the compiled CLI in a child process, on a copy of a small
 * policy in a temporary folder, on a free port read from its output. The steps run in order and
 * share the one server, like an editing session.
 */
let project: string
let child: ChildProcessWithoutNullStreams
let port: number
let stdout = ''
let stderr = ''
const policyFile = () => join(project, 'policies', 'mini', 'policy.yaml')

interface Status {
  build: number
  ok: boolean
  problems: { file: string; line: number; column: number; message: string }[]
}
const status = async (): Promise<Status> => JSON.parse((await rawRequest(port, '/__policyc/status')).body) as Status

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'policyc-dev-'))
  await cp(join(here, 'fixtures', 'policies'), join(project, 'policies'), { recursive: true })
  await writeFile(join(project, 'secret.txt'), 'top secret')
  child = spawn(process.execPath, [cli, 'dev', '--port', '0'], {
    cwd: project,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', CI: 'true' },
  })
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  port = await waitFor(async () => {
    const match = /serving http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout)
    return match ? Number(match[1]) : undefined
  }, `the address in the output of policyc dev (stdout: ${stdout} stderr: ${stderr})`, 30_000)
})

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL')
  await rm(project, { recursive: true, force: true })
})

describe('policyc dev', () => {
  it('builds and serves the site, with the live client in the page', async () => {
    const page = await rawRequest(port, '/mini/')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.body).toContain('Mini Notice')
    expect(page.body).toContain('<script src="/__policyc/client.js" data-build="1"></script>')
    // The built file itself never holds the script.
    expect(await readFile(join(project, 'dist', 'mini', 'index.html'), 'utf8')).not.toContain('__policyc')
    expect(stdout).toMatch(/✔ built 1 policy: \d+ files in /)
    // CI=true and not a terminal: no cursor movement, no colour.
    expect(stdout).not.toContain('\u001B')
  })

  it('serves the new value after an edit', async () => {
    const text = await readFile(policyFile(), 'utf8')
    await writeFile(policyFile(), text.replace('title: Mini Notice', 'title: Mini Notice, edited'))
    await waitFor(async () => ((await rawRequest(port, '/mini/')).body.includes('Mini Notice, edited') ? true : undefined), 'the edited title')
    expect((await status()).ok).toBe(true)
  })

  it('shows the problems of a broken save at their line, and keeps the last good site', async () => {
    const text = await readFile(policyFile(), 'utf8')
    expect(text.split('\n')[27]).toBe('    period: P1Y')
    await writeFile(policyFile(), text.replace('    period: P1Y', '    period: "P1Y'))
    // writeFile truncates before it writes: under load the watcher may build the empty file first
    // (reported at 1:1), then the follow-up build sees the full text. Wait for the settled result.
    const broken = await waitFor(async () => {
      const s = await status()
      return !s.ok && s.problems[0]?.line === 28 ? s : undefined
    }, 'the failed rebuild')
    expect(broken.problems[0]).toMatchObject({ file: 'policies/mini/policy.yaml', line: 28, column: 13 })
    // A tab opened now gets the problems at once from the event stream.
    const events = await readEvents(`http://127.0.0.1:${port}/__policyc/events`, (e) => e.event === 'hello')
    const hello = JSON.parse(events[0]!.data) as Status
    expect(hello.ok).toBe(false)
    expect(hello.problems[0]).toMatchObject({ file: 'policies/mini/policy.yaml', line: 28, column: 13 })
    expect((await rawRequest(port, '/mini/')).body).toContain('Mini Notice, edited')
    expect(stdout).toContain('policies/mini/policy.yaml:28:13')
  })

  it('recovers by itself when the source is fixed', async () => {
    const before = (await status()).build
    const text = await readFile(policyFile(), 'utf8')
    await writeFile(policyFile(), text.replace('    period: "P1Y', '    period: P2Y').replace('Mini Notice, edited', 'Mini Notice, fixed'))
    const fixed = await waitFor(async () => {
      const s = await status()
      return s.ok && s.build > before ? s : undefined
    }, 'the good rebuild')
    expect(fixed.problems).toEqual([])
    expect((await rawRequest(port, '/mini/')).body).toContain('Mini Notice, fixed')
  })

  it('refuses traversal, symlinks out of the folder, other Host names and other methods', async () => {
    await symlink(join(project, 'secret.txt'), join(project, 'dist', 'leak.txt'))
    const attempts = ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/mini/..%2f..%2fsecret.txt', '//etc/passwd', '/leak.txt', `/${encodeURIComponent(join(project, 'secret.txt'))}`]
    for (const path of attempts) {
      const response = await rawRequest(port, path)
      expect([403, 404], path).toContain(response.status)
      expect(response.body, path).not.toContain('top secret')
    }
    expect((await rawRequest(port, '/mini/', { host: 'evil.example' })).status).toBe(403)
    expect((await rawRequest(port, '/mini/', { method: 'POST' })).status).toBe(405)
  })

  it('exits 0 on Ctrl-C', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill('SIGINT')
    const code = await Promise.race([exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000))])
    expect(code).toBe(0)
    expect(stderr).toBe('')
  })
})

describe('policyc dev, refusing to start', () => {
  it('will not replace an output folder it did not create, and says what to do', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policyc-dev-refuse-'))
    try {
      await cp(join(here, 'fixtures', 'policies'), join(dir, 'policies'), { recursive: true })
      await mkdir(join(dir, 'dist'))
      await writeFile(join(dir, 'dist', 'notes.txt'), 'mine')
      const result = await runCli(['dev', '--port', '0'], { cwd: dir })
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/^policyc: refusing to write the site to dist: .*--out/m)
      expect(await readFile(join(dir, 'dist', 'notes.txt'), 'utf8')).toBe('mine')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('points to init when there is no policy', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policyc-dev-empty-'))
    try {
      const result = await runCli(['dev'], { cwd: dir })
      expect(result.code).toBe(2)
      expect(result.stderr).toContain('Run `policyc init` to start a project here.')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
