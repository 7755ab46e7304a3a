import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixtures, root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'

/**
 * Golden coverage matrices of policies/xwms and policies/acme: the output of
 * `policyc coverage --format markdown --now 2026-10-01 <policy>`, committed under
 * test/fixtures/coverage/<policy>.md and compared byte for byte. A changed cell is a change in what
 * policyc says the readers' pages disclose, so it is reviewed as a diff: after an intended change,
 * regenerate with
 *
 *   POLICYC_UPDATE_COVERAGE=1 npx vitest run test/lint/coverage-golden.test.ts
 *
 * and read the diff of test/fixtures/coverage/ before committing it.
 */
const folder = join(fixtures, 'coverage')
const update = process.env.POLICYC_UPDATE_COVERAGE === '1'
/** After XWMS's last update (2025-06-01) and acme's effective date (2026-09-01), as test/lint/xwms.test.ts. */
const NOW = '2026-10-01'

describe('golden coverage matrices', () => {
  for (const name of ['xwms', 'acme']) {
    it(`policies/${name} matches test/fixtures/coverage/${name}.md`, async () => {
      const result = await runCli(['coverage', '--format', 'markdown', '--now', NOW, `policies/${name}`], { cwd: root })
      expect(result.stderr).toBe('')
      const file = join(folder, `${name}.md`)
      if (update) {
        mkdirSync(folder, { recursive: true })
        writeFileSync(file, result.stdout)
      }
      expect(result.stdout, `${name}.md differs: rerun with POLICYC_UPDATE_COVERAGE=1 and review the diff`).toBe(readFileSync(file, 'utf8'))
    })
  }

  it('acme: every required element is met or not evaluated, none missing', () => {
    // The aim is ✔ everywhere; what is left "not evaluated" is listed in the golden file.
    const acme = readFileSync(join(folder, 'acme.md'), 'utf8')
    const table = acme.split('\n').filter((line) => line.startsWith('| `'))
    expect(table.length).toBeGreaterThan(50)
    expect(table.filter((line) => line.includes('✖'))).toEqual([])
  })
})
