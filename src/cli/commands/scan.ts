import { mkdir, rename, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { countBySeverity } from '../../diagnostics/diagnostic.js'
import { palette, useColor } from '../../diagnostics/reporters/color.js'
import { formatGithub } from '../../diagnostics/reporters/github.js'
import { formatJson } from '../../diagnostics/reporters/json.js'
import { formatPretty } from '../../diagnostics/reporters/pretty.js'
import { formatSarif } from '../../diagnostics/reporters/sarif.js'
import { packageVersion } from '../../package-root.js'
import { checkPolicies } from '../../pipeline.js'
import { loadTemplates } from '../../render/html/template-set.js'
import type { PolicyModel } from '../../resolve/model.js'
import { guardOutput, OutputRefused } from '../../site/output-guard.js'
import { compareScan, consentNotes, renderScanReport, scanSite, suggestCookies, type ScanComparison, type ScanObservations } from '../../scan/index.js'
import { SCAN_RULES } from '../../scan/rules.js'
import { storedItems } from '../../scan/suggest.js'
import { describeLifetime } from '../../scan/match.js'
import { EXIT, UsageError } from '../exit.js'
import type { ScanFlags } from './scan-options.js'

/** Errors of the scan that are the environment's or the caller's, not policyc's: one line, exit 2. */
const ONE_LINE_ERRORS = new Set(['ScanRefused', 'SiteUnreachable', 'BrowserUnavailable', 'ConsentNotFound', 'PageUnreachable'])

/** Runs `policyc scan` and returns its exit code. */
export async function runScan(url: string, policyPath: string | undefined, flags: ScanFlags): Promise<number> {
  const cwd = process.cwd()
  let model: PolicyModel | undefined
  if (policyPath !== undefined) {
    const checked = await checkPolicies([policyPath], { cwd, lint: false })
    const errors = checked.diagnostics.filter((d) => d.severity === 'error')
    if (errors.length > 0) {
      process.stderr.write(`${formatPretty(errors, readText, palette(useColor(process.stderr)))}\npolicyc: ${policyPath} has errors; fix them (\`policyc check ${policyPath}\`) before scanning.\n`)
      return EXIT.problems
    }
    if (checked.models.length !== 1) throw new UsageError(`scan compares with one policy, and ${policyPath} holds ${checked.models.length}: name one policy folder`)
    model = checked.models[0]!
    if (flags.region !== undefined && !model.policy.regions.includes(flags.region)) throw new UsageError(`--region ${flags.region}: policy ${model.policy.id} does not serve it (it serves ${model.policy.regions.join(', ')})`)
  } else if (flags.out !== undefined || flags.region !== undefined) {
    throw new UsageError(`${flags.out !== undefined ? '--out' : '--region'} needs a POLICY to compare with`)
  }
  // Refuse a bad output folder before spending minutes in the browser.
  let outRoot: string | undefined
  if (flags.out !== undefined) {
    try {
      outRoot = guardOutput(flags.out, { cwd, sources: policyPath ? [policyPath] : [] })
    } catch (error) {
      if (error instanceof OutputRefused) throw new UsageError(error.message.replace('write the site', 'write the scan report'))
      throw error
    }
  }

  let observations: ScanObservations
  try {
    observations = await scanSite({
      url,
      pages: flags.pages,
      concurrency: flags.concurrency,
      consentSelector: flags.consentClick,
      chromium: flags.chromium,
      pageTimeout: flags.pageTimeout,
      maxTime: flags.maxTime,
    })
  } catch (error) {
    if (error instanceof Error && ONE_LINE_ERRORS.has(error.name)) throw new UsageError(error.message)
    throw error
  }

  const comparison: ScanComparison = model ? compareScan(model, observations, { region: flags.region }) : { diagnostics: [], notes: consentNotes(observations), region: undefined, undeclared: storedItems(observations) }
  const suggestions = flags.writeSuggestions ? suggestCookies(comparison.undeclared, model ? cookiesFile(model, cwd) : undefined) : ''
  print(flags, observations, comparison, suggestions, model, policyPath, cwd)

  if (outRoot && model) {
    const loaded = loadTemplates(undefined, cwd)
    if (!loaded.templates) throw new UsageError(`cannot read policyc's templates: ${loaded.diagnostics.map((d) => d.reason).join('; ')}`)
    const report = renderScanReport(model, observations, comparison, loaded.templates)
    for (const file of report.files) await writeAtomically(join(outRoot, file.path), file.content)
    if (flags.format === 'pretty') process.stdout.write(`report: ${relative(cwd, join(outRoot, report.files[0]!.path))}\n`)
  }
  return countBySeverity(comparison.diagnostics).errors > 0 ? EXIT.problems : EXIT.ok
}

function print(flags: ScanFlags, observations: ScanObservations, comparison: ScanComparison, suggestions: string, model: PolicyModel | undefined, policyPath: string | undefined, cwd: string): void {
  const { diagnostics, notes } = comparison
  switch (flags.format) {
    case 'json': {
      const rows = (JSON.parse(formatJson(diagnostics, {})) as { diagnostics: unknown[] }).diagnostics
      const document = {
        format: 'policyc-scan/1',
        policy: model?.policy.id ?? null,
        region: comparison.region ?? null,
        diagnostics: rows,
        notes,
        summary: { errors: diagnostics.length, pages: observations.pages.length, cookies: observations.cookies.length, storage: observations.storage.length, hosts: observations.hosts.length },
        observations,
        ...(flags.writeSuggestions ? { suggestions } : {}),
      }
      process.stdout.write(`${JSON.stringify(document, null, 2)}\n`)
      return
    }
    case 'github':
      process.stdout.write(formatGithub(diagnostics, notes))
      if (suggestions) process.stderr.write(suggestions)
      return
    case 'sarif':
      process.stdout.write(formatSarif(diagnostics, { version: packageVersion(), root: cwd, notes, rules: SCAN_RULES.map((r) => ({ id: r.id, description: r.description, severity: 'error' as const })) }))
      if (suggestions) process.stderr.write(suggestions)
      return
    default: {
      const colors = palette(useColor(process.stdout))
      const out: string[] = []
      const report = formatPretty(diagnostics, readText, colors)
      if (report) out.push(report)
      if (!model) out.push(inventory(observations))
      for (const note of notes) out.push(`${colors.dim('note:')} ${note}`)
      const loaded = observations.pages.filter((p) => typeof p.status === 'number').length
      const where = `${loaded} page${loaded === 1 ? '' : 's'} of ${observations.start}`
      if (model) out.push(diagnostics.length > 0 ? `${colors.red('✖')} ${diagnostics.length} difference${diagnostics.length === 1 ? '' : 's'} between ${where} and ${policyPath}` : `${colors.green('✔')} ${where} did what ${policyPath} says`)
      if (suggestions) out.push('', suggestions.trimEnd())
      process.stdout.write(`${out.join('\n')}\n`)
    }
  }
}

/** What the site did, for a scan without a policy. */
function inventory(observations: ScanObservations): string {
  const seen = (s: Record<string, true | undefined>) => Object.keys(s).join(', ')
  const lines = [`cookies (${observations.cookies.length}):`]
  for (const c of observations.cookies) lines.push(`  ${c.name}  ${c.domain}  ${c.party} party  ${describeLifetime(c.lifetime)}  [${seen(c.seen)}]`)
  lines.push(`storage (${observations.storage.length}):`)
  for (const s of observations.storage) lines.push(`  ${s.key}  ${s.area}Storage  [${seen(s.seen)}]`)
  lines.push(`third-party hosts (${observations.hosts.length}):`)
  for (const h of observations.hosts) lines.push(`  ${h.host}  [${seen(h.seen)}]`)
  return lines.join('\n')
}

/** The file where the policy's `cookies` list starts (or its main file), for the suggestions' heading. */
function cookiesFile(model: PolicyModel, cwd: string): string {
  const file = model.source.locate(['cookies'], 'key').file
  return relative(cwd, file) || file
}

/** Writes beside the target and renames over it, so a reader never sees half a file. */
async function writeAtomically(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temporary = `${path}.policyc-tmp`
  await writeFile(temporary, content)
  await rename(temporary, path)
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  } catch {
    return undefined
  }
}


