import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'
import { runPolicyc } from './support/dist.js'

/**
 * Issue 20, findings 8 and 9: NUL, bidirectional and C0 controls written as YAML escapes
 * (`"\0"`, `"\u202E"`, `"\e"`) got past the raw-byte check into the HTML; ESC and BEL in values
 * or file names reached the terminal raw. Escaped controls are now an error at their value, and
 * no reporter prints a raw control character.
 */

const MINI = readFileSync(join(root, 'test/fixtures/render/mini/policy.yaml'), 'utf8')
let work: string

beforeAll(() => {
  work = tempFolder('policyc-controls-')
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

function project(name: string, policy: string, file = 'policy.yaml'): string {
  const dir = join(work, name)
  mkdirSync(join(dir, 'policies', 'mini'), { recursive: true })
  writeFileSync(join(dir, 'policies', 'mini', file), policy)
  return dir
}

/** Any control character but newline and tab, raw. */
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

describe('escaped control characters are refused at their value', () => {
  it.each([
    ['NUL', '"Mini\\0Notice"', 'U+0000'],
    ['U+202E (right-to-left override)', '"Mini \\u202EecitoN"', 'U+202E'],
    ['U+2066 (left-to-right isolate)', '"Mini \\u2066Notice"', 'U+2066'],
    ['ESC (terminal escape)', '"Mini \\e]0;pwned\\a Notice"', 'U+001B'],
    ['BEL', '"Mini \\a Notice"', 'U+0007'],
    // A raw CR is read as a line end (read-text.ts); written as the escape, it reached the value.
    ['CR (carriage return)', '"Mini\\rNotice"', 'U+000D'],
  ])('%s in a title: check and build exit 1 naming the line, nothing built', async (name, title, code) => {
    const dir = project(`escape-${name.replace(/\W+/g, '-')}`, MINI.replace('title: Mini Notice', `title: ${title}`))
    for (const args of [['check', 'policies'], ['build', 'policies', '--out', 'site']]) {
      const result = await runPolicyc(args, { cwd: dir })
      expect(result.stdout).toContain(`policies/mini/policy.yaml:4:8  error  Text holds the control character ${code}  control-character`)
      expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL)
      expect(result.code).toBe(1)
    }
  })
})

describe('no reporter prints a raw control character', () => {
  const hostile = MINI.replace('id: mini\n', 'id: mini\n"\\e]0;retitled\\a\\e[2J": 1\n')
  it.each(['pretty', 'github'])('--format %s', async (format) => {
    const dir = project(`report-${format}`, hostile, 'policy\u001b[2J\u0007.yaml')
    const result = await runPolicyc(['check', 'policies', '--format', format], { cwd: dir })
    expect(result.code).toBe(1)
    expect(result.stdout).not.toBe('')
    expect(result.stdout + result.stderr).not.toMatch(RAW_CONTROL)
  })
})
