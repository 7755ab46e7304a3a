import { readdirSync } from 'node:fs'
import { mkdtemp, writeFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPolicies } from '../src/pipeline.js'
import { MAX_SOURCE_BYTES } from '../src/load/read-text.js'
import { fixtures } from './helpers/paths.js'
import { runCli } from './helpers/run-cli.js'

const invalidRoot = join(fixtures, 'invalid')
const cases = readdirSync(invalidRoot).sort()

/** `file:line:col rule-id severity` — the exact place and rule, one line per diagnostic. */
async function diagnosticsOf(dir: string): Promise<string> {
  const result = await checkPolicies([dir], { cwd: dir })
  return result.diagnostics.map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.ruleId} ${d.severity}: ${d.reason}${d.hint ? `\n    hint: ${d.hint}` : ''}`).join('\n') + '\n'
}

describe('invalid sources', () => {
  it('has at least 25 broken fixtures', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25)
  })

  it.each(cases)('%s reports exactly the expected diagnostics', async (name) => {
    const dir = join(invalidRoot, name)
    const actual = await diagnosticsOf(dir)
    expect(actual.trim()).not.toBe('')
    await expect(actual).toMatchFileSnapshot(join(dir, 'expected.txt'))
  })

  it('refuses a file over the size limit before parsing it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policyc-large-'))
    try {
      await writeFile(join(dir, 'policy.yaml'), `id: big\nintro: "${'x'.repeat(MAX_SOURCE_BYTES)}"\n`)
      expect(await diagnosticsOf(dir)).toMatch(/^policy\.yaml:1:1 file-too-large error: File is \d+ bytes, over the limit of 1048576 bytes\n    hint: Split the policy over several files in its folder\.\n$/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('the CLI reports every fixture with exit code 1 and never a stack trace', async () => {
    const result = await runCli(['check', ...cases.map((c) => join(invalidRoot, c))])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.stdout).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
    expect(result.stdout).not.toMatch(/internal error/)
    expect(result.stdout).toMatch(new RegExp(`✖ ${cases.length} policies checked: \\d+ errors`))
  })
})
