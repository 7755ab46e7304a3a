import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/lint/registry.js'
import { root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'

describe('policyc explain', () => {
  it('prints a rule\'s documentation: why, law, fix, examples', async () => {
    const result = await runCli(['explain', 'claim-erasure-contradicted'], { cwd: root })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^claim-erasure-contradicted \(default: warning\)\n\nThe notice promises erasure/)
    for (const heading of ['\nWhy\n', '\nLaw\n  GDPR Art 17', '\nHow to fix\n', '\nReported:\n', '\nNot reported:\n']) expect(result.stdout).toContain(heading)
  })

  it('lists every rule without an argument', async () => {
    const result = await runCli(['explain'], { cwd: root })
    expect(result.stdout.trimEnd().split('\n').map((l) => l.split(' ')[0])).toEqual(RULES.map((r) => r.id))
  })

  it('an unknown rule is a usage error with a suggestion', async () => {
    const result = await runCli(['explain', 'cookie-consent-mising'], { cwd: root })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe('policyc: Unknown rule `cookie-consent-mising`; did you mean `cookie-consent-missing`? Run `policyc explain` to list the rules.\n')
  })

  it('cites only what a user can look up: no file outside the project, guidance and judgments with their date', async () => {
    for (const rule of RULES) {
      const text = JSON.stringify(rule.docs)
      expect(text, rule.id).not.toMatch(/REGULATIONS\.md|\/work\/|shared\//)
      // A regulator's opinion or guidelines, or a court judgment, is cited with the date it was adopted or given.
      for (const match of rule.docs.law.matchAll(/(Opinion \d+\/\d{4}|Guidelines \d+\/\d{4}|C-\d+\/\d+)[^;]*/g)) {
        expect(match[0], `${rule.id}: ${match[0]}`).toMatch(/\b(19|20)\d\d\)/)
      }
    }
  })
})
