import { resolve } from 'node:path'
import type { Builder, BuildProgress, BuildReport, RebuildScope } from './builder.js'
import { scopeOfChanges } from './builder.js'
import { LiveReloadHub, toProblems } from './live-reload.js'
import { createRebuildQueue } from './rebuild-queue.js'
import { startPreviewServer } from './server.js'
import { readPolicyFiles } from './policy-files.js'
import { watchProject } from './watch.js'

/** What the dev loop tells the person at the terminal; the CLI decides how it looks. */
export interface DevReporter {
  changed(paths: readonly string[]): void
  building(scope: RebuildScope | { kind: 'first' }): void
  progress(progress: BuildProgress): void
  built(report: BuildReport, scope: RebuildScope | { kind: 'first' }, ms: number): void
  watching(mode: string): void
  /** A rebuild failed for a reason other than the policies (the output folder, the disk). */
  error(error: unknown): void
}

export interface DevLoopOptions {
  /** The project folder: policies/, schemas/, templates/ and the config are found here. */
  root: string
  /** The build's output folder, which the preview serves. */
  out: string
  host?: string
  port?: number
  builder: Builder
  reporter: DevReporter
  /** Folders watched recursively, relative to root. */
  folders?: readonly string[]
  /** Files watched, relative to root. */
  files?: readonly string[]
  /** Where policies live, relative to root (for mapping a change to its policy). */
  policiesDir?: string
  /** Watch by polling (tests on file systems without events; POLICYC_WATCH=poll does the same). */
  poll?: boolean
}

export interface DevLoop {
  url: string
  port: number
  /** Resolves once no rebuild runs or waits. */
  idle(): Promise<void>
  close(): Promise<void>
}

const CLOSE_WAIT_MS = 5_000

/**
 * Build, serve, watch, rebuild: the loop behind `policyc dev`. A failing build never stops it: the
 * preview keeps the last good site, open pages show the problems, and the next good build reloads
 * them. While a policy is broken, every rebuild includes it, so a good build of another policy does
 * not hide the problems of the broken one.
 */
export async function startDevLoop(options: DevLoopOptions): Promise<DevLoop> {
  const root = resolve(options.root)
  const live = new LiveReloadHub()
  const { builder, reporter } = options
  let known: string[] = []
  let fullBuildPending = false
  const broken = new Set<string>()

  const run = async (scope: RebuildScope | { kind: 'first' }): Promise<void> => {
    reporter.building(scope)
    const started = performance.now()
    // The pages open in the preview are rendered before the reload; a builder serving from memory renders the rest when asked.
    const report = scope.kind === 'policies' ? await builder.rebuildPolicies(scope.policies, reporter.progress, live.viewing) : await builder.buildAll(reporter.progress)
    publish(report, scope, performance.now() - started)
  }

  /** What a build found goes to the preview (reload, or the problems) and to the terminal. */
  const publish = (report: BuildReport, scope: RebuildScope | { kind: 'first' }, ms: number): void => {
    if (report.known.length > 0 || scope.kind !== 'policies') known = report.known
    if (report.ok) {
      fullBuildPending = false
      broken.clear()
      live.built()
    } else {
      if (scope.kind === 'policies') for (const policy of scope.policies) broken.add(policy)
      else fullBuildPending = true
      live.failed(toProblems(report.diagnostics.filter((d) => d.severity === 'error')))
    }
    reporter.built(report, scope, ms)
  }

  // A page rendered on request after a good rebuild may still find a render error: show it like any other.
  builder.onLateErrors?.((errors) => live.failed(toProblems(errors)))
  await run({ kind: 'first' })
  const memory = builder.file ? (path: string) => builder.file!(path) : undefined
  const server = await startPreviewServer({ root: resolve(root, options.out), live, memory, ...(options.host ? { host: options.host } : {}), ...(options.port !== undefined ? { port: options.port } : {}) })

  const scopeFor = (paths: readonly string[]): RebuildScope => {
    let scope = scopeOfChanges(paths, { root, policiesDir: options.policiesDir ?? 'policies', known })
    if (fullBuildPending && scope.kind === 'policies') scope = { kind: 'all', reason: 'the last full build failed' }
    if (scope.kind === 'policies' && broken.size > 0) scope = { kind: 'policies', policies: [...new Set([...scope.policies, ...broken])].sort() }
    return scope
  }

  // A save is checked from its first file event, not after the 60 ms of quiet the watcher waits
  // for (issue 19 item 5: that wait was a quarter of the time from save to reload). What this early
  // build finds is shown only when the burst, once settled, holds exactly the paths it started
  // from, no event came after it started, and the policy's files read byte for byte as they did
  // just before it started. The last test is the one that matters: chokidar passes on at most one
  // change event per file in 50 ms and drops the rest (chokidar 4, index.js `_throttle`), so an
  // editor's second write right after its first brings no event; the quiet period (60 ms, longer
  // than that window, which is why it must not be shortened below it) covers such a write, and
  // so does reading the files again once it has passed. Otherwise the early build is dropped
  // unseen (the builder is put back as it was: a half-written file's errors never flash in the
  // overlay, its pages are never served) and the settled paths are built as before. Only a save to
  // policies already known is built early; anything that needs a full build waits for the quiet.
  let events = 0
  let early: { paths: Set<string>; scope: RebuildScope & { kind: 'policies' }; events: number; files: string; started: number; report: Promise<BuildReport | undefined>; undo: () => void } | undefined
  const startEarly = (path: string): void => {
    events++
    if (early || queue.busy || !builder.snapshot) return
    const scope = scopeFor([path])
    if (scope.kind !== 'policies') return
    const started = performance.now()
    const files = readPolicyFiles(scope.policies)
    const undo = builder.snapshot()
    const report = builder.rebuildPolicies(scope.policies, undefined, live.viewing).catch(() => undefined)
    early = { paths: new Set([path]), scope, events, files, started, report, undo }
  }

  const queue = createRebuildQueue(async (paths) => {
    reporter.changed(paths)
    const scope = scopeFor(paths)
    if (early) {
      // The builder runs one build at a time: the early one finishes before anything else starts.
      const { paths: from, events: at, files, started, report: pending, scope: earlyScope, undo } = early
      const report = await pending
      early = undefined
      if (report && at === events && paths.length === from.size && paths.every((p) => from.has(p)) && readPolicyFiles(earlyScope.policies) === files) {
        reporter.building(earlyScope)
        publish(report, earlyScope, performance.now() - started)
        return
      }
      // Dropped: the builder goes back to what it held before, so the preview never serves what it found.
      undo()
    }
    try {
      await run(scope)
    } catch (error) {
      // Not a problem in a policy (those are diagnostics): say so, and try everything next time.
      fullBuildPending = true
      reporter.error(error)
      live.failed([{ file: options.out, line: 1, column: 1, severity: 'error', message: error instanceof Error ? error.message : String(error), ruleId: 'build-failed' }])
    }
  })
  const watcher = watchProject({
    root,
    folders: options.folders ?? ['policies', 'schemas', 'templates'],
    files: options.files ?? ['policyc.config.yaml'],
    onChange: (paths) => queue.push(paths),
    onEvent: startEarly,
    ...(options.poll ? { poll: true } : {}),
  })
  await watcher.ready
  reporter.watching(watcher.mode)

  return {
    url: server.url,
    port: server.port,
    idle: () => queue.idle(),
    async close() {
      watcher.close()
      // Let a running build finish writing (it is atomic, but a clean stop should not cut it short).
      await Promise.race([Promise.all([queue.idle(), early?.report]), new Promise((wake) => setTimeout(wake, CLOSE_WAIT_MS).unref())])
      await server.close()
    },
  }
}
