import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'
import { runPolicyc } from './support/dist.js'

/**
 * Issue 20, finding 18: a page in dist/ edited without changing its size stayed ("built in
 * 0.04 s"): the up-to-date check compared sizes only. It compares modification times too.
 */

let work: string
beforeAll(() => {
  work = tempFolder('policyc-up-to-date-')
  cpSync(join(root, 'test/fixtures/render/mini'), join(work, 'policies', 'mini'), { recursive: true })
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('the up-to-date check is not fooled by a same-size edit', () => {
  it('a page edited in place, same size, is written again by the next build', async () => {
    expect((await runPolicyc(['build', 'policies'], { cwd: work })).code).toBe(0)
    const page = join(work, 'dist', 'mini', 'index.html')
    const original = readFileSync(page, 'utf8')
    const edited = original.replace('Who we are', 'Who WE are')
    expect(edited.length).toBe(original.length)
    writeFileSync(page, edited)
    expect((await runPolicyc(['build', 'policies'], { cwd: work })).code).toBe(0)
    expect(readFileSync(page, 'utf8')).toBe(original)
  })
})
