import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { basename, relative } from 'node:path'
import { countBySeverity } from '../../diagnostics/diagnostic.js'
import { palette, useColor, type Palette } from '../../diagnostics/reporters/color.js'
import { formatCounts, formatPretty } from '../../diagnostics/reporters/pretty.js'
import type { BuildReport, RebuildScope } from '../../dev/builder.js'
import { startDevLoop, type DevLoop, type DevReporter } from '../../dev/dev-loop.js'
import { createDevBuilder } from '../../dev/site-builder.js'
import { findPolicies } from '../../load/load-policy.js'
import { OutputRefused } from '../../site/output-guard.js'
import { EXIT, UsageError } from '../exit.js'
import { createOutput, formatDuration, type Output } from '../progress.js'
import type { DevFlags } from './dev-options.js'

/** Runs `policyc dev` until Ctrl-C (SIGINT) or SIGTERM; returns 0 after a clean stop. */
export async function runDev(paths: string[], flags: DevFlags): Promise<number> {
  const cwd = process.cwd()
  const found = await findPolicies(paths)
  const missing = found.diagnostics.find((d) => d.ruleId === 'path-not-found')
  if (missing) throw new UsageError(`${missing.reason}. ${missing.hint ?? ''} Run \`policyc init\` to start a project here.`.trim())
  const out = createOutput({ quiet: flags.quiet, verbose: flags.verbose })
  const colors = palette(useColor(process.stdout))
  const builder = createDevBuilder({ cwd, paths, out: flags.out, configPath: flags.config, now: flags.now, force: flags.force, writeEdits: flags.write })
  let loop: DevLoop
  try {
    loop = await startDevLoop({ root: cwd, out: flags.out, host: flags.host, port: flags.port, builder, reporter: terminalReporter(out, colors, cwd, flags) })
  } catch (error) {
    if (error instanceof OutputRefused) throw new UsageError(`${error.message}; or pass --out with another folder`)
    throw listenProblem(error, flags) ?? error
  }
  // Printed even under --quiet: the address is the one thing this command is for (tests read it too).
  process.stdout.write(`policyc dev: serving ${loop.url} (Ctrl-C to stop)\n`)
  if (flags.open) openBrowser(loop.url)
  await untilStopped()
  await loop.close()
  out.detail('stopped')
  return EXIT.ok
}

function terminalReporter(out: Output, colors: Palette, cwd: string, flags: DevFlags): DevReporter {
  let first = true
  return {
    changed: (paths) => out.detail(`changed: ${paths.map((p) => relative(cwd, p) || p).join(', ')}`),
    building: (scope) => out.start(scope.kind === 'first' ? 'building' : `rebuilding ${describeScope(scope)}`),
    progress: (progress) => out.progress(progress),
    built(report, scope, ms) {
      // Warnings are listed on the first build (and with --verbose); later builds only count them,
      // so every save does not scroll the same warnings past.
      const everything = (first || flags.verbose === true) && flags.quiet !== true
      const shown = everything ? report.diagnostics : report.diagnostics.filter((d) => d.severity === 'error')
      first = false
      const text = formatPretty(shown, readText, colors)
      if (text) out.problem(text)
      out.done(summary(report, scope, ms, colors))
    },
    watching: (mode) => out.detail(`watching policies/, schemas/, templates/ and policyc.config.yaml (${mode})`),
    error(error) {
      out.problem(`${colors.red('✖')} the rebuild failed: ${error instanceof Error ? error.message : String(error)}. Fix it and save again; the preview keeps the last good site`)
    },
  }
}

function summary(report: BuildReport, scope: RebuildScope | { kind: 'first' }, ms: number, colors: Palette): string {
  const took = formatDuration(ms)
  if (!report.ok) {
    const { errors } = countBySeverity(report.diagnostics)
    return `${colors.red('✖')} ${errors} error${errors === 1 ? '' : 's'} (${took}): the preview keeps the last good site and shows the problems; fix the source and it rebuilds by itself`
  }
  const what = scope.kind === 'policies' ? `rebuilt ${describeScope(scope)}` : `built ${report.policies} polic${report.policies === 1 ? 'y' : 'ies'}`
  const warnings = countBySeverity(report.diagnostics).warnings
  return `${colors.green('✔')} ${what}: ${report.pages} file${report.pages === 1 ? '' : 's'} in ${took}${warnings ? ` (${formatCounts(report.diagnostics)})` : ''}`
}

function describeScope(scope: RebuildScope): string {
  return scope.kind === 'all' ? `everything (${scope.reason})` : scope.policies.map((p) => basename(p)).join(', ')
}

/** How often the server checks that the process that started it is still there (ms). */
const PARENT_CHECK_MS = 500

/**
 * Resolves on the first SIGINT or SIGTERM, or when the parent process ends; a second signal while
 * stopping ends the process at once. `npx policyc dev` runs policyc as a child of npm: killing npx
 * (an IDE's stop button, kill -9) sends the child nothing, and it would keep serving the port. A
 * child whose parent died is handed to another process, so a changed `process.ppid` means the
 * parent is gone.
 */
function untilStopped(): Promise<void> {
  return new Promise((resolveStop) => {
    const parent = process.ppid
    const orphaned = setInterval(() => {
      if (process.ppid !== parent) stop()
    }, PARENT_CHECK_MS).unref()
    const stop = () => {
      clearInterval(orphaned)
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      process.once('SIGINT', () => process.exit(130))
      resolveStop()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

/** Turns a failure to listen into a message that says what to do. */
function listenProblem(error: unknown, flags: DevFlags): UsageError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'EADDRINUSE') return new UsageError(`port ${flags.port} on ${flags.host} is in use: stop the other server, or pass --port 0 to use any free port`)
  if (code === 'EACCES') return new UsageError(`not allowed to listen on port ${flags.port}: use a port above 1023, or --port 0`)
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new UsageError(`cannot listen on ${flags.host}: it is not an address of this machine; leave out --host to use 127.0.0.1`)
  return undefined
}

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true })
    child.on('error', () => process.stderr.write(`policyc: could not open a browser; open ${url} yourself\n`))
    child.unref()
  } catch {
    process.stderr.write(`policyc: could not open a browser; open ${url} yourself\n`)
  }
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  } catch {
    return undefined
  }
}
