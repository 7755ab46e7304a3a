import { resolve } from 'node:path'
import type { Builder, BuildProgress, BuildReport, RebuildScope } from './builder.js'
import { scopeOfChanges } from './builder.js'
import { LiveReloadHub, toProblems } from './live-reload.js'
import { createRebuildQueue } from './rebuild-queue.js'
import { startPreviewServer } from './server.js'
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
    const ms = performance.now() - started
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

  const queue = createRebuildQueue(async (paths) => {
    reporter.changed(paths)
    let scope = scopeOfChanges(paths, { root, policiesDir: options.policiesDir ?? 'policies', known })
    if (fullBuildPending && scope.kind === 'policies') scope = { kind: 'all', reason: 'the last full build failed' }
    if (scope.kind === 'policies' && broken.size > 0) scope = { kind: 'policies', policies: [...new Set([...scope.policies, ...broken])].sort() }
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
      await Promise.race([queue.idle(), new Promise((wake) => setTimeout(wake, CLOSE_WAIT_MS).unref())])
      await server.close()
    },
  }
}
