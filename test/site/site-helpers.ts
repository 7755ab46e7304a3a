import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { checkPolicies } from '../../src/pipeline.js'
import { buildSite, type BuildSiteOptions, type BuildSiteResult } from '../../src/site/build-site.js'
import { root } from '../helpers/paths.js'

/** The policies the site tests build: the XWMS flagship and the showcase fixture. */
export const XWMS = 'policies/xwms'
export const SHOWCASE = 'test/fixtures/render/showcase'

export function tempFolder(prefix = 'policyc-site-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

/** Checks the policies, fails on errors, then builds them with the library API (as the CLI does). */
export async function build(paths: readonly string[], options: Omit<BuildSiteOptions, 'sources'> & { cwd?: string }): Promise<BuildSiteResult> {
  const cwd = options.cwd ?? root
  const checked = await checkPolicies(paths.map((p) => join(cwd, p)), { cwd })
  const errors = checked.diagnostics.filter((d) => d.severity === 'error')
  if (errors.length) throw new Error(`policies have errors:\n${errors.map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.reason}`).join('\n')}`)
  return buildSite(checked.models, { ...options, cwd, sources: paths })
}

/** Every file under a folder, as sorted `/`-separated relative paths. */
export function listFiles(folder: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else out.push(relative(folder, path).split('\\').join('/'))
    }
  }
  walk(folder)
  return out.sort()
}

/** path → sha256 of every file under a folder. */
export function hashFiles(folder: string): Record<string, string> {
  return Object.fromEntries(listFiles(folder).map((file) => [file, createHash('sha256').update(readFileSync(join(folder, file))).digest('hex')]))
}
