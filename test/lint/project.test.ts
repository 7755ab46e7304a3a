import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderRulesDoc } from '../../src/lint/docs.js'
import { RULES } from '../../src/lint/registry.js'
import { root } from '../helpers/paths.js'
import { rulesFixtures } from './helpers.js'

const ruleFiles = readdirSync(`${root}src/lint/rules`).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort()
const rulesDoc = readFileSync(`${root}docs/rules.md`, 'utf8')

/** markdownlint's project test, for policyc: every rule is registered, documented and fixtured. */
describe('lint rule project', () => {
  it('registers exactly the files in src/lint/rules/, once each', () => {
    expect([...RULES.map((r) => r.id)].sort()).toEqual(ruleFiles)
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
  })

  it('runs unused-suppression last (it reads which suppressions the others used)', () => {
    expect(RULES.at(-1)?.id).toBe('unused-suppression')
  })

  it.each(RULES.map((r) => [r.id, r] as const))('%s has its file, fixtures, docs and a docs/rules.md row', async (id, rule) => {
    const module = (await import(`../../src/lint/rules/${id}.ts`)) as { default: unknown }
    expect(module.default).toBe(rule)
    for (const file of ['ok.yaml', 'not-ok.yaml', 'not-ok.txt']) expect(existsSync(`${rulesFixtures}${id}/${file}`), `${id}/${file}`).toBe(true)
    expect(rule.description.length).toBeGreaterThan(10)
    expect(rule.description).not.toMatch(/\.$/)
    for (const [field, text] of Object.entries(rule.docs)) expect(text.trim().length, `${id} docs.${field}`).toBeGreaterThan(10)
    expect(rule.docs.bad).not.toBe(rule.docs.good)
    expect(rulesDoc).toContain(`| [\`${id}\`](#${id}) |`)
  })

  it('docs/rules.md is what `npm run docs:rules` writes', () => {
    expect(rulesDoc).toBe(renderRulesDoc(RULES))
  })

  it('every fixture directory belongs to a registered rule', () => {
    expect(readdirSync(rulesFixtures).sort()).toEqual(ruleFiles)
  })
})
