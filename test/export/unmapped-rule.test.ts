import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import rule from '../../src/lint/rules/export-unmapped-category.js'
import { lintModel } from '../../src/lint/lint.js'
import { checkPolicies } from '../../src/pipeline.js'
import { fixtureLine, FIXTURE_NOW, rulesFixtures } from '../lint/helpers.js'

/**
 * The rule's fixtures, checked the way test/lint/rule-fixtures.test.ts checks every registered
 * rule (this one runs here until it is added to src/lint/registry.ts).
 */
async function linesOf(file: string): Promise<string> {
  const dir = join(rulesFixtures, rule.id)
  const result = await checkPolicies([join(dir, file)], { cwd: dir, lint: { now: FIXTURE_NOW, rules: [rule] } })
  return result.diagnostics.map((d) => `${fixtureLine(d)}\n`).join('')
}

describe('lint rule export-unmapped-category', () => {
  it('reports nothing on ok.yaml', async () => {
    expect(await linesOf('ok.yaml')).toBe('')
  })

  it('reports exactly not-ok.txt on not-ok.yaml', async () => {
    const lines = await linesOf('not-ok.yaml')
    for (const line of lines.trimEnd().split('\n')) expect(line.endsWith('  export-unmapped-category')).toBe(true)
    await expect(lines).toMatchFileSnapshot(join(rulesFixtures, rule.id, 'not-ok.txt'))
  })

  it('says nothing when only TILT is on: TILT takes any category as free text', async () => {
    const dir = join(rulesFixtures, rule.id)
    const result = await checkPolicies([join(dir, 'not-ok.yaml')], { cwd: dir, lint: false })
    const model = result.models[0]!
    const tiltOnly = { ...model, policy: { ...model.policy, exports: { tilt: true } } }
    expect(lintModel(tiltOnly, { now: FIXTURE_NOW, rules: [rule] }).diagnostics).toEqual([])
  })
})
