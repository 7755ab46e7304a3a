import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/lint/registry.js'
import { checkPolicies } from '../../src/pipeline.js'
import { FIXTURE_NOW, fixtureLine, rulesFixtures } from './helpers.js'

/** Runs the whole pipeline on one fixture with only `rule` enabled, as lines of not-ok.txt. */
async function linesOf(ruleId: string, file: string): Promise<string> {
  const rule = RULES.find((r) => r.id === ruleId)!
  const dir = join(rulesFixtures, ruleId)
  const result = await checkPolicies([join(dir, file)], { cwd: dir, lint: { now: FIXTURE_NOW, rules: [rule] } })
  return result.diagnostics.map((d) => `${fixtureLine(d)}\n`).join('')
}

describe.each(RULES.map((r) => r.id))('rule %s', (id) => {
  it('reports nothing on ok.yaml', async () => {
    expect(await linesOf(id, 'ok.yaml')).toBe('')
  })

  it('reports exactly not-ok.txt on not-ok.yaml', async () => {
    const lines = await linesOf(id, 'not-ok.yaml')
    expect(lines).not.toBe('')
    // Every line comes from this rule: the fixture is otherwise valid.
    for (const line of lines.trimEnd().split('\n')) expect(line.endsWith(`  ${id}`)).toBe(true)
    await expect(lines).toMatchFileSnapshot(join(rulesFixtures, id, 'not-ok.txt'))
  })
})

describe('effective-date-out-of-range beyond its fixtures', () => {
  it('reports a date in the future, and accepts exactly 12 months', async () => {
    const dir = join(rulesFixtures, 'effective-date-out-of-range')
    const rule = RULES.find((r) => r.id === 'effective-date-out-of-range')!
    const run = async (now: string) => (await checkPolicies([join(dir, 'ok.yaml')], { cwd: dir, lint: { now, rules: [rule] } })).diagnostics.map((d) => d.reason)
    expect(await run('2026-01-14')).toEqual(['Effective date 2026-01-15 is after today (2026-01-14): the notice would describe terms not yet in force'])
    expect(await run('2027-01-15')).toEqual([])
    expect(await run('2027-01-16')).toHaveLength(1)
  })
})
