import { availableParallelism } from 'node:os'
import { type Diagnostic, sortDiagnostics } from '../diagnostics/diagnostic.js'
import type { LintOptions } from '../lint/lint.js'
import { packagePath } from '../package-root.js'
import type { CheckedPolicy, CheckResult } from '../pipeline.js'
import type { PolicyUnit } from '../site/policy-unit.js'
import { runOrdered } from './ordered-pool.js'

/**
 * Below this many policies `policyc check` and `build` stay in one thread unless `--jobs` asks
 * otherwise: a worker first loads policyc's modules (about 0.3 s on a 2-core machine), which a
 * handful of policies (0.1 s to check, 0.7 s to build each, XWMS-sized) does not pay back.
 */
export const MIN_POLICIES_FOR_WORKERS = 8

/**
 * Cores the default leaves to the main thread, which reads the workers' results and writes the
 * files. Measured on the 2-core benchmark machine (`npm run bench`, 100 XWMS-sized policies):
 * two workers cut a cold build from 62 s to 41 s, but peak memory went from 343 MB to 661 MB
 * (two more heaps) and the main thread shares a core with them. With two cores the default keeps
 * to one thread, whose memory stays flat however many policies there are; `--jobs 2` trades
 * that memory for the speed. From 3 cores on, a core is left over and workers start by default.
 */
const CORES_KEPT = 1

/** What every worker is started with. */
export interface WorkerSetup {
  cwd: string
  lint: LintOptions | false | undefined
  /** For a build: what the worker renders each clean policy with (the main thread's site options). */
  site?: WorkerSite | undefined
}

export interface WorkerSite {
  templateFolder: string
  templatesDigest: string
  baseUrl: string | undefined
  now: string | undefined
  /** The site cache's folder (UnitCache.folder), when the build has one: workers link unchanged policies from it. */
  unitCacheFolder: string | undefined
  version: string
}

/** One policy's result from a worker. */
export interface PolicyResult {
  diagnostics: Diagnostic[]
  notes: string[]
  /** Whether it loaded, validated and resolved. */
  resolved: boolean
  /** For a build, when the policy checked clean. */
  unit: PolicyUnit | undefined
}

/**
 * How many worker threads to use for `count` policies. `jobs` is `--jobs`: 1 keeps everything in
 * this thread; a number asks for that many workers (never more than policies); undefined sizes
 * the pool to the cores less CORES_KEPT, from MIN_POLICIES_FOR_WORKERS policies on.
 */
export function workerCount(jobs: number | undefined, count: number): number {
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, count))
  if (count < MIN_POLICIES_FOR_WORKERS) return 1
  const workers = Math.min(availableParallelism() - CORES_KEPT, 8, count)
  return workers >= 2 ? workers : 1
}

/**
 * `checkPolicies` over worker threads: each worker checks (and, for a build, renders) whole
 * policies; results come back in path order, so diagnostics, notes and the site are exactly what
 * one thread makes. `onUnit` gets each rendered policy with `clean`: no error so far, this one
 * included (after the first error the caller stages nothing more, as `onModel` callers do).
 */
export async function checkInWorkers(
  found: { policies: readonly string[]; diagnostics: readonly Diagnostic[] },
  workers: number,
  setup: WorkerSetup,
  onUnit?: (unit: PolicyUnit, clean: boolean) => Promise<void>,
): Promise<CheckResult> {
  const diagnostics: Diagnostic[] = [...found.diagnostics]
  const notes = new Set<string>()
  let resolved = 0
  let clean = !diagnostics.some((d) => d.severity === 'error')
  await runOrdered<string, PolicyResult>({
    script: packagePath('lib/parallel/policy-worker.js'),
    workerData: setup,
    workers,
    tasks: found.policies,
    // After the first error nothing more is staged, so a policy taken after it is only checked.
    message: (path) => ({ path, render: clean }),
    onResult: async (result) => {
      diagnostics.push(...result.diagnostics)
      for (const note of result.notes) notes.add(note)
      if (result.resolved) resolved++
      if (result.diagnostics.some((d) => d.severity === 'error')) clean = false
      if (result.unit) await onUnit?.(result.unit, clean)
    },
  })
  return { models: [], resolved, diagnostics: sortDiagnostics(diagnostics), policies: found.policies.length, notes: [...notes] }
}

/**
 * `checkInWorkers` as the generator `checkedPolicies` returns: each rendered unit is handed on
 * when the caller asks for the next one, and the workers wait for that (the caller's staging is
 * the back pressure, as when it was a callback). A caller that stops early ends the pool.
 */
export async function* checkedInWorkers(
  found: { policies: readonly string[]; diagnostics: readonly Diagnostic[] },
  workers: number,
  setup: WorkerSetup,
): AsyncGenerator<CheckedPolicy, CheckResult, undefined> {
  const queue: { unit: PolicyUnit; clean: boolean; taken: () => void; dropped: (error: Error) => void }[] = []
  let wake: (() => void) | undefined
  let settled: { result: CheckResult } | { error: unknown } | undefined
  let stopped = false
  const run = checkInWorkers(found, workers, setup, (unit, clean) =>
    new Promise<void>((taken, dropped) => {
      if (stopped) return dropped(new Error('the build stopped'))
      queue.push({ unit, clean, taken, dropped })
      wake?.()
    }),
  )
  run.then(
    (result) => ((settled = { result }), wake?.()),
    (error: unknown) => ((settled = { error }), wake?.()),
  )
  try {
    for (;;) {
      const item = queue.shift()
      if (item) {
        yield { kind: 'unit', unit: item.unit, clean: item.clean }
        item.taken()
        continue
      }
      if (settled) {
        if ('error' in settled) throw settled.error
        return settled.result
      }
      await new Promise<void>((resolve) => (wake = resolve))
      wake = undefined
    }
  } finally {
    // Stopped early: the pool is waiting for a unit to be taken; refuse it so the workers end.
    if (!settled) {
      stopped = true
      for (const item of queue.splice(0)) item.dropped(new Error('the build stopped'))
      await run.catch(() => undefined)
    }
  }
}
