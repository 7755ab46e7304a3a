import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, root } from '../helpers/paths.js'
import { build, tempFolder } from '../site/site-helpers.js'
import { leftovers, runPolicyc, snapshot } from './support/dist.js'

/**
 * Issue 20, finding 19: `policyc init /proc/x` spun at 100% CPU for ever (Node's recursive mkdir
 * loops under /proc). A project inside a system folder is refused before anything touches it.
 * SIGTERM, like SIGINT (test/site/atomic.test.ts), ends a build at the next file with the
 * previous output unchanged and nothing left behind (this one held before; kept holding).
 */

let work: string
beforeAll(() => {
  work = tempFolder('policyc-signals-')
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('init refuses system folders (finding 19)', () => {
  it.each(['/proc/x', '/proc/x/y', '/sys/policies', '/dev/policies', '/etc/policies'])('init %s: one refusal, exit 2, nothing created', async (dir) => {
    const result = await runPolicyc(['init', dir], { cwd: work })
    expect(result.stderr).toMatch(/^policyc: `[^`]+` is inside the system folder \/(proc|sys|dev|etc); a policy project cannot live there\nhint: /)
    expect(result.code).toBe(2)
    expect(existsSync(dir)).toBe(false)
  })
})

describe('SIGTERM ends a build promptly (finding 19)', () => {
  it('exits 130, previous output unchanged, no staging folder left', async () => {
    const out = join(work, 'dist')
    await build(['test/fixtures/render/mini'], { out })
    const before = snapshot(out)
    const many = join(work, 'many')
    const source = readFileSync(join(root, 'test/fixtures/render/showcase/policy.yaml'), 'utf8')
    for (let i = 0; i < 20; i++) {
      mkdirSync(join(many, `p${i}`), { recursive: true })
      writeFileSync(join(many, `p${i}`, 'policy.yaml'), source.replace('id: showcase', `id: showcase-${i}`))
    }
    const child = spawn(process.execPath, [cli, 'build', many, '--out', out, '--quiet'], { cwd: work, stdio: 'pipe' })
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
    // Sent once the build is staging files, so it is a build that is stopped, not a start-up.
    while (!leftovers(work).some((name) => name.startsWith('.dist-tmp-') && readdirSync(join(work, name)).length > 0)) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    child.kill('SIGTERM')
    expect(await exited).toBe(130)
    expect(snapshot(out)).toEqual(before)
    expect(leftovers(work)).toEqual([])
    expect(existsSync(join(work, '.dist.lock'))).toBe(false)
  })
})
