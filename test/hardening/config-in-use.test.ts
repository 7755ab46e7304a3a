import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'
import { runPolicyc } from './support/dist.js'

/**
 * Issue 20 ("say which config is in use"): a config found by searching upward changed what
 * check and build report with no word of it. The pretty output of both now names the config in
 * use on one line (`config: <path>`), and says nothing when there is none.
 */

let work: string
beforeAll(() => {
  work = tempFolder('policyc-config-in-use-')
  execFileSync('git', ['init', '-q', work])
  cpSync(join(root, 'test/fixtures/render/mini'), join(work, 'policies', 'mini'), { recursive: true })
  mkdirSync(join(work, 'sub'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('check and build say which policyc.config.yaml is in use', () => {
  it('no config: no config line', async () => {
    const result = await runPolicyc(['check', 'policies'], { cwd: work })
    expect(result.code).toBe(0)
    expect(result.stdout).not.toMatch(/^config:/m)
  })

  it.each([
    ['check', ['check']],
    ['build', ['build', '--out', 'site']],
  ])('%s names the config, found from the project root and from a subfolder', async (_name, args) => {
    writeFileSync(join(work, 'policyc.config.yaml'), 'rules: {}\n')
    try {
      const fromRoot = await runPolicyc([...args, 'policies'], { cwd: work })
      expect(fromRoot.code).toBe(0)
      expect(fromRoot.stdout).toMatch(/^config: policyc\.config\.yaml$/m)
      const fromSub = await runPolicyc(args, { cwd: join(work, 'sub') })
      expect(fromSub.code).toBe(0)
      expect(fromSub.stdout).toMatch(/^config: \.\.\/policyc\.config\.yaml$/m)
    } finally {
      rmSync(join(work, 'policyc.config.yaml'))
    }
  })
})
