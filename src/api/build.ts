/**
 * `build` of the programmatic API, and the one place the build is orchestrated: the settings
 * `check` uses, the up-to-date record, the site cache, the staging folder, worker threads, heap
 * compaction and abort. `policyc build` (src/cli/commands/build.ts) only turns flags into these
 * options and the result into lines on the terminal.
 */
import { resolve } from 'node:path'
import { countBySeverity, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js'
import { resolveSettings } from '../lint/settings.js'
import { checkedPolicies } from '../pipeline.js'
import { PdfsNotPrinted, workerSiteFor, type SiteBuild } from '../site/build-site.js'
import { BuildRecords, buildInputsKey, type BuildRecord } from '../site/cache/up-to-date.js'
import { UnitCache } from '../site/cache/unit-cache.js'
import { OutputRefused } from '../site/output-guard.js'
import { stageCheckedPolicies } from '../site/stage-checked.js'
import { UsageError } from './errors.js'
import { policyPaths } from './paths.js'

export interface BuildOptions {
  /** Policy folders, YAML files or folders of policies, relative to `cwd`. Default: `['policies']`. */
  paths?: readonly string[] | undefined
  /** The project folder paths are relative to. Default: `process.cwd()`. */
  cwd?: string | undefined
  /** The output folder, replaced as a whole on success. Default: `dist`. */
  out?: string | undefined
  /** Absolute http(s) URL the site is published at, for sitemap.xml and JSON-LD ids. */
  baseUrl?: string | undefined
  /** Replace a non-empty output folder that policyc did not create. */
  force?: boolean | undefined
  /** Also build every past version from git, the changelog and the feed. */
  history?: boolean | undefined
  /** Also print every variant page to index.pdf: true for the default Chromium, or its path. Needs the `playwright-core` package. */
  pdf?: boolean | { executablePath: string } | undefined
  /** The date lint rules treat as today (YYYY-MM-DD); else SOURCE_DATE_EPOCH, else rules that need it say so. */
  now?: string | undefined
  /** The project config file; default: policyc.config.yaml in `cwd` or above. */
  config?: string | undefined
  /** Worker threads; default: by cores and policies (see src/parallel/check-in-workers.ts). */
  jobs?: number | undefined
  /** Stops the build at the next file; the previous output stays as it was. */
  signal?: AbortSignal | undefined
  /** Environment read for SOURCE_DATE_EPOCH. Default: `process.env`. */
  env?: Readonly<Record<string, string | undefined>> | undefined
}

/** What a build made, or why it made nothing. Diagnostics are sorted by file and position. */
export type BuildResult =
  | {
      /** `built`: the site was written; `up-to-date`: nothing changed since the last build into `out`, so nothing was written and this repeats that build's report. */
      status: 'built' | 'up-to-date'
      /** Absolute path of the output folder. */
      out: string
      /** The absolute path of the policyc.config.yaml in use (given or found), if any. */
      config?: string | undefined
    } & BuildRecord
  | {
      /** A policy or template has an error: nothing was written, the previous output is unchanged. */
      status: 'problems'
      out: string
      checked: Diagnostic[]
      built: Diagnostic[]
      notes: string[]
      /** Policies found. */
      policies: number
      /** The absolute path of the policyc.config.yaml in use, if any. */
      config?: string | undefined
    }
  /** `signal` aborted: the staged files were removed and the previous output is unchanged. */
  | { status: 'interrupted'; out: string }

/**
 * Checks the policies exactly as `check` does, then compiles the site into `out`: written to a
 * staging folder and swapped in only when everything succeeded. Throws `UsageError` for a bad
 * option, an output folder it will not replace, or PDFs that could not be printed.
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const cwd = resolve(options.cwd ?? process.cwd())
  const paths = policyPaths(options.paths, cwd)
  const outOption = options.out ?? 'dist'
  const out = resolve(cwd, outOption)
  const baseUrl = options.baseUrl === undefined ? undefined : parseBaseUrl(options.baseUrl)
  // The same settings as `check`, so a build fails exactly when check does.
  const settings = await resolveSettings({ cwd, configPath: options.config, now: options.now, env: options.env ?? process.env })
  if (!settings.ok) throw new UsageError(settings.error)

  // Nothing changed since the last build into this output (sources, settings, options, policyc
  // itself) and the output is still as written: report what that build said, and write nothing.
  // Not with history (git moves on its own) or PDFs.
  const records = options.history || options.pdf ? undefined : BuildRecords.inProject(cwd)
  await records?.removeAbandoned()
  const inputsKey = () => buildInputsKey(paths, cwd, { out: outOption, baseUrl: baseUrl ?? null, force: options.force ?? false, settings })
  const inputs = records && (await inputsKey())
  const previous = records && inputs ? await records.upToDate(out, inputs) : undefined
  const config = settings.configFile
  if (previous) return { status: 'up-to-date', out, ...recordFields(previous), config }

  const signal = options.signal
  let site: SiteBuild | undefined
  try {
    const cache = records && UnitCache.inProject(cwd)
    const siteOptions = { out: outOption, cwd, sources: paths, baseUrl, force: options.force, pdf: options.pdf, history: options.history, now: settings.lint.now, signal, cache }
    // Checked and rendered in one pass (src/site/stage-checked.ts): memory is that of one policy
    // however many there are. With worker threads (`jobs`, or many policies), workers check and
    // render, this thread stages.
    const run = checkedPolicies(paths, { cwd, lint: settings.lint, workers: true, jobs: options.jobs, workerSite: workerSiteFor(siteOptions) })
    const staged = await stageCheckedPolicies(run, siteOptions)
    site = staged.site
    const { refused, summary: result } = staged
    const checked = sortDiagnostics([...settings.diagnostics, ...result.diagnostics])
    if (countBySeverity(checked).errors > 0) {
      await site?.abandon()
      site = undefined
      return { status: 'problems', out, checked, built: [], notes: result.notes, policies: result.policies, config }
    }
    if (refused) throw new UsageError(refused.message)
    if (!site) throw new UsageError(`no policies found in ${paths.join(', ')}`)
    const built = await (site as SiteBuild).finish()
    site = undefined
    if (!built.written) return { status: 'problems', out, checked, built: built.diagnostics, notes: result.notes, policies: result.policies, config }
    const record: BuildRecord = { checked, built: built.diagnostics, notes: result.notes, pages: built.pages, files: built.files, policies: result.resolved }
    // Remembered only when no source changed while building: else the record could vouch for an
    // output made from other sources than its key says.
    if (records && inputs && (await inputsKey()) === inputs) await records.remember(out, inputs, record)
    return { status: 'built', out: built.out, ...recordFields(record), config }
  } catch (error) {
    await site?.abandon()
    if (error instanceof OutputRefused) throw new UsageError(error.message)
    // An environment problem (no browser), not a policy problem; the previous output is kept.
    if (error instanceof PdfsNotPrinted) throw new UsageError(error.message)
    if (signal?.aborted) return { status: 'interrupted', out }
    throw error
  }
}

function recordFields(record: BuildRecord): { checked: Diagnostic[]; built: Diagnostic[]; notes: string[]; pages: number; files: number; policies: number } {
  return { checked: record.checked, built: record.built, notes: record.notes, pages: record.pages, files: record.files, policies: record.policies }
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
