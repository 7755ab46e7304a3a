import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'
import { runPolicyc } from './support/dist.js'

/**
 * Issue 20, finding 13: `policyc translate stamp policies/xwms ../../../../tmp/x sections.cookies`
 * modified a file outside the policy. The language must be a language tag; nothing else is written.
 */

let work: string
const OUTSIDE = 'title: Buiten\nsource-hash: untouched\n'

beforeAll(() => {
  work = tempFolder('policyc-stamp-')
  cpSync(join(root, 'test/fixtures/render/mini'), join(work, 'project', 'policies', 'mini'), { recursive: true })
  mkdirSync(join(work, 'project', 'policies', 'mini', 'locales'), { recursive: true })
  writeFileSync(join(work, 'outside.yaml'), OUTSIDE)
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('translate stamp writes only inside the policy', () => {
  it.each(['../../../../outside', '../../../outside', '/etc/passwd', 'nl/../../../../outside'])('refuses the language %s with one line, exit 2, nothing written', async (language) => {
    const result = await runPolicyc(['translate', 'stamp', 'policies/mini', language, '--all'], { cwd: join(work, 'project') })
    expect(result.stderr).toMatch(/^policyc: "[^"]*" is not a language tag such as nl, de or pt-BR/)
    expect(result.code).toBe(2)
    expect(readFileSync(join(work, 'outside.yaml'), 'utf8')).toBe(OUTSIDE)
  })
})
