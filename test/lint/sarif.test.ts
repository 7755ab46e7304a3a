import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv04 from 'ajv-draft-04'
import addFormatsModule from 'ajv-formats'
import type { Log } from 'sarif'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatSarif } from '../../src/diagnostics/reporters/sarif.js'
import { RULES } from '../../src/lint/registry.js'
import { fixtures, root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv04) => void

/** The official OASIS schema (draft-04), vendored: see test/fixtures/sarif/README.md. */
const schema = JSON.parse(readFileSync(join(fixtures, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8')) as object
const ajv = new Ajv04({ allErrors: true, strict: false })
addFormats(ajv)
const validate = ajv.compile(schema)

function errorsOf(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`)
}

describe('SARIF output', () => {
  let xwms: Log
  beforeAll(async () => {
    const result = await runCli(['check', '--format', 'sarif', '--now', '2026-10-01', 'policies/xwms'], { cwd: root })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    xwms = JSON.parse(result.stdout) as Log
  })

  it('validates against the SARIF 2.1.0 JSON Schema', () => {
    expect(errorsOf(xwms)).toEqual([])
  })

  it('describes every registered rule in tool.driver.rules, and results point at them', () => {
    const run = xwms.runs[0]!
    const rules = run.tool.driver.rules ?? []
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id))
    expect(rules.every((r) => r.shortDescription?.text && r.help?.text)).toBe(true)
    expect(run.results?.length).toBeGreaterThan(10)
    for (const result of run.results ?? []) {
      expect(rules[result.ruleIndex!]?.id).toBe(result.ruleId)
      expect(result.level).toBe('warning')
      const location = result.locations![0]!.physicalLocation!
      expect(location.artifactLocation?.uriBaseId).toBe('%SRCROOT%')
      expect(location.artifactLocation?.uri).toMatch(/^policies\/xwms\/[a-z]+\.yaml$/)
      expect(location.region?.startLine).toBeGreaterThan(0)
      expect(location.region?.startColumn).toBeGreaterThan(0)
    }
    expect(run.originalUriBaseIds?.['%SRCROOT%']?.uri).toMatch(/^file:\/\/\/.*\/$/)
  })

  it('stays valid for errors from other stages, odd paths and notes', () => {
    const log = JSON.parse(
      formatSarif(
        [
          { ruleId: 'unknown-key', source: 'schema', severity: 'error', reason: 'Unknown key `colected`', hint: 'did you mean `collected`?', file: 'policies/my policy/a#b.yaml', start: { line: 3, column: 5 }, end: { line: 3, column: 13 } },
          { ruleId: 'category-unused', source: 'lint', severity: 'warning', reason: 'Category `x` is collected, but no purpose uses it', file: '/abs/path/policy.yaml', start: { line: 1, column: 1 } },
        ],
        { version: '0.1.0', root: '/work/project', rules: [{ id: 'category-unused', description: 'A collected category that no purpose uses' }], notes: ['effective-date-out-of-range: skipped'] },
      ),
    ) as Log
    expect(errorsOf(log)).toEqual([])
    const [first, second] = log.runs[0]!.results!
    expect(first!.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('policies/my%20policy/a%23b.yaml')
    expect(log.runs[0]!.tool.driver.rules![first!.ruleIndex!]!.id).toBe('unknown-key')
    expect(second!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: 'file:///abs/path/policy.yaml' })
    expect(log.runs[0]!.invocations![0]!.toolExecutionNotifications![0]!.message.text).toBe('effective-date-out-of-range: skipped')
  })

  it('the schema itself catches a broken log (the test is not vacuous)', () => {
    expect(errorsOf({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ ruleId: 'x' }] }] }).length).toBeGreaterThan(0)
  })
})
