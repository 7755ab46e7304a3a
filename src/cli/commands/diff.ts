import { palette, useColor } from '../../diagnostics/reporters/color.js'
import { formatPretty, printable, printableDeep } from '../../diagnostics/reporters/pretty.js'
import { diff } from '../../api/diff.js'
import { formatDiffJson } from '../../history/format/json.js'
import { formatDiffMarkdown } from '../../history/format/markdown.js'
import { formatDiffText } from '../../history/format/text.js'
import { HistoryError } from '../../history/errors.js'
import { EXIT, UsageError } from '../exit.js'
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
  if ((flags.region !== undefined || flags.lang !== undefined) && flags.format !== 'html') throw new UsageError('--region and --lang choose the reader of a redline: use them with --format html')
  if (flags.format === 'html') {
    // The redline needs the render stage; the other formats do not load it.
    const { loadTemplates } = await import('../../render/html/template-set.js')
    const { formatDiffHtml } = await import('../../history/format/html.js')
    const loaded = loadTemplates()
    if (!loaded.templates) throw new UsageError(`policyc's own templates do not load: ${loaded.diagnostics.map((d) => d.reason).join('; ')}`)
    let page
    try {
      page = formatDiffHtml(report, result.sides, { region: flags.region, language: flags.lang, templates: loaded.templates })
    } catch (error) {
      if (error instanceof HistoryError) throw new UsageError(error.message)
      throw error
    }
    process.stdout.write(page.html)
  } else if (flags.format === 'json') process.stdout.write(formatDiffJson(report))
  else {
    // Names, not ids: each policy's two versions, to say a change in plain words.
    const versions = (id: string) => printableDeep({ from: result.sides[0].models.get(id)?.policy, to: result.sides[1].models.get(id)?.policy })
    // Folder names (labels, paths) are not checked values: a name holding ESC or BEL would drive
    // the terminal. Markdown has no colour, so its whole text is escaped; text escapes the report's
    // strings and keeps its colours (issue 20, finding 9).
    if (flags.format === 'markdown') process.stdout.write(printable(formatDiffMarkdown(report, versions)))
    else process.stdout.write(formatDiffText(printableDeep(report), palette(useColor(process.stdout)), versions))
  }
  const { material, editorial } = report.summary
  if (flags.failOn === 'material' && material > 0) return EXIT.problems
  if (flags.failOn === 'any' && material + editorial > 0) return EXIT.problems
  return EXIT.ok
}
