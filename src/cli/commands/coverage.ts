import { readFileSync } from 'node:fs'
import { coverage } from '../../api/coverage.js'
import { palette, useColor } from '../../diagnostics/reporters/color.js'
import { formatPretty } from '../../diagnostics/reporters/pretty.js'
import { renderCoverageJson, renderCoverageMarkdown, renderCoveragePretty } from '../../lint/coverage/index.js'
import { EXIT } from '../exit.js'
import { projectCall } from '../project.js'
import { DEFAULT_PATHS } from './check-options.js'
import type { CoverageFlags } from './lint-options.js'

/**
 * Prints the coverage matrix of each policy. A policy with schema or reference errors has no
 * model and so no matrix: its errors are printed (to stderr, keeping stdout a clean document)
 * and the exit code is 1.
 */
export async function runCoverage(paths: string[], flags: CoverageFlags): Promise<number> {
  const project = projectCall(paths, DEFAULT_PATHS)
  const { matrices, diagnostics: problems, ok } = await coverage({ paths: project.paths, cwd: project.cwd, now: flags.now, config: project.option(flags.config) })
  if (flags.format === 'json') process.stdout.write(renderCoverageJson(matrices))
  else if (flags.format === 'markdown') process.stdout.write(matrices.map(renderCoverageMarkdown).join('\n'))
  else {
    const colors = palette(useColor(process.stdout))
    process.stdout.write(matrices.map((m) => renderCoveragePretty(m, colors)).join('\n'))
  }
  if (ok) return EXIT.ok
  process.stderr.write(`${formatPretty(problems.filter((d) => d.severity === 'error'), readText, palette(useColor(process.stderr)))}\n`)
  return EXIT.problems
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  } catch {
    return undefined
  }
}
