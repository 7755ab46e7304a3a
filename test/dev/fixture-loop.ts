import { cpSync } from 'node:fs'
import { join } from 'node:path'
import type { BuildReport } from '../../src/dev/builder.js'
import { startDevLoop, type DevLoop, type DevReporter } from '../../src/dev/dev-loop.js'
import { createDevBuilder } from '../../src/dev/site-builder.js'
import { root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'

/**
 * `policyc dev`'s loop (real watcher, builder serving saves from memory) on a copy of
 * test/dev/fixtures/policies in a new temporary folder, with every build's report collected in
 * `reports`. The caller closes the loop and removes `dir`.
 */
export async function startFixtureLoop(prefix: string): Promise<{ dir: string; loop: DevLoop; reports: BuildReport[] }> {
  const dir = tempFolder(prefix)
  cpSync(join(root, 'test', 'dev', 'fixtures', 'policies'), join(dir, 'policies'), { recursive: true })
  const reports: BuildReport[] = []
  const reporter: DevReporter = { changed() {}, building() {}, progress() {}, built: (report) => void reports.push(report), watching() {}, error() {} }
  const loop = await startDevLoop({ root: dir, out: 'dist', port: 0, builder: createDevBuilder({ cwd: dir, paths: [join(dir, 'policies')], out: 'dist', env: {} }), reporter })
  return { dir, loop, reports }
}
