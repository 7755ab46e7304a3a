import { describe, expect, it } from 'vitest'
import { classifyBasis } from '../../src/history/diff/rules/data.js'
import { findings, renderCase } from './render-case.js'

describe('legal bases listed without a mapping to purposes (`bases-relied-on`)', () => {
  it('is accepted as the notice states it, and lint reports the GDPR Art 13(1)(c) gap per purpose', async () => {
    const found = await findings('bases-relied-on')
    expect(found.filter((f) => f.startsWith('purpose-basis-unmapped'))).toEqual([
      'purpose-basis-unmapped: Purpose `account` has no legal basis mapped to it in eea: the notice lists its bases (consent, contract, legitimate-interests) without saying which this purpose uses (GDPR Art 13(1)(c))',
    ])
    expect(found.some((f) => f.startsWith('missing-basis') || f.startsWith('missing-key'))).toBe(false)
  })

  it('the page lists the bases the notice names and says plainly which purpose has none stated', async () => {
    const pages = await renderCase('bases-relied-on')
    const eea = pages.get('eea')!.markdown
    expect(eea).toContain('| Run your account | Contact details | Not stated for this purpose |')
    expect(eea).toContain('| Send the newsletter | Contact details | Consent (GDPR Art 6(1)(a)) |')
    expect(eea).toContain('We rely on these legal bases: Consent (GDPR Art 6(1)(a)), Contract (GDPR Art 6(1)(b)), Legitimate interests (GDPR Art 6(1)(f)).')
    expect(eea).toContain('This notice does not say which purpose relies on which.')
    // No basis node is claimed in JSON-LD for the unmapped purpose.
    const graph = JSON.stringify(JSON.parse(pages.get('eea')!.jsonld))
    expect(graph).toContain('eu-gdpr:A6-1-a')
    expect(graph).not.toContain('eu-gdpr:A6-1-b')
  })

  it('a purpose without `basis` in a notice that lists no bases is an error, not a silent gap', async () => {
    const { checkPolicies } = await import('../../src/pipeline.js')
    const { mkdtemp, readFile, writeFile, rm } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { fixtures } = await import('../helpers/paths.js')
    const dir = await mkdtemp(join(tmpdir(), 'policyc-bases-'))
    try {
      const text = (await readFile(join(fixtures, 'format', 'bases-relied-on', 'policy.yaml'), 'utf8')).replace(/^bases-relied-on: .*\n/m, '')
      await writeFile(join(dir, 'policy.yaml'), text)
      const result = await checkPolicies([dir], { cwd: dir })
      expect(result.diagnostics.map((d) => `${d.start.line} ${d.ruleId}: ${d.reason}`)).toEqual(['18 missing-basis: Purpose `account` has no `basis`'])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('diff: stating a basis is editorial, no longer stating one is material', () => {
    expect(classifyBasis('not stated', 'consent').materiality).toBe('editorial')
    expect(classifyBasis('contract', 'not stated').materiality).toBe('material')
  })
})
