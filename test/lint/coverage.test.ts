import { beforeAll, describe, expect, it } from 'vitest'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { cellAt, coverageMatrix, coverageReport, EVALUATORS, type CoverageMatrix } from '../../src/lint/coverage/index.js'
import { coverageMarkdownParts, coverageTable } from '../../src/lint/coverage/render.js'
import { loadCatalog } from '../../src/catalog/catalog.js'
import { checkPolicies } from '../../src/pipeline.js'
import type { PolicyModel } from '../../src/resolve/model.js'
import { root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'

describe('coverage of policies/xwms', () => {
  let model: PolicyModel
  let matrix: CoverageMatrix
  beforeAll(async () => {
    const result = await checkPolicies(['policies/xwms'], { cwd: root, lint: false })
    model = result.models[0]!
    matrix = coverageMatrix(model, { now: '2026-03-01' })
  })

  it('has a column for every region XWMS serves and a cell for every element of its law', () => {
    expect(matrix.regions).toEqual([...model.policy.regions])
    for (const region of model.regions) {
      for (const element of region.elements) expect(cellAt(matrix, element.key, region.id)?.citation).toBe(element.citation)
    }
  })

  it('shows what is met and what is missing, with the article', () => {
    expect(cellAt(matrix, 'statutory-or-contractual-requirement', 'eea')).toMatchObject({ status: 'missing', level: 'R', citation: 'GDPR Art 13(2)(e)' })
    // Judged on the page: the EEA page's rights table points to the EDPB's list of authorities (GDPR Art 77(1)).
    expect(cellAt(matrix, 'right-complain-to-authority', 'eea')).toMatchObject({ status: 'met', level: 'R', citation: 'GDPR Art 13(2)(d)' })
    // The notice names the Australian and South African authorities in region-only text.
    expect(cellAt(matrix, 'right-complain-to-authority', 'au')?.status).toBe('met')
    expect(cellAt(matrix, 'right-complain-to-authority', 'za')?.status).toBe('met')
    // XWMS never says where it is established: whether a representative is required cannot be
    // told, so the cell is not evaluated, neither required on a guess nor called not applicable
    // (controller-establishment-not-stated reports the gap).
    expect(cellAt(matrix, 'representative', 'uk')).toMatchObject({ status: 'not-evaluated', level: 'C', condition: 'controller-abroad', detail: expect.stringContaining('`controller.country`') })
    expect(cellAt(matrix, 'representative', 'eea')?.status).toBe('not-evaluated')
    expect(cellAt(matrix, 'purposes', 'eea')?.status).toBe('met')
    expect(cellAt(matrix, 'third-country-transfers-and-safeguards', 'eea')?.status).toBe('met')
    // Art 12(1) by its measurable proxy, the average sentence length of the page's prose.
    expect(cellAt(matrix, 'form-concise-transparent', 'eea')?.status).toBe('met')
  })

  it('judges dated elements as of --now, else the effective date', () => {
    const early = coverageMatrix(model, { now: '2026-06-18' })
    const late = coverageMatrix(model, { now: '2026-06-19' })
    expect(cellAt(early, 'complaint-handling-process', 'uk')?.status).toBe('not-applicable')
    expect(cellAt(late, 'complaint-handling-process', 'uk')?.status).toBe('missing')
    expect(coverageMatrix(model).asOf).toBe(model.policy.effective)
  })

  it('gives the build a Markdown page with the missing elements and their citations', () => {
    const { markdown } = coverageReport(model, { now: '2026-03-01' })
    expect(markdown).toMatch(/^# Coverage of xwms-privacy\n/)
    expect(markdown).toContain('| `statutory-or-contractual-requirement` | ✖R | ✖R |')
    expect(markdown).toContain('| eea | `statutory-or-contractual-requirement` | R | GDPR Art 13(2)(e) |')
  })

  it('builds the element × region table as the tree remark makes of its Markdown', () => {
    const { table } = coverageMarkdownParts(matrix)
    const parsed = unified().use(remarkParse).use(remarkGfm).parse(table.join('\n'))
    const withoutPositions = (node: unknown): unknown => JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' ? undefined : value)))
    expect(parsed.children).toHaveLength(1)
    // Empty cells, marks and code spans alike: the page built from the tree is the page built from the text.
    expect(matrix.cells.some((c) => c.status === 'not-applicable')).toBe(true)
    expect(withoutPositions(coverageTable(matrix))).toEqual(withoutPositions(parsed.children[0]))
  })

  it('has an evaluator for the keys the catalog uses most, and names the ones it cannot judge', () => {
    const keys = new Set(loadCatalog().jurisdictions.flatMap((j) => j.elements.map((e) => e.key)))
    const evaluated = [...keys].filter((k) => k in EVALUATORS)
    expect(evaluated.length / keys.size).toBeGreaterThan(0.75)
  })
})

describe('policyc coverage', () => {
  it('prints the matrix and the missing elements with their citation', async () => {
    const result = await runCli(['coverage', '--now', '2026-03-01', 'policies/xwms'], { cwd: root })
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^xwms-privacy: notice elements per region, as of 2026-03-01\n/)
    expect(result.stdout).toMatch(/^element +eea uk +ch +us-ca/m)
    expect(result.stdout).toContain('✖ eea    statutory-or-contractual-requirement (R, GDPR Art 13(2)(e))')
  })

  it('--format json and markdown', async () => {
    const json = await runCli(['coverage', '--format', 'json', 'policies/xwms'], { cwd: root })
    const parsed = JSON.parse(json.stdout) as { policies: CoverageMatrix[] }
    expect(parsed.policies[0]!.cells.find((c) => c.key === 'statutory-or-contractual-requirement' && c.region === 'eea')?.status).toBe('missing')
    const markdown = await runCli(['coverage', '--format', 'markdown', 'policies/acme'], { cwd: root })
    expect(markdown.code).toBe(0)
    // acme discloses every element on its pages, each judged there: nothing missing and nothing unjudged.
    expect(markdown.stdout).toContain('None. In short: every required element is met.')
    expect(markdown.stdout).not.toContain('## Required elements not evaluated')
    const summary = (JSON.parse((await runCli(['coverage', '--format', 'json', 'policies/acme'], { cwd: root })).stdout) as { policies: { summary: Record<string, unknown> }[] }).policies[0]!.summary
    expect(summary).toMatchObject({ missing: 0, 'not-evaluated': 0, verdict: 'every required element is met' })
    const pretty = await runCli(['coverage', 'policies/acme'], { cwd: root })
    expect(pretty.stdout).toContain('✔ every required element is met')
    // XWMS has elements policyc cannot judge (a representative, where the establishment is not stated): listed apart, never counted as met.
    const unjudged = await runCli(['coverage', '--format', 'markdown', 'policies/xwms'], { cwd: root })
    expect(unjudged.stdout).toMatch(/## Required elements not evaluated\n\nNeither met nor missing[^\n]*\n\n\| region \| element \| level \| law \| why not evaluated \|\n(.*\n)*\| ch \| `representative` \| C \| FADP Art 14 \|/)
    expect(unjudged.stdout).not.toContain('every required element is met')
    const xwmsSummary = (JSON.parse(json.stdout) as { policies: { summary: Record<string, unknown> }[] }).policies[0]!.summary
    expect(xwmsSummary['not-evaluated']).toBeGreaterThan(0)
    expect(xwmsSummary.verdict).toMatch(/^\d+ required elements missing; \d+ not evaluated$/)
    const xwmsPretty = await runCli(['coverage', 'policies/xwms'], { cwd: root })
    expect(xwmsPretty.stdout).toMatch(/Not evaluated \(neither met nor missing\):\n {2}\? eea {4}representative [^\n]*\n {2}\? uk {5}representative [^\n]*\n {2}\? ch {5}representative/)
  })

  it('exits 1, keeping stdout clean, when a policy has errors and so no matrix', async () => {
    const result = await runCli(['coverage', '--format', 'json', 'test/fixtures/invalid/bad-enum'], { cwd: root })
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)).toEqual({ format: 'policyc-coverage/1', policies: [] })
    expect(result.stderr).toContain('bad-value')
  })
})
