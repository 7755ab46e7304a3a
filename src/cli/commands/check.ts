import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { check } from '../../api/check.js'
import { palette, useColor } from '../../diagnostics/reporters/color.js'
import { formatGithub } from '../../diagnostics/reporters/github.js'
import { formatJson } from '../../diagnostics/reporters/json.js'
import { formatCounts, formatPretty, printable } from '../../diagnostics/reporters/pretty.js'
import { packageVersion } from '../../package-root.js'
import { EXIT } from '../exit.js'
import { projectCall } from '../project.js'
import { DEFAULT_PATHS } from './check-options.js'
import type { CheckFlags } from './check-options.js'

/** Runs `policyc check` and returns its exit code. */
export async function runCheck(paths: string[], flags: CheckFlags): Promise<number> {
  const cwd = process.cwd()
  const project = projectCall(paths, DEFAULT_PATHS, cwd)
  const result = await check({ paths: project.paths, cwd: project.cwd, now: flags.now, config: project.option(flags.config), jobs: flags.jobs })
  const { diagnostics, errors, warnings } = result
  const shown = flags.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics
  switch (flags.format) {
    case 'json':
      process.stdout.write(formatJson(shown, { policies: result.policies, errors, warnings }, flags.quiet ? [] : result.notes))
      break
    case 'github':
      process.stdout.write(formatGithub(shown, flags.quiet ? [] : result.notes))
      break
    case 'sarif': {
      // The rule list and its help load the rules themselves: only for SARIF, which lists them.
      const [{ formatSarif }, { ruleHelp }, { RULES }] = await Promise.all([import('../../diagnostics/reporters/sarif.js'), import('../../lint/docs.js'), import('../../lint/registry.js')])
      process.stdout.write(
        formatSarif(shown, {
          version: packageVersion(),
          root: cwd,
          notes: result.notes,
          rules: RULES.map((r) => ({ id: r.id, description: r.description, help: ruleHelp(r), severity: r.severity })),
        }),
      )
      break
    }
    default: {
      const colors = palette(useColor(process.stdout))
      const report = formatPretty(shown, readText, colors)
      if (report) process.stdout.write(report + '\n')
      if (!flags.quiet) {
        for (const note of result.notes) process.stdout.write(`${colors.dim('note:')} ${note}\n`)
        // Which config switched rules on or off, since it may be found in a folder above (issue 20).
        if (result.config) process.stdout.write(`${colors.dim(`config: ${printable(relative(cwd, result.config))}`)}\n`)
        const mark = errors > 0 ? colors.red('✖') : warnings > 0 ? colors.yellow('⚠') : colors.green('✔')
        process.stdout.write(`${mark} ${result.policies} polic${result.policies === 1 ? 'y' : 'ies'} checked: ${formatCounts(diagnostics)}\n`)
      }
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
