import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { countBySeverity, sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js'
import { palette, useColor } from '../../diagnostics/reporters/color.js'
import { formatCounts, formatPretty } from '../../diagnostics/reporters/pretty.js'
import { resolveSettings } from '../../lint/settings.js'
import { checkPolicies } from '../../pipeline.js'
import { openSite, PdfsNotPrinted, workerSiteFor, type SiteBuild } from '../../site/build-site.js'
import { BuildRecords, buildInputsKey, type BuildRecord } from '../../site/cache/up-to-date.js'
import { UnitCache } from '../../site/cache/unit-cache.js'
import { heapCompactor } from '../../site/compact-heap.js'
import { OutputRefused } from '../../site/output-guard.js'
import { EXIT, UsageError } from '../exit.js'
import type { BuildFlags } from './build-options.js'

/** Policies between two full garbage collections (src/site/compact-heap.ts has the measurements). */
const COMPACT_EVERY = 5

/** Runs `policyc build` and returns its exit code: check first, write only a clean build. */
export async function runBuild(paths: string[], flags: BuildFlags): Promise<number> {
  const started = performance.now()
  const baseUrl = flags.baseUrl === undefined ? undefined : parseBaseUrl(flags.baseUrl)
  const colors = palette(useColor(process.stdout))
  const print = (diagnostics: readonly Diagnostic[]) => {
    const shown = flags.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics
    const report = formatPretty(shown, readText, colors)
    if (report) process.stdout.write(report + '\n')
  }

  // The same settings as `policyc check`, so a build fails exactly when check does.
  const cwd = process.cwd()
  const settings = await resolveSettings({ cwd, configPath: flags.config, now: flags.now, env: process.env })
  if (!settings.ok) throw new UsageError(settings.error)
  const summarise = (record: BuildRecord, out: string) => {
    if (flags.quiet) return
    for (const note of record.notes) process.stdout.write(`${colors.dim('note:')} ${note}\n`)
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    const warnings = countBySeverity([...record.checked, ...record.built]).warnings
    const note = baseUrl ? '' : ' (no sitemap.xml: pass --base-url to get one)'
    process.stdout.write(
      `${colors.green('✔')} built ${record.pages} pages (${record.files} files, ${record.policies} polic${record.policies === 1 ? 'y' : 'ies'}) into ${relative(process.cwd(), out) || '.'}/ in ${seconds} s${warnings ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : ''}${note}\n`,
    )
  }

  // Nothing changed since the last build into this output (sources, settings, options, policyc
  // itself) and the output is still as written: say what that build said, and write nothing.
  // Not with --history (git moves on its own) or --pdf.
  const records = flags.history || flags.pdf ? undefined : BuildRecords.inProject(cwd)
  const out = resolve(cwd, flags.out)
  const inputsKey = () => buildInputsKey(paths, cwd, { out: flags.out, baseUrl: baseUrl ?? null, force: flags.force ?? false, settings })
  const inputs = records && (await inputsKey())
  const previous = records && inputs ? await records.upToDate(out, inputs) : undefined
  if (previous) {
    print(previous.checked)
    print(previous.built)
    summarise(previous, out)
    return EXIT.ok
  }

  // Ctrl-C stops the build at the next file: the staged files are removed and the previous
  // output, never touched, stays as it was.
  const abort = new AbortController()
  const interrupted = () => abort.abort()
  process.once('SIGINT', interrupted)
  process.once('SIGTERM', interrupted)
  let site: SiteBuild | undefined
  try {
    const cache = records && UnitCache.inProject(cwd)
    const siteOptions = { out: flags.out, cwd, sources: paths, baseUrl, force: flags.force, pdf: flags.pdf, history: flags.history, now: settings.lint.now, signal: abort.signal, cache }
    // Checked and rendered in one pass: each policy is rendered into the staging folder as soon as
    // it checks clean, then let go of, so memory is that of one policy however many there are.
    // After the first error nothing more is rendered; the staged files go and nothing is written.
    let refused: OutputRefused | undefined
    // Memory stays near that of the few policies in flight, not of all those already written.
    const compact = heapCompactor(COMPACT_EVERY)
    const opened = async (): Promise<SiteBuild | undefined> => {
      if (site || refused) return site
      try {
        site = await openSite(siteOptions)
      } catch (error) {
        // Reported after the check, as before: a policy error is the first thing to fix.
        if (!(error instanceof OutputRefused)) throw error
        refused = error
      }
      return site
    }
    const result = await checkPolicies(paths, {
      cwd,
      lint: settings.lint,
      keepModels: false,
      onModel: async (model, clean) => {
        if (clean) await (await opened())?.add(model)
        compact()
      },
      // With worker threads (`--jobs`, or many policies), workers check and render, this thread stages.
      jobs: flags.jobs,
      workerSite: workerSiteFor(siteOptions),
      onUnit: async (unit, clean) => {
        if (clean) await (await opened())?.addUnit(unit)
        compact()
      },
    })
    const checked = { ...result, diagnostics: sortDiagnostics([...settings.diagnostics, ...result.diagnostics]) }
    print(checked.diagnostics)
    if (countBySeverity(checked.diagnostics).errors > 0) {
      await site?.abandon()
      process.stdout.write(`${colors.red('✖')} nothing built: ${formatCounts(checked.diagnostics)} in ${checked.policies} polic${checked.policies === 1 ? 'y' : 'ies'}\n`)
      return EXIT.problems
    }
    if (refused) throw refused
    if (!site) throw new UsageError(`no policies found in ${paths.join(', ')}`)
    const built = await site.finish()
    site = undefined
    print(built.diagnostics)
    if (!built.written) {
      process.stdout.write(`${colors.red('✖')} nothing built: ${formatCounts(built.diagnostics)}\n`)
      return EXIT.problems
    }
    const record: BuildRecord = { checked: checked.diagnostics, built: built.diagnostics, notes: checked.notes, pages: built.pages, files: built.files, policies: checked.resolved }
    // Remembered only when no source changed while building: else the record could vouch for an
    // output made from other sources than its key says.
    if (records && inputs && (await inputsKey()) === inputs) await records.remember(out, inputs, record)
    summarise(record, built.out)
    return EXIT.ok
  } catch (error) {
    await site?.abandon()
    if (error instanceof OutputRefused) throw new UsageError(error.message)
    // An environment problem (no browser), not a policy problem: exit 2, previous output kept.
    if (error instanceof PdfsNotPrinted) throw new UsageError(error.message)
    if (abort.signal.aborted) {
      process.stderr.write('policyc: build interrupted; the previous output is unchanged\n')
      return 130
    }
    throw error
  } finally {
    process.off('SIGINT', interrupted)
    process.off('SIGTERM', interrupted)
  }
}

function parseBaseUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new UsageError(`--base-url expects an absolute URL such as https://example.com/privacy/, got "${value}"`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`--base-url must be an http or https URL, got "${value}"`)
  // Page paths are appended to the base: after a `#` or `?` they became part of the fragment or
  // query, and the path was lost from the sitemap and consent URLs (issue 20, finding 14).
  if (url.hash !== '' || url.search !== '' || /[#?]/.test(value)) {
    throw new UsageError(`--base-url must not hold a query (?) or fragment (#): pages are published under its path; got "${value}", use "${url.origin}${url.pathname}"`)
  }
  if (url.username !== '' || url.password !== '') throw new UsageError(`--base-url must not hold a user name or password, got "${url.origin}${url.pathname}"`)
  return url.href.endsWith('/') ? url.href : `${url.href}/`
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  } catch {
    return undefined
  }
}
