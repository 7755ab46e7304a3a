/**
 * policyc's programmatic API: the commands of the CLI as functions that return their results
 * instead of printing them. The CLI (src/cli) is a thin layer over these.
 *
 *     import { check, build } from 'policyc'
 *     const report = await check({ cwd: 'my-policies' })
 *     if (report.ok) await build({ cwd: 'my-policies', baseUrl: 'https://example.com/privacy/' })
 *
 * Problems in a policy come back as diagnostics; problems with the call or the machine (a bad
 * option, an output folder policyc will not replace) are thrown as `UsageError`.
 */
export { check, type CheckApiOptions as CheckOptions, type CheckReport } from './api/check.js'
export { build, type BuildOptions, type BuildResult } from './api/build.js'
export { diff, type DiffOptions } from './api/diff.js'
export { coverage, type CoverageReport } from './api/coverage.js'
export { show, type ShowOptions, type ShowResult } from './api/show.js'
export { UsageError } from './api/errors.js'
export type { Diagnostic } from './diagnostics/diagnostic.js'
export type { DiffSourcesResult as DiffResult } from './history/diff-sources.js'
export type { DiffReport } from './history/diff/change.js'
export type { CoverageMatrix } from './lint/coverage/index.js'
export type { PolicyHistory, AsOfAnswer } from './history/as-of.js'
