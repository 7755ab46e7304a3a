import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { coverageMatrix } from '../../src/lint/coverage/index.js'
import { checkPolicies } from '../../src/pipeline.js'
import { fixtures } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { checkCase, renderCase } from './render-case.js'

/**
 * A region the catalog lacks (Nigeria), declared by the policy with the law facts it states
 * (`declared-regions`): validated, rendered on its own page with only those facts, and listed by
 * `policyc regions <policy>`.
 */
describe('a region the policy declares itself', () => {
  it('gets its own page with the law, rights, authority and deadline as the policy states them', async () => {
    const ng = (await renderCase('declared-region')).get('ng')!.markdown
    expect(ng).toContain('This is the version of the notice for readers in Nigeria.')
    expect(ng).toContain('Your rights under the NDPA:')
    expect(ng).toContain('| Right to be provided with a copy of your personal data | NDPA s.34 | — |')
    expect(ng).toContain('| Right to object to processing | NDPA s.36 | — |')
    expect(ng).toContain('You can complain to the supervisory authority: [Nigeria Data Protection Commission](https://ndpc.gov.ng/).')
    expect(ng).toContain('NDPA: we must answer within 30 days (As stated in this notice).')
    expect(ng).toContain('Write to us to use these rights.')
    // No other law, and no legal basis the policy does not state for this law.
    for (const other of ['GDPR', 'Contract (']) expect(ng, other).not.toContain(other)
  })

  it('stays off the other regions’ pages and is in the JSON-LD of its own', async () => {
    const pages = await renderCase('declared-region')
    expect(pages.get('eea')!.markdown).not.toContain('NDPA')
    expect(pages.get('eea')!.markdown).not.toContain('Write to us to use these rights.')
    const graph = JSON.stringify(JSON.parse(pages.get('ng')!.jsonld))
    expect(graph).toContain('"dct:title":"Nigeria Data Protection Act, 2023"')
    expect(graph).toContain('"dct:title":"Right to object to processing"')
  })

  it('checks no notice element: policyc knows none of that law’s requirements', async () => {
    const model = (await checkCase('declared-region')).models[0]!
    expect(coverageMatrix(model, { now: '2026-12-02' }).cells.filter((c) => c.region === 'ng')).toEqual([])
  })

  it('is listed by `policyc regions <policy>`, marked as the policy’s, and not without it', async () => {
    const dir = join(fixtures, 'format', 'declared-region')
    const text = await runCli(['regions', dir])
    expect(text.code).toBe(0)
    expect(text.stdout).toMatch(/^ng +Nigeria +NDPA \(declared by declared\)$/m)
    expect((await runCli(['regions'])).stdout).not.toMatch(/^ng /m)
    const json = JSON.parse((await runCli(['regions', '--format', 'json', dir])).stdout) as { regions: { id: string; declaredBy?: string; codes: string[] }[] }
    expect(json.regions.at(-1)).toMatchObject({ id: 'ng', declaredBy: 'declared', codes: ['NG'] })
  })

  describe('validation', () => {
    const variant = async (edit: (text: string) => string) => {
      const dir = await mkdtemp(join(tmpdir(), 'policyc-declared-'))
      try {
        await writeFile(join(dir, 'policy.yaml'), edit(await readFile(join(fixtures, 'format', 'declared-region', 'policy.yaml'), 'utf8')))
        return (await checkPolicies([dir], { cwd: dir, lint: false })).diagnostics.map((d) => `${d.start.line}:${d.start.column} ${d.ruleId}: ${d.reason}`)
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    }

    it('a catalog region cannot be declared again', async () => {
      expect(await variant((t) => t.replace('  - id: ng\n', '  - id: uk\n').replace('regions: [ng, eea]', 'regions: [uk, eea]'))).toEqual([
        "14:9 declared-catalog-region: Region `uk` is in policyc's catalog: it cannot be declared again",
        // The section's `only{regions="ng"}` now names a region the policy does not serve.
        '56:7 unknown-region: Region `ng` matches no region this policy serves',
      ])
    })

    it('a region neither in the catalog nor declared is unknown, and the hint names the declared one', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'policyc-declared-'))
      try {
        await writeFile(join(dir, 'policy.yaml'), (await readFile(join(fixtures, 'format', 'declared-region', 'policy.yaml'), 'utf8')).replace('regions: [ng, eea]', 'regions: [nga, eea]'))
        const unknown = (await checkPolicies([dir], { cwd: dir, lint: false })).diagnostics.find((d) => d.reason === 'Unknown region `nga`')
        expect(unknown?.hint).toContain('`ng` (Nigeria)')
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
      // As declared, the fixture resolves without a problem.
      expect((await checkPolicies([join(fixtures, 'format', 'declared-region')], { lint: false })).diagnostics).toEqual([])
    })

    it('a declaration without its law is a schema error', async () => {
      const found = await variant((t) => t.replace(/    law:\n(      .*\n)+?(?=    rights:)/, ''))
      expect(found.some((f) => /law/.test(f))).toBe(true)
    })
  })
})
