import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_FILE_DIAGNOSTICS } from '../../src/diagnostics/cap.js'
import { palette } from '../../src/diagnostics/reporters/color.js'
import { formatPretty } from '../../src/diagnostics/reporters/pretty.js'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { MAX_MAPPING_KEYS } from '../../src/load/parse-yaml.js'
import { MAX_BODY_MARKERS, MAX_PARAGRAPH_MARKERS, MAX_PROSE_NESTING } from '../../src/prose/prose-limits.js'
import { root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'
import { runPolicyc } from './support/dist.js'

/**
 * Issue 20, findings 5, 6, 7 and 16: input that grows (Markdown nested thousands deep, long runs
 * of `*_` or `[`, thousands of problems on one line or in one file) is refused or summarised with
 * one clear line per problem (file:line, the limit, exit 1): never a stack overflow, an "internal
 * error", minutes of work or gigabytes of output. No timing is asserted: the outcomes are, on
 * inputs that took 5 s to over 2 minutes (or crashed) before the limits.
 */

const MINI = readFileSync(join(root, 'test/fixtures/render/mini/policy.yaml'), 'utf8')
let work: string

beforeAll(() => {
  work = tempFolder('policyc-limits-')
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A project with the mini policy (and a twin, so `--jobs 2` really uses two workers), its intro body replaced. */
function project(name: string, policy: string, twin = false): string {
  const dir = join(work, name)
  mkdirSync(join(dir, 'policies', 'mini'), { recursive: true })
  writeFileSync(join(dir, 'policies', 'mini', 'policy.yaml'), policy)
  if (twin) {
    mkdirSync(join(dir, 'policies', 'twin'), { recursive: true })
    writeFileSync(join(dir, 'policies', 'twin', 'policy.yaml'), MINI.replace('id: mini', 'id: twin'))
  }
  return dir
}

const withBody = (body: string) => MINI.replace('      ::table{of=categories}', body.split('\n').map((line) => `      ${line}`).join('\n'))

/** The diagnostic lines (`file:line:col  error  …  rule`) of pretty output. */
const errorLines = (stdout: string) => stdout.split('\n').filter((line) => /^\S+:\d+:\d+(-\d+:\d+)?  error  /.test(line))

describe('Markdown over the limits is refused with one line, by check and build alike', () => {
  it.each([
    ['`- ` × 4000 (nested lists)', '- '.repeat(4000) + 'x', `Markdown nested 4000 levels deep (lists, quotes or indentation); the limit is ${MAX_PROSE_NESTING}`],
    ['`>` × 8000 (nested quotes)', '>'.repeat(8000) + ' x', `Markdown nested 8000 levels deep (lists, quotes or indentation); the limit is ${MAX_PROSE_NESTING}`],
    ['`*_` × 49,000', '*_'.repeat(49_000), `Paragraph holds more than ${MAX_PARAGRAPH_MARKERS} Markdown markers`],
    ['`[` × 95,000', '['.repeat(95_000), `Paragraph holds more than ${MAX_PARAGRAPH_MARKERS} Markdown markers`],
    ['many short paragraphs of markers', ('*a* [b] '.repeat(20) + '\n\n').repeat(40), `Body holds more than ${MAX_BODY_MARKERS} Markdown markers`],
  ])('%s: check exits 1 with file:line and the limit', async (_name, body, reason) => {
    const dir = project(`md-${_name.replace(/\W+/g, '-')}`, withBody(body))
    const result = await runPolicyc(['check', 'policies'], { cwd: dir })
    expect(result.stderr).toBe('')
    expect(errorLines(result.stdout)).toHaveLength(1)
    expect(errorLines(result.stdout)[0]).toContain('policies/mini/policy.yaml:')
    expect(errorLines(result.stdout)[0]).toContain(reason)
    expect(errorLines(result.stdout)[0]).toMatch(/prose-too-complex$/)
    expect(result.code).toBe(1)
  })

  it('check --jobs 2 and build --jobs 2 report the same line for a body nested 8000 deep, and build writes nothing', async () => {
    const dir = project('md-jobs', withBody('>'.repeat(8000) + ' x'), true)
    const checked = await runPolicyc(['check', 'policies', '--jobs', '2'], { cwd: dir })
    const built = await runPolicyc(['build', 'policies', '--jobs', '2', '--out', 'site'], { cwd: dir })
    expect(checked.code).toBe(1)
    expect(built.code).toBe(1)
    expect(built.stderr + checked.stderr).not.toMatch(/internal error|Maximum call stack/)
    expect(errorLines(checked.stdout)).toEqual(errorLines(built.stdout + built.stderr))
    expect(errorLines(checked.stdout)).toHaveLength(1)
  })

  it('the largest bodies within the limits still check clean', async () => {
    const body = ('*a* '.repeat(MAX_PARAGRAPH_MARKERS / 2 / 2) + '\n\n').repeat(4) + '- a\n' + '  '.repeat(10) + '- deep enough\n'
    const dir = project('md-within', withBody(body))
    const result = await runPolicyc(['check', 'policies'], { cwd: dir })
    expect(errorLines(result.stdout)).toEqual([])
    expect(result.code).toBe(0)
  })
})

describe('many problems: summarised, and each code frame cut to the column', () => {
  it('900 unknown keys: the first 100 reported and a count of the rest', async () => {
    const keys = Array.from({ length: 900 }, (_, i) => `k${i}: 1`).join('\n')
    const dir = project('unknown-keys', `${MINI}${keys}\n`)
    const result = await runPolicyc(['check', 'policies'], { cwd: dir })
    const lines = errorLines(result.stdout)
    expect(lines).toHaveLength(MAX_FILE_DIAGNOSTICS + 1)
    expect(lines.filter((l) => l.endsWith('unknown-key'))).toHaveLength(MAX_FILE_DIAGNOSTICS)
    expect(lines.at(-1)).toContain(`800 more problems in this file not shown (800 errors); policyc reports the first ${MAX_FILE_DIAGNOSTICS} of a file`)
    expect(result.code).toBe(1)
  })

  it.each([20_000, 90_000])('%i unknown keys: one line, the mapping over the key limit, before the schema sees them', async (count) => {
    const keys = Array.from({ length: count }, (_, i) => `k${i}: 1`).join('\n')
    const dir = project(`unknown-keys-${count}`, `${MINI}${keys}\n`)
    const result = await runPolicyc(['check', 'policies'], { cwd: dir })
    expect(result.stderr).toBe('')
    expect(errorLines(result.stdout)).toEqual([`policies/mini/policy.yaml:2:1  error  Mapping holds ${count + 11} keys; the limit is ${MAX_MAPPING_KEYS}  too-many-keys`])
    expect(result.code).toBe(1)
  })

  it('70 duplicate keys: 50 reported and a word that 20 more exist', async () => {
    const dir = project('duplicate-keys', `${MINI}${'title: again\n'.repeat(70)}`)
    const result = await runPolicyc(['check', 'policies'], { cwd: dir })
    const lines = errorLines(result.stdout)
    expect(lines.filter((l) => l.endsWith('duplicate-key'))).toHaveLength(50)
    expect(lines.at(-1)).toMatch(/20 more YAML problems in this file not shown \(policyc reports the first 50\)  too-many-problems$/)
    expect(result.code).toBe(1)
  })

  it('`:x ` × 20,000 on one line: one line, the paragraph over the marker limit (directives count)', async () => {
    const dir = project('colons', withBody(':x '.repeat(20_000)))
    const result = await runPolicyc(['check', 'policies'], { cwd: dir })
    expect(result.stderr).toBe('')
    expect(errorLines(result.stdout)).toHaveLength(1)
    expect(errorLines(result.stdout)[0]).toContain(`Paragraph holds more than ${MAX_PARAGRAPH_MARKERS} Markdown markers`)
    expect(result.code).toBe(1)
  })

  it('900 unknown keys on one 10,000-character line: one line per problem shown, each frame cut to 100 columns', async () => {
    const flow = `exports: {${Array.from({ length: 900 }, (_, i) => `k${i}: 1`).join(', ')}}`
    const dir = project('one-line-keys', `${MINI}${flow}\n`)
    const result = await runPolicyc(['check', 'policies'], { cwd: dir })
    expect(result.stderr).toBe('')
    expect(errorLines(result.stdout)).toHaveLength(MAX_FILE_DIAGNOSTICS + 1)
    expect(Math.max(...result.stdout.split('\n').map((l) => l.length))).toBeLessThan(300)
    expect(result.code).toBe(1)
  })

  it('the pretty reporter never repeats a long line per problem (unit: 1,000 problems on a 60,000-character line)', () => {
    const line = ':x '.repeat(20_000)
    const diagnostics: Diagnostic[] = Array.from({ length: 1000 }, (_, i) => ({ ruleId: 'unknown-directive', source: 'prose', severity: 'error', reason: 'Unknown directive `:x`', file: 'p.yaml', start: { line: 1, column: 1 + i * 60 }, end: { line: 1, column: 3 + i * 60 } }))
    const out = formatPretty(diagnostics, () => line, palette(false))
    expect(out.length).toBeLessThan(1000 * 400)
    // The caret still points at the directive inside the window.
    const frame = out.split('\n').slice(1, 3)
    const caret = frame[1]!.indexOf('^') - frame[1]!.indexOf('|') - 2
    expect(frame[0]!.slice(frame[0]!.indexOf('|') + 2).slice(caret, caret + 2)).toBe(':x')
    const later = out.split('\n').slice(out.split('\n').findIndex((l) => l.startsWith('p.yaml:1:541')) + 1).slice(0, 2)
    const at = later[1]!.indexOf('^') - later[1]!.indexOf('|') - 2
    expect(later[0]!.slice(later[0]!.indexOf('|') + 2).slice(at, at + 2)).toBe(':x')
  })
})
