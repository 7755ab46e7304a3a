import { diffSources, type DiffSourcesResult } from '../history/diff-sources.js'
import { HistoryError } from '../history/errors.js'
import { UsageError } from './errors.js'

export interface DiffOptions {
  /** A git revision (or a path) to compare from. */
  from: string
  /** A git revision or path to compare to. Default: the working tree. */
  to?: string | undefined
  /** Policy paths inside the repository. Default: `['policies']`. */
  paths?: readonly string[] | undefined
  /** A folder inside the git repository. Default: `process.cwd()`. */
  cwd?: string | undefined
}

/**
 * The semantic diff of `policyc diff`: `{ ok: true, report }` with every change classified as
 * material or editorial (`report.summary` counts them), or `{ ok: false, side, diagnostics }`
 * when one side's policies do not load. Throws `UsageError` for a revision git does not know.
 */
export async function diff(options: DiffOptions): Promise<DiffSourcesResult> {
  try {
    return await diffSources({ from: options.from, to: options.to, ...(options.paths ? { paths: options.paths } : {}), ...(options.cwd ? { cwd: options.cwd } : {}) })
  } catch (error) {
    if (error instanceof HistoryError) throw new UsageError(error.message)
    throw error
  }
}
