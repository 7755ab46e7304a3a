import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findConfig } from '../../src/config/load-config.js'
import { root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'

/**
 * Issue 20: a `policyc.config.yaml` in any parent folder was applied silently (one two folders up
 * switched every rule off). The search stops at the repository root.
 */

let work: string
beforeAll(() => {
  work = tempFolder('policyc-config-')
  // A config planted above the repository.
  writeFileSync(join(work, 'policyc.config.yaml'), 'rules: {}\n')
  mkdirSync(join(work, 'repo', 'sub'), { recursive: true })
  execFileSync('git', ['init', '-q', join(work, 'repo')])
  cpSync(join(root, 'test/fixtures/render/mini'), join(work, 'repo', 'policies', 'mini'), { recursive: true })
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('config discovery stops at the repository root', () => {
  it('ignores a config above the repository, from its root and from a subfolder', async () => {
    expect(await findConfig(join(work, 'repo'))).toBeUndefined()
    expect(await findConfig(join(work, 'repo', 'sub'))).toBeUndefined()
  })

  it('finds the repository root config from a subfolder', async () => {
    writeFileSync(join(work, 'repo', 'policyc.config.yaml'), 'rules: {}\n')
    expect(await findConfig(join(work, 'repo', 'sub'))).toBe(join(work, 'repo', 'policyc.config.yaml'))
    rmSync(join(work, 'repo', 'policyc.config.yaml'))
  })
})
