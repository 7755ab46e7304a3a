import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'
import { runPolicyc } from './support/dist.js'

/**
 * Issue 20, finding 9 (the rest): values with control characters are refused at load
 * (control-characters.test.ts), but folder names are not values: `policyc diff OLD NEW` with a
 * folder named `old<ESC>]0;pwned<BEL>` holding `mi<ESC>[2Jni/` printed both raw in the text and
 * Markdown formats (retitling the terminal, clearing the screen). They are printed as `\u{1b}`.
 */

const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
const OLD = 'old\u001b]0;pwned\u0007'
const POLICY = 'mi\u001b[2Jni'
let work: string

beforeAll(() => {
  work = tempFolder('policyc-diff-controls-')
  const mini = join(root, 'test/fixtures/render/mini')
  cpSync(mini, join(work, OLD, POLICY), { recursive: true })
  cpSync(mini, join(work, 'new', 'mini'), { recursive: true })
  const file = join(work, 'new', 'mini', 'policy.yaml')
  writeFileSync(file, readFileSync(file, 'utf8').replace('title: Mini Notice', 'title: Mini Notice Two'))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('diff prints no raw control character from a folder name (finding 9)', () => {
  it.each(['text', 'markdown'])('--format %s', async (format) => {
    const result = await runPolicyc(['diff', OLD, 'new', '--format', format], { cwd: work, env: { FORCE_COLOR: '0' } })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Mini Notice')
    expect(result.stdout).toContain('old\\u{1b}]0;pwned\\u{7}')
    expect(result.stdout).toContain('mi\\u{1b}[2Jni')
    expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL)
  })

  it('--format text in colour still colours (only the names are escaped)', async () => {
    const result = await runPolicyc(['diff', OLD, 'new', '--format', 'text'], { cwd: work, env: { FORCE_COLOR: '1', NO_COLOR: '' } })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('old\\u{1b}]0;pwned\\u{7}')
    expect(result.stdout).not.toContain(OLD)
    expect(result.stdout).toContain('\u001b[')
  })
})
