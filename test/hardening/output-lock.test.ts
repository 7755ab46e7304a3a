import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { build, tempFolder } from '../site/site-helpers.js'
import { leftovers, runPolicyc } from './support/dist.js'

/**
 * Issue 20, finding 11: four builds into one folder at once gave "internal error: ENOENT/ENOTEMPTY
 * rename" and once lost CNAME. A build now holds a lock file beside the output (`.dist.lock`,
 * holding its pid) from its first staged file to the swap; a second build at that time stops with
 * one line and exit 2. A lock left by a killed build (its pid is dead) is taken over.
 *
 * Finding 12: after kill -9 between the two renames of the swap there was no `dist`, the old site
 * sat in `.dist-old-*`, and `.dist-tmp-*` stayed forever. The next build, holding the lock (so
 * no live build owns them), puts the swapped-out site back, keeps its CNAME and removes the rest.
 * The states are made exactly as a kill leaves them (a real kill at the right instant cannot be
 * aimed without a timed test).
 */

let work: string
beforeEach(() => {
  work = tempFolder('policyc-lock-')
  cpSync(join(root, 'test/fixtures/render/mini'), join(work, 'policies', 'mini'), { recursive: true })
})
afterEach(() => rmSync(work, { recursive: true, force: true }))

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  return Number(child.stdout)
}

describe('two builds into one output folder (finding 11)', () => {
  it('the second build stops with one line and exit 2 while the first holds the folder; the first finishes with CNAME kept', async () => {
    expect((await runPolicyc(['build', 'policies'], { cwd: work })).code).toBe(0)
    writeFileSync(join(work, 'dist', 'CNAME'), 'privacy.example.com\n')
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let staged!: () => void
    const started = new Promise<void>((resolve) => (staged = resolve))
    let first = 0
    const running = build(['policies'], {
      out: 'dist',
      cwd: work,
      onFileStaged: async () => {
        if (++first === 1) {
          staged()
          await held
        }
      },
    })
    await started
    // Another base URL, so the up-to-date record cannot answer for it.
    const second = await runPolicyc(['build', 'policies', '--base-url', 'https://example.com/'], { cwd: work })
    release()
    const result = await running
    expect(second.code).toBe(2)
    expect(second.stderr).not.toMatch(/internal error|ENOENT|ENOTEMPTY|This is a bug/)
    expect(second.stderr.trim().split('\n')).toHaveLength(1)
    expect(second.stderr).toMatch(/another policyc build .*process \d+/)
    expect(second.stderr).toContain('.dist.lock')
    expect(result.written).toBe(true)
    expect(readFileSync(join(work, 'dist', 'CNAME'), 'utf8')).toBe('privacy.example.com\n')
    expect(existsSync(join(work, '.dist.lock'))).toBe(false)
    expect(leftovers(work)).toEqual([])
  })

  it('takes over a lock left by a build that was killed (its process is gone)', async () => {
    writeFileSync(join(work, '.dist.lock'), `${deadPid()}\n`)
    const run = await runPolicyc(['build', 'policies'], { cwd: work })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(existsSync(join(work, 'dist', 'mini', 'index.html'))).toBe(true)
    expect(existsSync(join(work, '.dist.lock'))).toBe(false)
  })
})

describe('the build after a killed build (finding 12)', () => {
  it('kill -9 between the renames of the swap: the next build puts the old site back first, keeps CNAME, removes the leftovers', async () => {
    expect((await runPolicyc(['build', 'policies'], { cwd: work })).code).toBe(0)
    writeFileSync(join(work, 'dist', 'CNAME'), 'privacy.example.com\n')
    // What the kill leaves: the old site renamed away, the finished staging folder beside it,
    // and the dead build's lock.
    renameSync(join(work, 'dist'), join(work, '.dist-old-0123456789ab'))
    mkdirSync(join(work, '.dist-tmp-ba9876543210', 'mini'), { recursive: true })
    writeFileSync(join(work, '.dist-tmp-ba9876543210', 'mini', 'index.html'), '<p>staged</p>')
    writeFileSync(join(work, '.dist.lock'), `${deadPid()}\n`)
    // Touch a source so the build is not served from the up-to-date record.
    writeFileSync(join(work, 'policies', 'mini', 'policy.yaml'), `${readFileSync(join(work, 'policies', 'mini', 'policy.yaml'), 'utf8')}# edited\n`)
    const run = await runPolicyc(['build', 'policies'], { cwd: work })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(readFileSync(join(work, 'dist', 'CNAME'), 'utf8')).toBe('privacy.example.com\n')
    expect(existsSync(join(work, 'dist', 'mini', 'index.html'))).toBe(true)
    expect(leftovers(work)).toEqual([])
    expect(existsSync(join(work, '.dist.lock'))).toBe(false)
  })

  it('kill -9 at 2 s (a staging folder left) and after the swap (an old site left): the next build removes both', async () => {
    expect((await runPolicyc(['build', 'policies'], { cwd: work })).code).toBe(0)
    writeFileSync(join(work, 'dist', 'CNAME'), 'privacy.example.com\n')
    mkdirSync(join(work, '.dist-tmp-aaaaaaaaaaaa', 'mini'), { recursive: true })
    mkdirSync(join(work, '.dist-old-bbbbbbbbbbbb', 'mini'), { recursive: true })
    // Not policyc's names: kept.
    mkdirSync(join(work, '.dist-tmp-notes'))
    writeFileSync(join(work, 'policies', 'mini', 'policy.yaml'), `${readFileSync(join(work, 'policies', 'mini', 'policy.yaml'), 'utf8')}# edited\n`)
    const run = await runPolicyc(['build', 'policies'], { cwd: work })
    expect(run.code).toBe(0)
    expect(readFileSync(join(work, 'dist', 'CNAME'), 'utf8')).toBe('privacy.example.com\n')
    expect(leftovers(work)).toEqual(['.dist-tmp-notes'])
  })
})
