import { readFileSync } from 'node:fs'
import { countBySeverity, sortDiagnostics } from '../../diagnostics/diagnostic.js'
import { palette, useColor } from '../../diagnostics/reporters/color.js'
import { formatPretty } from '../../diagnostics/reporters/pretty.js'
import { coverageMatrix, renderCoverageJson, renderCoverageMarkdown, renderCoveragePretty } from '../../lint/coverage/index.js'
import { resolveSettings } from '../../lint/settings.js'
import { checkPolicies } from '../../pipeline.js'
import { EXIT, UsageError } from '../exit.js'
import type { CoverageFlags } from './lint-options.js'

/**
 * Prints the coverage matrix of each policy. A policy with schema or reference errors has no
 * model and so no matrix: its errors are printed (to stderr, keeping stdout a clean document)
 * and the exit code is 1.
 */
export async function runCoverage(paths: string[], flags: CoverageFlags): Promise<number> {
  const cwd = process.cwd()
  const settings = await resolveSettings({ cwd, configPath: flags.config, now: flags.now, env: process.env })
  if (!settings.ok) throw new UsageError(settings.error)
  const result = await checkPolicies(paths, { cwd, lint: false })
  const matrices = result.models.map((model) => coverageMatrix(model, { now: settings.lint.now }))
  if (flags.format === 'json') process.stdout.write(renderCoverageJson(matrices))
  else if (flags.format === 'markdown') process.stdout.write(matrices.map(renderCoverageMarkdown).join('\n'))
  else {
    const colors = palette(useColor(process.stdout))
    process.stdout.write(matrices.map((m) => renderCoveragePretty(m, colors)).join('\n'))
  }
  const problems = sortDiagnostics([...settings.diagnostics, ...result.diagnostics])
  if (countBySeverity(problems).errors === 0) return EXIT.ok
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
