import { spawnSync } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'

/**
 * Issue 20, finding 15: an unreadable policy folder or a read-only output parent gave "internal
 * error: EACCES … This is a bug in policyc". Each is one line naming the path, what failed and
 * how to fix it, exit 2. Permissions are real: the folder is chmod 000 / 555 and policyc runs as
 * an unprivileged user (as root, through `setpriv --reuid=nobody`, since root reads everything).
 * A file where a folder is expected (ENOTDIR, EEXIST) is the same kind of line.
 */

let work: string
beforeAll(() => {
  work = tempFolder('policyc-access-')
  chmodSync(work, 0o755)
  cpSync(join(root, 'test/fixtures/render/mini'), join(work, 'policies', 'mini'), { recursive: true })
  cpSync(join(root, 'test/fixtures/render/mini'), join(work, 'locked', 'mini'), { recursive: true })
  chmodSync(join(work, 'locked', 'mini'), 0o000)
  mkdirSync(join(work, 'read-only'))
  chmodSync(join(work, 'read-only'), 0o555)
  writeFileSync(join(work, 'a-file'), 'not a folder\n')
})
afterAll(() => {
  chmodSync(join(work, 'locked', 'mini'), 0o755)
  rmSync(work, { recursive: true, force: true })
})

/** The compiled CLI as a user without root's power to read and write everything. */
function runUnprivileged(args: readonly string[]): { code: number | null; stderr: string } {
  const argv = [process.execPath, cli, ...args]
  const asRoot = process.getuid?.() === 0
  const run = asRoot
    ? spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', ...argv], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    : spawnSync(argv[0]!, argv.slice(1), { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: run.status, stderr: run.stderr }
}

function oneClearLine(stderr: string): void {
  expect(stderr).not.toMatch(/internal error|This is a bug|\n\s+at /)
  expect(stderr.trim().split('\n')).toHaveLength(1)
}

describe('file access problems are one clear line, exit 2 (finding 15)', () => {
  it('an unreadable policy folder: check names it, says permission denied and how to fix it', () => {
    const result = runUnprivileged(['check', 'locked'])
    oneClearLine(result.stderr)
    expect(result.stderr).toMatch(/^policyc: cannot read .*locked\/mini: permission denied \(EACCES\); .*(read|access)/)
    expect(result.code).toBe(2)
  })

  it('an unreadable policy folder: build says the same', () => {
    const result = runUnprivileged(['build', 'locked', '--out', 'site'])
    oneClearLine(result.stderr)
    expect(result.stderr).toMatch(/cannot read .*locked\/mini: permission denied \(EACCES\)/)
    expect(result.code).toBe(2)
  })

  it('a read-only output parent: names it and says to make it writable or choose another --out', () => {
    const result = runUnprivileged(['build', 'policies', '--out', 'read-only/dist'])
    oneClearLine(result.stderr)
    expect(result.stderr).toContain('read-only/')
    expect(result.stderr).toMatch(/permission denied \(EACCES\).*writable for your user, or choose another --out/)
    expect(result.code).toBe(2)
  })

  it('a file where the output folder\'s parent should be: one line, exit 2', () => {
    const result = runUnprivileged(['build', 'policies', '--out', 'a-file/dist'])
    oneClearLine(result.stderr)
    expect(result.stderr).toMatch(/a-file.*(not a folder|a file is in the way)/)
    expect(result.code).toBe(2)
  })
})
