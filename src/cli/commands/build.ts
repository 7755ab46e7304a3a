import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { build, type BuildResult } from '../../api/build.js'
import { countBySeverity, type Diagnostic } from '../../diagnostics/diagnostic.js'
import { palette, useColor } from '../../diagnostics/reporters/color.js'
import { formatCounts, prettyBlocks, printable } from '../../diagnostics/reporters/pretty.js'
import { EXIT } from '../exit.js'
import { projectCall } from '../project.js'
import { DEFAULT_PATHS } from './check-options.js'
import type { BuildFlags } from './build-options.js'

/**
 * Runs `policyc build` and returns its exit code: flags in, the API's `build` (src/api/build.ts,
 * where staging, caches, workers and abort live), the report out.
 */
export async function runBuild(paths: string[], flags: BuildFlags): Promise<number> {
  const started = performance.now()
  const colors = palette(useColor(process.stdout))
  const print = (diagnostics: readonly Diagnostic[]) => {
    const shown = flags.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics
    // Written as it is formatted, in chunks: a 1000-policy build's warnings are 40 MB of text.
    let chunk = ''
    for (const block of prettyBlocks(shown, readText, colors)) {
      chunk += `${block}\n\n`
      if (chunk.length >= 65_536) {
        process.stdout.write(chunk)
        chunk = ''
      }
    }
    if (chunk) process.stdout.write(chunk)
  }

  // Ctrl-C stops the build at the next file: the staged files are removed and the previous
  // output, never touched, stays as it was.
  const abort = new AbortController()
  const interrupted = () => abort.abort()
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  // Run from a subfolder: the project's policies into the project's dist/ (src/cli/project.ts).
  const project = projectCall(paths, DEFAULT_PATHS)
  let result: BuildResult
  try {
    result = await build({ paths: project.paths, cwd: project.cwd, out: project.option(flags.out, 'dist'), baseUrl: flags.baseUrl, force: flags.force, history: flags.history, pdf: flags.pdf && flags.chromePath ? { executablePath: flags.chromePath } : flags.pdf, now: flags.now, config: project.option(flags.config), jobs: flags.jobs, signal: abort.signal })
  } finally {
    process.off('SIGINT', interrupted)
    process.off('SIGTERM', interrupted)
  }

  if (result.status === 'interrupted') {
    process.stderr.write('policyc: build interrupted; the previous output is unchanged\n')
    return 130
  }
  print(result.checked)
  if (result.status === 'problems') {
    if (countBySeverity(result.checked).errors > 0) {
      process.stdout.write(`${colors.red('✖')} nothing built: ${formatCounts(result.checked)} in ${result.policies} polic${result.policies === 1 ? 'y' : 'ies'}\n`)
    } else {
      print(result.built)
      process.stdout.write(`${colors.red('✖')} nothing built: ${formatCounts(result.built)}\n`)
    }
    return EXIT.problems
  }
  print(result.built)
  if (!flags.quiet) {
    for (const note of result.notes) process.stdout.write(`${colors.dim('note:')} ${note}\n`)
    // Which config switched rules on or off, since it may be found in a folder above (issue 20).
    if (result.config) process.stdout.write(`${colors.dim(`config: ${printable(relative(process.cwd(), result.config))}`)}\n`)
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    const warnings = countBySeverity([...result.checked, ...result.built]).warnings
    const note = flags.baseUrl ? '' : ' (no sitemap.xml: pass --base-url to get one)'
    process.stdout.write(
      `${colors.green('✔')} built ${result.pages} pages (${result.files} files, ${result.policies} polic${result.policies === 1 ? 'y' : 'ies'}) into ${relative(process.cwd(), result.out) || '.'}/ in ${seconds} s${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}${note}\n`,
    )
  }
  return EXIT.ok
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  } catch {
    return undefined
  }
}
