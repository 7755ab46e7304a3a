/**
 * `policyc dev` over an editing session and its end: ten saves made the way sed -i, vim and many
 * editors make them (a new file renamed over the old one) are each rebuilt and served, and the
 * server ends when the process that started it (npx, an IDE) is killed.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli } from '../helpers/paths.js'
import { rawRequest, waitFor } from './http.js'

const here = fileURLToPath(new URL('.', import.meta.url))
let project: string
const children: ChildProcessWithoutNullStreams[] = []

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'policyc-dev-life-'))
  await cp(join(here, 'fixtures', 'policies'), join(project, 'policies'), { recursive: true })
})
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  await rm(project, { recursive: true, force: true })
})

/** Starts a command and resolves with it and what its output matched. */
async function start(command: string, args: string[], pattern: RegExp): Promise<{ child: ChildProcessWithoutNullStreams; match: RegExpExecArray; output: () => string }> {
  const child = spawn(command, args, { cwd: project, env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', CI: 'true' } })
  children.push(child)
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  const match = await waitFor(async () => pattern.exec(output) ?? undefined, `${pattern} in the output`, 60_000)
  return { child, match, output: () => output }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('policyc dev', () => {
  it('rebuilds after each of ten rename-style saves in a row', async () => {
    const { child, match } = await start(process.execPath, [cli, 'dev', '--port', '0', '--out', 'dist-saves'], /serving http:\/\/127\.0\.0\.1:(\d+)\//)
    const port = Number(match[1])
    const file = join(project, 'policies', 'mini', 'policy.yaml')
    const original = await readFile(file, 'utf8')
    for (let i = 1; i <= 10; i++) {
      await writeFile(`${file}.new`, original.replace('title: Mini Notice', `title: Mini Notice, save ${i}`))
      await rename(`${file}.new`, file)
      await waitFor(async () => ((await rawRequest(port, '/mini/')).body.includes(`Mini Notice, save ${i}<`) ? true : undefined), `save ${i} served`)
    }
    expect(child.exitCode).toBe(null)
    child.kill('SIGINT')
  })

  it('ends when the process that started it is killed', async () => {
    // A shell stands in for npx: it starts policyc as its child and waits for it.
    const { child: parent, match } = await start('sh', ['-c', `"${process.execPath}" "${cli}" dev --port 0 --out dist-parent & echo "pid $!"; wait`], /pid (\d+)[\s\S]*serving http:\/\/127\.0\.0\.1:(\d+)\//)
    const pid = Number(match[1])
    const port = Number(match[2])
    expect((await rawRequest(port, '/mini/')).status).toBe(200)
    parent.kill('SIGKILL')
    await waitFor(async () => (alive(pid) ? undefined : true), 'policyc dev to end after its parent')
  })
})
