import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'
import { runPolicyc } from './support/dist.js'

/**
 * Issue 20, finding 4: a policy file or a policy folder that is a symbolic link was skipped in
 * silence (`check` passed, the section or policy missing from the site). It is refused, with a
 * diagnostic naming the link, by `check` and by `build` alike.
 */

let work: string

beforeAll(() => {
  work = tempFolder('policyc-links-')
  const mini = readFileSync(join(root, 'test/fixtures/render/mini/policy.yaml'), 'utf8')
  mkdirSync(join(work, 'policies', 'alpha'), { recursive: true })
  writeFileSync(join(work, 'policies', 'alpha', 'policy.yaml'), mini.replace('id: mini', 'id: alpha'))
  mkdirSync(join(work, 'elsewhere', 'beta'), { recursive: true })
  writeFileSync(join(work, 'elsewhere', 'beta', 'policy.yaml'), mini.replace('id: mini', 'id: beta'))
  symlinkSync(join(work, 'elsewhere', 'beta'), join(work, 'policies', 'beta'))
  // A one-file policy folder whose sections live in a linked file.
  mkdirSync(join(work, 'split', 'gamma'), { recursive: true })
  cpSync(join(work, 'policies', 'alpha', 'policy.yaml'), join(work, 'split', 'gamma', 'policy.yaml'))
  writeFileSync(join(work, 'split', 'gamma', 'policy.yaml'), mini.replace('id: mini', 'id: gamma'))
  writeFileSync(join(work, 'elsewhere', 'extra.yaml'), 'sections: []\n')
  symlinkSync(join(work, 'elsewhere', 'extra.yaml'), join(work, 'split', 'gamma', 'extra.yaml'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('symbolic links among the sources are refused, never skipped', () => {
  it('a linked policy folder: check names it and exits 1', async () => {
    const result = await runPolicyc(['check', 'policies'], { cwd: work })
    expect(result.stdout + result.stderr).toMatch(/policies\/beta:1:1 .*`policies\/beta` is a symbolic link/)
    expect(result.code).toBe(1)
  })

  it('a linked YAML file in a policy folder: check names it and exits 1', async () => {
    const result = await runPolicyc(['check', 'split/gamma'], { cwd: work })
    expect(result.stdout + result.stderr).toMatch(/split\/gamma\/extra\.yaml:1:1 .*is a symbolic link/)
    expect(result.code).toBe(1)
  })

  it('build refuses as check does, and writes nothing', async () => {
    const result = await runPolicyc(['build', 'policies', '--out', 'site'], { cwd: work })
    expect(result.stdout + result.stderr).toMatch(/policies\/beta:1:1 .*is a symbolic link/)
    expect(result.code).toBe(1)
  })
})
