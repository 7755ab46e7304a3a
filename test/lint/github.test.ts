import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { escapeData, escapeProperty, formatGithub } from '../../src/diagnostics/reporters/github.js'
import { root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'

const at = { start: { line: 12, column: 5 }, end: { line: 12, column: 19 } }

describe('GitHub workflow-command output', () => {
  it('writes one annotation per diagnostic, line by line', () => {
    const diagnostics: Diagnostic[] = [
      { ruleId: 'category-unused', source: 'lint', severity: 'warning', reason: 'Category `Location` is collected, but no purpose uses it', file: 'policies/acme/data.yaml', ...at },
      { ruleId: 'unknown-key', source: 'schema', severity: 'error', reason: 'Unknown key `colected`', hint: 'did you mean `collected`?', file: 'policies/acme/data.yaml', start: { line: 3, column: 1 } },
    ]
    expect(formatGithub(diagnostics, ['effective-date-out-of-range: skipped: no date'])).toBe(
      [
        '::warning file=policies/acme/data.yaml,line=12,col=5,endLine=12,endColumn=19,title=category-unused::Category `Location` is collected, but no purpose uses it',
        '::error file=policies/acme/data.yaml,line=3,col=1,title=unknown-key::Unknown key `colected`%0Adid you mean `collected`?',
        '::notice title=policyc::effective-date-out-of-range: skipped: no date',
        '',
      ].join('\n'),
    )
  })

  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('100% sure\r\nnext: a, b')).toBe('100%25 sure%0D%0Anext: a, b')
    expect(escapeProperty('C:\\policies\\a,b.yaml')).toBe('C%3A\\policies\\a%2Cb.yaml')
    expect(escapeProperty('50%')).toBe('50%25')
    const line = formatGithub([{ ruleId: 'x', source: 'lint', severity: 'warning', reason: 'a\nb: 5%, c', file: 'dir,1/p:q.yaml', start: { line: 1, column: 1 } }])
    expect(line).toBe('::warning file=dir%2C1/p%3Aq.yaml,line=1,col=1,title=x::a%0Ab: 5%25, c\n')
  })

  it('prints nothing when there is nothing to say', () => {
    expect(formatGithub([])).toBe('')
  })

  it('`policyc check --format github` on XWMS: every line is a warning command with a position', async () => {
    const result = await runCli(['check', '--format', 'github', '--now', '2026-10-01', 'policies/xwms'], { cwd: root })
    expect(result.code).toBe(0)
    const all = result.stdout.trimEnd().split('\n')
    // Required elements policyc cannot judge are a notice, never a silent pass.
    expect(all.filter((l) => l.startsWith('::notice title=policyc::notice-element-missing: xwms-privacy: ')).length).toBe(1)
    const lines = all.filter((l) => !l.startsWith('::notice '))
    expect(lines.length).toBeGreaterThan(10)
    for (const line of lines) {
      expect(line).toMatch(/^::warning file=policies\/xwms\/[a-z]+\.yaml,line=\d+,col=\d+(,endLine=\d+,endColumn=\d+)?,title=[a-z0-9-]+::[^\n\r]+$/)
    }
    expect(lines.some((l) => l.includes('title=claim-sensitive-data-contradicted::'))).toBe(true)
  })
})
