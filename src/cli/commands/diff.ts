import { palette, useColor } from '../../diagnostics/reporters/color.js'
import { formatPretty } from '../../diagnostics/reporters/pretty.js'
import { diff } from '../../api/diff.js'
import { formatDiffJson } from '../../history/format/json.js'
import { formatDiffMarkdown } from '../../history/format/markdown.js'
import { formatDiffText } from '../../history/format/text.js'
import { EXIT } from '../exit.js'
import type { DiffFlags } from './diff-options.js'

/** Runs `policyc diff` and returns its exit code. */
export async function runDiff(from: string, to: string | undefined, flags: DiffFlags): Promise<number> {
  const result = await diff({ from, to, paths: flags.path })
  if (!result.ok) {
    const colors = palette(useColor(process.stderr))
    process.stderr.write(`${formatPretty(result.diagnostics, result.readText, colors)}\n`)
    process.stderr.write(`policyc: the policies in ${result.side} do not load, so they cannot be compared; fix the errors above (\`policyc check\`) or compare other revisions\n`)
    return EXIT.problems
  }
  const { report } = result
  if (flags.format === 'json') process.stdout.write(formatDiffJson(report))
  else if (flags.format === 'markdown') process.stdout.write(formatDiffMarkdown(report))
  else process.stdout.write(formatDiffText(report, palette(useColor(process.stdout))))
  const { material, editorial } = report.summary
  if (flags.failOn === 'material' && material > 0) return EXIT.problems
  if (flags.failOn === 'any' && material + editorial > 0) return EXIT.problems
  return EXIT.ok
}
