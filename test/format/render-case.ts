import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { loadTemplates } from '../../src/render/html/template-set.js'
import { FragmentCache } from '../../src/render/fragment-cache.js'
import { renderVariant, type RenderedVariant } from '../../src/render/render-variant.js'
import { checkPolicies, type CheckResult } from '../../src/pipeline.js'
import { variantsOf } from '../../src/variant/variants-of.js'
import { fixtures } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'

/** A fixture of test/fixtures/format/, checked as `policyc check` does (lint at a fixed date). */
export async function checkCase(name: string): Promise<CheckResult> {
  const dir = join(fixtures, 'format', name)
  return checkPolicies([dir], { cwd: dir, lint: { now: '2026-12-02' } })
}

/** Every variant of a fixture rendered, keyed by variant key (the region id, `global` for the page with every region, `elsewhere` for the page outside them). */
export async function renderCase(name: string): Promise<Map<string, RenderedVariant>> {
  const result = await checkCase(name)
  const errors = result.diagnostics.filter((d) => d.severity === 'error')
  if (errors.length || !result.models[0]) throw new Error(`${name} does not resolve: ${errors.map((d) => `${d.file}:${d.start.line} ${d.reason}`).join('; ')}`)
  const templates = loadTemplates().templates!
  const cache = new FragmentCache()
  const pages = new Map<string, RenderedVariant>()
  for (const variant of variantsOf(result.models[0])) pages.set(variant.key, renderVariant(variant, { templates, cache, links: { home: 'index.html', assets: 'assets/', variants: [] } }))
  return pages
}

/** The lint and resolve findings of a fixture as `rule: reason` lines. */
export async function findings(name: string): Promise<string[]> {
  return (await checkCase(name)).diagnostics.map((d) => `${d.ruleId}: ${d.reason}`)
}

/** One change as `policyc diff --format json` reports it. */
export interface ReportedChange {
  field?: string
  materiality: string
  reason: string
}

/**
 * Two copies of a fixture (`old/` and `new/`) in a temporary folder, made before the tests of the
 * calling `describe` and removed after them; `diffWith` edits `new/policy.yaml` from `old/` and
 * returns what `policyc diff` reports between them.
 */
export function diffFixture(name: string): { diffWith: (edit: (text: string) => string) => Promise<ReportedChange[]>; oldPolicy: () => string } {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `policyc-${name}-`))
    await cp(join(fixtures, 'format', name), join(dir, 'old'), { recursive: true })
    await cp(join(fixtures, 'format', name), join(dir, 'new'), { recursive: true })
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))
  return {
    oldPolicy: () => join(dir, 'old', 'policy.yaml'),
    async diffWith(edit) {
      const text = await readFile(join(dir, 'old', 'policy.yaml'), 'utf8')
      await writeFile(join(dir, 'new', 'policy.yaml'), edit(text))
      const result = await runCli(['diff', 'old', 'new', '--format', 'json'], { cwd: dir })
      return (JSON.parse(result.stdout) as { policies: { changes: ReportedChange[] }[] }).policies[0]!.changes
    },
  }
}
