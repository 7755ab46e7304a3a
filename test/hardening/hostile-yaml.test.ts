import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkPolicies } from '../../src/pipeline.js'
import { resolvedModel } from '../../src/resolve/resolved-json.js'
import { fixtures } from '../helpers/paths.js'

let dir: string
let base: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policyc-hostile-'))
  base = await readFile(join(fixtures, 'valid', 'minimal', 'policy.yaml'), 'utf8')
})
afterAll(() => rm(dir, { recursive: true, force: true }))

/** Checks one file's text as a one-file policy; returns `line:col rule` per load/schema/resolve diagnostic (lint findings are not the subject here). */
async function check(name: string, text: string | Buffer) {
  const path = join(dir, `${name}.yaml`)
  await writeFile(path, text)
  const result = await checkPolicies([path], { cwd: dir })
  return { lines: result.diagnostics.filter((d) => d.source !== 'lint').map((d) => `${d.start.line}:${d.start.column} ${d.ruleId}`), result }
}

describe('hostile YAML', () => {
  it('5,000 levels of flow nesting are refused, not a crash', async () => {
    const { lines } = await check('deep-flow', `id: x\nintro: ${'['.repeat(5000)}${']'.repeat(5000)}\n`)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/ nesting-too-deep$/)
  })

  it('5,000 levels of block nesting are refused by size before parsing; 1,400 levels by depth', async () => {
    const block = (levels: number) => {
      let text = 'intro:\n'
      for (let i = 1; i < levels; i++) text += `${' '.repeat(i)}k:\n`
      return text
    }
    expect((await check('deep-block-5000', block(5000))).lines).toEqual(['1:1 file-too-large'])
    const { lines } = await check('deep-block-1400', block(1400))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/ nesting-too-deep$/)
  })

  it('40 levels of otherwise valid nesting hit the depth cap', async () => {
    const { lines } = await check('deep-40', `id: x\nintro: ${'{a: '.repeat(40)}1${'}'.repeat(40)}\n`)
    expect(lines).toEqual(['2:132 nesting-too-deep'])
  })

  it('__proto__, constructor and toString keys are reported as unknown keys and pollute nothing', async () => {
    const text = base.replace('kind: privacy-notice\n', 'kind: privacy-notice\n__proto__: {polluted: true}\nconstructor: 1\ntoString: 2\n')
    const { lines } = await check('proto', text)
    expect(lines).toEqual(['3:1 unknown-key', '4:1 unknown-key', '5:1 unknown-key'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
  })

  it('a %YAML 1.1 directive is refused; `no`, `on` and `1:20` stay text under YAML 1.2', async () => {
    const directive = await check('yaml11', `%YAML 1.1\n---\n${base}`)
    expect(directive.lines).toEqual(['1:1 yaml-directive'])
    const text = base.replace('title: Mini Notice', 'title: no').replace('    label: Contact details', '    label: on').replace('version: ', 'version: ')
    const plain = await check('yaml12-words', text.replace('language: en', 'language: en\nversion: 1:20'))
    expect(plain.lines).toEqual([])
    const policy = plain.result.models[0]!.policy
    expect(policy.title).toBe('no')
    expect(policy.categories[0]!.label).toBe('on')
    expect(policy.version).toBe('1:20')
  })

  it('a sexagesimal-looking or date-looking value never becomes a number or a Date', async () => {
    const { result } = await check('dates', base)
    expect(result.models[0]!.policy.effective).toBe('2026-01-15')
  })

  it('BOM, CRLF, CR and mixed line endings give the same model as LF', async () => {
    const lf = await check('lf', base)
    const variants = {
      bom: `\uFEFF${base}`,
      crlf: base.replace(/\n/g, '\r\n'),
      mixed: base.split('\n').map((line, i) => line + (i % 2 ? '\r\n' : '\n')).join('').replace(/\r?\n$/, '\n'),
    }
    const expected = JSON.stringify(resolvedModel(lf.result.models[0]!))
    for (const [name, text] of Object.entries(variants)) {
      const { lines, result } = await check(name, text)
      expect(lines, name).toEqual([])
      expect(JSON.stringify(resolvedModel(result.models[0]!)), name).toBe(expected)
    }
  })

  it('U+2028 inside a value is kept as text and does not shift positions', async () => {
    const text = base.replace('title: Mini Notice', 'title: "Mini\u2028Notice"').replace('    collected: true', '    collected: maybe')
    const { lines } = await check('u2028', text)
    expect(lines).toEqual(['14:16 wrong-type'])
  })

  it('a 100,000-character value against a pattern finishes at once (no catastrophic backtracking)', async () => {
    const text = base.replace('language: en', `language: ${'a'.repeat(100_000)}!`)
    const started = performance.now()
    const { lines } = await check('redos', text)
    expect(lines).toEqual(['5:11 bad-format'])
    // Generous bound: the point is "does not hang", not a speed measurement (that is npm run bench).
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('an invalid file among valid ones does not stop the others from being checked', async () => {
    await writeFile(join(dir, 'good.yaml'), base)
    const broken = join(dir, 'broken.yaml')
    await writeFile(broken, 'id: [unclosed\n')
    const result = await checkPolicies([join(dir, 'good.yaml'), broken], { cwd: dir })
    expect(result.models).toHaveLength(1)
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.file)).toEqual(['broken.yaml'])
  })
})
