import type { CheckedPolicy } from '../pipeline.js'
import { openSite, type BuildSiteOptions, type SiteBuild } from './build-site.js'
import { heapCompactor } from './compact-heap.js'
import { OutputRefused } from './output-guard.js'

/** Policies between two full garbage collections (src/site/compact-heap.ts has the measurements). */
export const COMPACT_EVERY = 5

/** What `stageCheckedPolicies` leaves to its caller, who decides between `finish` and `abandon`. */
export interface StagedPolicies<Summary> {
  /** The checker's summary: what the generator returned. */
  summary: Summary
  /** The site, opened for the first clean policy; undefined when none was clean or the output was refused. */
  site: SiteBuild | undefined
  /** The output folder was refused: for the caller to report after the check, since a policy error is the first thing to fix. */
  refused: OutputRefused | undefined
}

/**
 * Checked and rendered in one pass, shared by `policyc build` (src/api/build.ts) and the full
 * builds of `policyc dev` (src/dev/site-builder.ts): each policy is rendered into the staging
 * folder as soon as it checks clean, then let go of, so memory is that of the few policies in
 * flight however many there are (dev used to hold every model, and with it everything lint and
 * render keep by model, ~21 MB a policy: out of a 4 GB heap at 1000 policies). After the first
 * error nothing more is rendered, but the checker goes on so every problem is reported. The site
 * is opened only for the first clean policy, so a project with errors never touches the output.
 * On a throw (a write failure, an abort) the staged files go.
 */
export async function stageCheckedPolicies<Summary>(run: AsyncGenerator<CheckedPolicy, Summary, undefined>, options: BuildSiteOptions): Promise<StagedPolicies<Summary>> {
  let site: SiteBuild | undefined
  let refused: OutputRefused | undefined
  // Memory stays near that of the few policies in flight, not of all those already written.
  const compact = heapCompactor(COMPACT_EVERY)
  const opened = async (): Promise<SiteBuild | undefined> => {
    if (site || refused) return site
    try {
      site = await openSite(options)
    } catch (error) {
      if (!(error instanceof OutputRefused)) throw error
      refused = error
    }
    return site
  }
  try {
    let next = await run.next()
    for (; !next.done; next = await run.next()) {
      const checked = next.value
      if (checked.clean) {
        const target = await opened()
        if (checked.kind === 'model') await target?.add(checked.model)
        else await target?.addUnit(checked.unit)
      }
      compact()
    }
    return { summary: next.value, site, refused }
  } catch (error) {
    await site?.abandon()
    throw error
  }
}
