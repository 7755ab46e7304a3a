/**
 * A worker thread of `policyc check` and `policyc build` (src/parallel/check-in-workers.ts): it
 * checks each policy path it is sent, exactly as `checkPolicy` does in the main thread, and for a
 * build also renders every policy that checked clean into a PolicyUnit. Results go back as plain
 * data; the main thread reports them and stages the files in path order.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import { checkPolicy } from '../pipeline.js'
import { FragmentCache } from '../render/fragment-cache.js'
import { loadTemplates } from '../render/html/template-set.js'
import { UnitCache } from '../site/cache/unit-cache.js'
import { heapCompactor } from '../site/compact-heap.js'
import { renderPolicyUnit, type UnitContext } from '../site/policy-unit.js'
import type { PolicyResult, WorkerSetup } from './check-in-workers.js'

const setup = workerData as WorkerSetup
const port = parentPort!
// As in the main thread of a build: a full collection every 20 policies keeps each worker's heap
// near what is alive (src/site/compact-heap.ts).
const compact = heapCompactor(20)

/** The render context, made once per worker (templates are parsed once, fragments kept across its policies). */
let context: UnitContext | undefined
function renderContext(site: NonNullable<WorkerSetup['site']>): UnitContext | undefined {
  if (context) return context
  const { templates } = loadTemplates(site.templateFolder, setup.cwd)
  // The main thread reports template problems and builds nothing; here there is simply no render.
  if (!templates) return undefined
  context = {
    cwd: setup.cwd,
    templates,
    templateFolder: site.templateFolder,
    templatesDigest: site.templatesDigest,
    cache: new FragmentCache(),
    baseUrl: site.baseUrl,
    now: site.now,
    units: site.unitCacheFolder === undefined ? undefined : UnitCache.at(site.unitCacheFolder),
    version: site.version,
  }
  return context
}

async function handle({ path, render }: { path: string; render: boolean }): Promise<PolicyResult> {
  const checked = await checkPolicy(path, setup.cwd, setup.lint)
  const result: PolicyResult = { diagnostics: checked.diagnostics, notes: checked.notes, resolved: checked.model !== undefined, unit: undefined }
  const clean = !checked.diagnostics.some((d: Diagnostic) => d.severity === 'error')
  const site = setup.site && render && clean && checked.model ? renderContext(setup.site) : undefined
  if (site && checked.model) result.unit = await renderPolicyUnit(checked.model, site)
  compact()
  return result
}

port.on('message', ({ index, task }: { index: number; task: { path: string; render: boolean } }) => {
  handle(task).then(
    (result) => port.postMessage({ index, result }),
    (error: unknown) => port.postMessage({ index, error: { message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined } }),
  )
})
