import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OutputWriteFailed } from '../../src/site/write-failure.js'
import { root } from '../helpers/paths.js'
import { build, tempFolder } from '../site/site-helpers.js'
import { leftovers, runPolicyc, snapshot } from './support/dist.js'

/**
 * Promise 1: "a failed build never touches the previous output". Faults are injected where they
 * happen in real life: in the middle of rendering (the 50th page) and in the file writes
 * themselves (a full disk, a process out of file descriptors), through the compiled CLI.
 * SIGINT and kill -9 are in test/site/atomic.test.ts.
 */

const SHOWCASE = 'test/fixtures/render/showcase'
const PRELOAD = join(root, 'test/hardening/support/inject-write-fault.mjs')
let work: string
let out: string
let many: string
let before: Record<string, string>

beforeAll(async () => {
  work = tempFolder('policyc-faults-')
  out = join(work, 'dist')
  // Ten showcase copies of six variants each: well over 50 pages.
  many = join(work, 'many')
  const source = readFileSync(join(root, SHOWCASE, 'policy.yaml'), 'utf8')
  for (let i = 0; i < 10; i++) {
    mkdirSync(join(many, `p${i}`), { recursive: true })
    writeFileSync(join(many, `p${i}`, 'policy.yaml'), source.replace('id: showcase', `id: showcase-${i}`))
  }
  await build(['test/fixtures/render/mini'], { out })
  writeFileSync(join(out, 'CNAME'), 'privacy.example.com\n')
  before = snapshot(out)
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('faults mid-build', () => {
  it('a renderer failure on the 50th page leaves the previous output byte-identical', async () => {
    let pages = 0
    const failing = build([many], {
      out,
      cwd: '/',
      onFileStaged: (path) => {
        if (path.endsWith('index.html') && ++pages === 50) throw new Error('renderer failure injected on page 50')
      },
    })
    await expect(failing).rejects.toThrow('renderer failure injected on page 50')
    expect(pages).toBeGreaterThanOrEqual(50)
    expect(snapshot(out)).toEqual(before)
    expect(leftovers(work)).toEqual([])
  })

  it.each([
    ['ENOSPC', 1, 'no space left on the device'],
    ['ENOSPC', 40, 'no space left on the device'],
    ['EMFILE', 25, 'too many open files'],
  ])('%s on write %i: one line on stderr, exit 2, previous output byte-identical', async (code, nth, words) => {
    // The site cache (node_modules/.cache/policyc) would serve unchanged policies without writing
    // them, so the nth write would never come: every fault runs as a cold build.
    rmSync(join(work, 'node_modules', '.cache', 'policyc'), { recursive: true, force: true })
    const result = await runPolicyc(['build', many, '--out', out, '--quiet'], { cwd: work, preload: PRELOAD, env: { POLICYC_TEST_WRITE_FAULT: `${code}:${nth}` } })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(new RegExp(`^policyc: cannot write the site: ${words} \\(${code}\\) while writing [a-z0-9/.-]+; the previous output is unchanged\\n$`))
    expect(result.stdout).not.toMatch(/internal error|^\s+at /m)
    expect(snapshot(out)).toEqual(before)
    expect(leftovers(work)).toEqual([])
  })

  it('the library raises OutputWriteFailed (not a raw errno error) for the same faults', () => {
    const error = new OutputWriteFailed('EMFILE', 'a/index.html')
    expect(error.message).toBe('cannot write the site: too many open files (EMFILE) while writing a/index.html; the previous output is unchanged')
  })
})
