import { readFileSync } from 'node:fs'
import { coverage } from '../../api/coverage.js'
import { palette, useColor, type Palette } from '../../diagnostics/reporters/color.js'
import { formatPretty, printable, printableDeep } from '../../diagnostics/reporters/pretty.js'
import { renderCoverageJson, renderCoverageMarkdown, renderCoveragePretty, type CoverageMatrix } from '../../lint/coverage/index.js'
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
  process.stdout.write(formatCoverage(matrices, flags.format, palette(useColor(process.stdout))))
  if (ok) return EXIT.ok
  process.stderr.write(`${formatPretty(problems.filter((d) => d.severity === 'error'), readText, palette(useColor(process.stderr)))}\n`)
  return EXIT.problems
}

/**
 * The matrices as printed. No control character reaches the terminal raw (issue 20, finding 9,
 * as the other reporters): Markdown has no colour, so its whole text is escaped; the pretty
 * format escapes the matrices' strings and keeps its colours. JSON escapes them itself.
 */
export function formatCoverage(matrices: readonly CoverageMatrix[], format: CoverageFlags['format'], colors: Palette): string {
  if (format === 'json') return renderCoverageJson([...matrices])
  if (format === 'markdown') return printable(matrices.map(renderCoverageMarkdown).join('\n'))
  return matrices.map((m) => renderCoveragePretty(printableDeep(m), colors)).join('\n')
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  } catch {
    return undefined
  }
}
