import { readFileSync } from 'node:fs'
import { countBySeverity } from '../../diagnostics/diagnostic.js'
import { palette, useColor } from '../../diagnostics/reporters/color.js'
import { formatJson } from '../../diagnostics/reporters/json.js'
import { formatCounts, formatPretty } from '../../diagnostics/reporters/pretty.js'
import { checkPolicies } from '../../pipeline.js'
import { EXIT, UsageError } from '../exit.js'
import type { CheckFlags } from './check-options.js'

/** Runs `policyc check` and returns its exit code. */
export async function runCheck(paths: string[], flags: CheckFlags): Promise<number> {
  const result = await checkPolicies(paths)
  const missing = result.diagnostics.find((d) => d.ruleId === 'path-not-found')
  if (missing) throw new UsageError(`${missing.reason}. ${missing.hint ?? ''}`.trim())
  const { errors, warnings } = countBySeverity(result.diagnostics)
  const shown = flags.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics
  if (flags.format === 'json') {
    process.stdout.write(formatJson(shown, { policies: result.policies, errors, warnings }))
  } else {
    const colors = palette(useColor(process.stdout))
    const report = formatPretty(shown, readText, colors)
    if (report) process.stdout.write(report + '\n')
    if (!flags.quiet) {
      const mark = errors > 0 ? colors.red('✖') : warnings > 0 ? colors.yellow('⚠') : colors.green('✔')
      process.stdout.write(`${mark} ${result.policies} polic${result.policies === 1 ? 'y' : 'ies'} checked: ${formatCounts(result.diagnostics)}\n`)
    }
  }
  if (errors > 0) return EXIT.problems
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) return EXIT.problems
  return EXIT.ok
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  } catch {
    return undefined
  }
}
