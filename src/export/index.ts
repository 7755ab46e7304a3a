/**
 * The export stage: from one resolved policy, the other places a policy is declared — the Apple
 * privacy manifest, the Google Play Data safety CSV, the TILT document — and the consent manifest
 * that lets consent records point at the exact notice text a person saw. `buildExports` is pure
 * (files as data, for the site stage's atomic writer); `writeExports` writes them to a folder.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { diagnose, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js'
import type { Exports } from '../generated/policy.js'
import type { PolicyModel } from '../resolve/model.js'
import { buildPrivacyManifest, renderPrivacyManifest } from './apple/privacy-manifest.js'
import { absoluteUrl, buildConsentManifest } from './consent/consent-manifest.js'
import { answerDataSafety, renderDataSafetyCsv } from './google/data-safety.js'
import type { ExportProblem } from './report.js'
import { enabledTargets, TARGET_FILES, type ExportTarget } from './targets.js'
import { buildTilt } from './tilt/tilt.js'
import { unmappedCategories, unmappedHint, unmappedPath, unmappedReason } from './unmapped.js'

export { EXPORT_TARGETS, TARGET_FILES, type ExportTarget } from './targets.js'
export { printPdfs, type PdfResult } from './pdf.js'

export interface ExportOptions {
  /** The site's public address (`--base-url`); URLs in the consent manifest and TILT are absolute when given. */
  baseUrl?: string | undefined
  /** Turns exports on or off instead of the policy's `exports` (tests, a future `--export` flag). */
  exports?: Exports | undefined
  /**
   * Report collected categories an export cannot map (default true). The build turns this off when
   * the lint stage ran, since the lint rule `export-unmapped-category` reports the same categories
   * and honours the project's severity settings and `suppress` entries.
   */
  reportUnmapped?: boolean | undefined
}

export interface ExportResult {
  /** File contents by path relative to the output folder, sorted by path. */
  files: Map<string, string>
  /** Problems found while exporting (unmapped categories…), positioned in the policy's YAML. */
  diagnostics: Diagnostic[]
  /** The exports written, in EXPORT_TARGETS order. */
  targets: ExportTarget[]
}

/**
 * Builds every export the policy turns on, and always the consent manifest:
 *
 * - `<policy>/exports/PrivacyInfo.xcprivacy`, `data-safety.csv`, `tilt.json` (those turned on);
 * - `<policy>/consent.json` and `<policy>/consent/<variant>.<language>.json` (what was hashed).
 *
 * Deterministic: output is sorted and no clock is read. A collected category an export cannot
 * express is left out of that export and reported (rule `export-unmapped-category`, the same check
 * the lint rule runs), never guessed.
 */
export function buildExports(model: PolicyModel, options: ExportOptions = {}): ExportResult {
  const { policy } = model
  const problems: ExportProblem[] = []
  const report = (problem: ExportProblem) => problems.push(problem)
  for (const entry of options.reportUnmapped === false ? [] : unmappedCategories(model, options.exports)) {
    problems.push({ path: unmappedPath(entry), ruleId: 'export-unmapped-category', reason: unmappedReason(entry), hint: unmappedHint(entry) })
  }
  const consent = buildConsentManifest(model, { baseUrl: options.baseUrl })
  const files = new Map<string, string>([[`${policy.id}/consent.json`, json(consent.manifest)], ...consent.contents])
  const targets = enabledTargets(policy, options.exports)
  const global = consent.manifest.notices.find((n) => n.variant === 'global')!
  for (const target of targets) {
    const path = `${policy.id}/exports/${TARGET_FILES[target]}`
    if (target === 'apple-privacy-manifest') files.set(path, renderPrivacyManifest(buildPrivacyManifest(model, report)))
    if (target === 'google-data-safety') files.set(path, renderDataSafetyCsv(answerDataSafety(model, report)))
    if (target === 'tilt' && policy.controller.country === undefined) {
      // TILT requires the controller's country (ISO 3166-1); a guess would be a false statement.
      report({
        path: ['controller'],
        ruleId: 'controller-establishment-not-stated',
        reason: `tilt.json is not written: TILT requires the controller's country, and \`${policy.controller.name}\` has no \`country\``,
        hint: 'Add `country:` under `controller:` once the source states it, or turn the tilt export off.',
      })
      continue
    }
    if (target === 'tilt') {
      const url = options.baseUrl ? absoluteUrl(options.baseUrl, global.path) : `/${global.path}`
      files.set(path, json(buildTilt(model, { url, hash: global.contentHash.value }, report)))
    }
  }
  const diagnostics = problems.map((p) =>
    diagnose(model.source.locate(p.path), { ruleId: p.ruleId, source: 'render', severity: p.severity ?? 'warning', reason: p.reason, hint: p.hint }),
  )
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), diagnostics: sortDiagnostics(diagnostics), targets }
}

/** Builds the exports and writes them under `outDir` (the site root, e.g. dist/). */
export async function writeExports(model: PolicyModel, outDir: string, options: ExportOptions = {}): Promise<ExportResult> {
  const result = buildExports(model, options)
  for (const [path, content] of result.files) {
    const target = join(outDir, path)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, content)
  }
  return result
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
