/**
 * `policyc dev` keeps no model of a policy that is not being edited (issue 19, the memory of dev):
 * its full build streams like `policyc build` (src/site/stage-checked.ts), so each policy is let
 * go of once its pages are staged. It used to keep every checked model, and with each everything
 * lint and render cache by model (~21 MB a policy), and ran out of a 4 GB heap at 1000 policies.
 *
 * Measured structurally, not by heap size: a model holds its parsed source files (yaml's
 * LineCounter, one a file), so the LineCounters still alive after a full collection are those of
 * the models something holds, plus at most the parse cache's few recent files (PARSED_FILES_KEPT,
 * src/load/parse-yaml.ts: 8). Counted in a process of its own started with --expose-gc.
 */
import { execFile } from 'node:child_process'
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'

const POLICIES = 6
const FILES_PER_POLICY = 3 // acme: policy.yaml, data.yaml, sections.yaml
const PARSE_CACHE_FILES = 8

const project = tempFolder('policyc-held-models-')
afterAll(() => rmSync(project, { recursive: true, force: true }))

describe('the dev builder after a full build', () => {
  it('holds the parsed files of no policy but the one being edited', async () => {
    // Six copies of acme, each with an id of its own: 18 parsed files, more than the parse cache keeps.
    for (let i = 1; i <= POLICIES; i++) {
      const folder = join(project, 'policies', `acme-${i}`)
      cpSync(join(root, 'policies', 'acme'), folder, { recursive: true })
      const policy = join(folder, 'policy.yaml')
      writeFileSync(policy, readFileSync(policy, 'utf8').replace(/^id: acme-privacy$/m, `id: acme-privacy-${i}`))
    }
    const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--no-warnings', join(root, 'test', 'dev', 'held-models.mjs'), project, 'acme-1'], { cwd: project })
    const held = JSON.parse(stdout.trim().split('\n').at(-1)!) as { afterBuild: number; afterSave: number }
    // Every model kept would be all 18 files (as before the fix).
    expect(held.afterBuild).toBeLessThanOrEqual(PARSE_CACHE_FILES)
    // After a save, the edited policy's model is held (its pages render when asked), no other.
    expect(held.afterSave).toBeLessThanOrEqual(PARSE_CACHE_FILES + FILES_PER_POLICY)
    expect(POLICIES * FILES_PER_POLICY).toBeGreaterThan(PARSE_CACHE_FILES + FILES_PER_POLICY)
  }, 300_000)
})
