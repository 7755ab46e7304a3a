import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatCoverage } from '../../src/cli/commands/coverage.js'
import { palette } from '../../src/diagnostics/reporters/color.js'
import { coverageMatrix } from '../../src/lint/coverage/index.js'
import { loadModel } from '../render/render-helpers.js'
import { root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'
import { runPolicyc } from './support/dist.js'

/**
 * Issue 20, finding 9, for the commands its first fix left out: `policyc show` printed a policy's
 * folder name raw (ESC and BEL retitle the terminal), `policyc coverage --format markdown` and
 * the one-line errors of every command (`--now`, a path) wrote what they quote as it came.
 * Each now escapes control characters as `\u{1b}`, as the check and diff reporters do.
 */

/** Any control character but newline and tab, raw. */
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/
const HOSTILE = 'mi\u001b]0;pwned\u0007ni'
let work: string

beforeAll(() => {
  work = tempFolder('policyc-show-controls-')
  // A git repository whose policy folder's name holds ESC and BEL (git and the file system allow it).
  const folder = join(work, 'policies', HOSTILE)
  mkdirSync(folder, { recursive: true })
  writeFileSync(join(folder, 'policy.yaml'), readFileSync(join(root, 'test/fixtures/render/mini/policy.yaml'), 'utf8'))
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: work, stdio: 'pipe' })
  git('init', '-q')
  git('add', '-A')
  git('commit', '-qm', 'first version')
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('policyc show', () => {
  it('the versions: the folder name is printed escaped, never raw', async () => {
    const result = await runPolicyc(['show', `policies/${HOSTILE}`], { cwd: work })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('policies/mi\\u{1b}]0;pwned\\u{7}ni')
    expect(result.stdout).not.toMatch(RAW_CONTROL)
  })
})

describe('one-line errors', () => {
  it('quote what was typed with its control characters escaped (`coverage --now`)', async () => {
    const result = await runPolicyc(['coverage', 'policies', '--format', 'markdown', '--now', '2026-01-01\u001b]0;pwned\u0007'], { cwd: work })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('2026-01-01\\u{1b}]0;pwned\\u{7}')
    expect(result.stderr).not.toMatch(RAW_CONTROL)
  })
})

describe('policyc coverage', () => {
  // Values holding control characters are refused when a policy is read (control-character), so
  // no CLI input puts one in a matrix today; the formatter escapes anyway, as diff's does.
  it.each(['markdown', 'pretty'] as const)('--format %s escapes control characters in what it prints', async (format) => {
    const matrix = coverageMatrix(await loadModel('test/fixtures/render/mini'))
    const hostile = { ...matrix, policy: `mini${HOSTILE}`, cells: matrix.cells.map((cell) => ({ ...cell, status: 'missing' as const, detail: `gone ${HOSTILE}` })) }
    const printed = formatCoverage([hostile], format, palette(true))
    expect(printed).toContain('mi\\u{1b}]0;pwned\\u{7}ni')
    // Pretty keeps its colours: the only ESC left starts a colour (SGR) sequence.
    expect(printed.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW_CONTROL)
  })
})
