import { relative, resolve } from 'node:path'
import { palette, useColor } from '../../diagnostics/reporters/color.js'
import { formatPretty } from '../../diagnostics/reporters/pretty.js'
import { conflictsOf, InitRefusal, planProject, prepareFolder, refuseSystemFolder, verifyPlan, writePlan } from '../../init/scaffold.js'
import { EXIT } from '../exit.js'
import { createOutput } from '../progress.js'
import type { InitFlags } from './init-options.js'

/** Runs `policyc init` and returns its exit code: 0 created, 2 nothing written. */
export async function runInit(dir: string, flags: InitFlags): Promise<number> {
  const out = createOutput({ quiet: flags.quiet, verbose: flags.verbose })
  const colors = palette(useColor(process.stdout))
  const shown = relative(process.cwd(), resolve(dir)) || '.'
  try {
    refuseSystemFolder(dir)
    const plan = await planProject({ dir, org: flags.org, regions: flags.regions })
    const taken = await conflictsOf(dir, plan)
    if (taken.length > 0) {
      process.stderr.write(
        `policyc: init changed nothing: ${taken.length === 1 ? 'this file exists' : 'these files exist'} in ${shown} and init never overwrites:\n` +
          taken.map((path) => `  ${path}\n`).join('') +
          'hint: Run init in an empty folder (`policyc init my-policies`), or move these files away first.\n',
      )
      return EXIT.usage
    }
    const diagnostics = await verifyPlan(plan)
    const errors = diagnostics.filter((d) => d.severity === 'error')
    if (errors.length > 0) {
      process.stderr.write(`${formatPretty(errors, () => undefined, colors)}\n`)
      throw new Error('the starter policy does not pass `policyc check`; nothing was written')
    }
    out.detail(`checked the new policy: ${diagnostics.length} warning${diagnostics.length === 1 ? '' : 's'}, no errors`)
    await prepareFolder(dir)
    const result = await writePlan(dir, plan)
    out.info(`${colors.green('✔')} Created a policy project in ${shown} for ${plan.org} (regions: ${plan.regions.join(', ')}):`)
    for (const path of result.written) out.info(`  ${path}`)
    for (const kept of result.kept) out.info(`  ${colors.yellow('kept')} ${kept.path}: it exists already; ${kept.note}`)
    out.info('')
    out.info('Next:')
    if (shown !== '.') out.info(`  cd ${shown}`)
    out.info('  npm install            installs policyc, and the schemas your editor completes from')
    out.info('  npx policyc dev        preview the site as you edit, at http://127.0.0.1:4000/')
    out.info('  npx policyc check      what CI checks on every pull request')
    out.info(`Every value in ${plan.policyDir}/ is the example's (addresses, emails, data, retention): make it yours.`)
    return EXIT.ok
  } catch (error) {
    if (error instanceof InitRefusal) {
      process.stderr.write(`policyc: ${error.message}\nhint: ${error.hint}\n`)
      return EXIT.usage
    }
    throw error
  }
}
