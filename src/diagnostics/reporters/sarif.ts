import { isAbsolute } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Log, ReportingDescriptor, Result, Run } from 'sarif'
import type { Diagnostic } from '../diagnostic.js'

/** A rule as SARIF's tool.driver.rules describes it; lint rules come from the registry. */
export interface SarifRule {
  id: string
  description: string
  help?: string
  helpUri?: string
  severity?: 'error' | 'warning'
}

export interface SarifOptions {
  version: string
  /** Every rule that can report (the lint registry); ids seen only in results are added bare. */
  rules: readonly SarifRule[]
  /** The folder relative paths are resolved against (%SRCROOT%), usually the working folder. */
  root: string
  notes?: readonly string[]
  informationUri?: string
}

/** The OASIS-published schema of SARIF 2.1.0 (Errata 01). */
const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json'

/**
 * SARIF 2.1.0 for code-scanning dashboards: one run, tool.driver.rules from the registry, one
 * result per diagnostic with its rule, level and region. Relative file paths become URIs against
 * `%SRCROOT%`, so the log does not depend on where the checkout lives.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], options: SarifOptions): string {
  const rules: ReportingDescriptor[] = options.rules.map((rule) => {
    const descriptor: ReportingDescriptor = { id: rule.id, shortDescription: { text: rule.description } }
    if (rule.help) descriptor.help = { text: rule.help }
    if (rule.helpUri) descriptor.helpUri = rule.helpUri
    if (rule.severity) descriptor.defaultConfiguration = { level: rule.severity }
    return descriptor
  })
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const results: Result[] = diagnostics.map((d) => {
    let ruleIndex = index.get(d.ruleId)
    if (ruleIndex === undefined) {
      ruleIndex = rules.push({ id: d.ruleId }) - 1
      index.set(d.ruleId, ruleIndex)
    }
    const region: NonNullable<Result['locations']>[number]['physicalLocation'] = {
      artifactLocation: artifactLocation(d.file),
      region: { startLine: d.start.line, startColumn: d.start.column, ...(d.end ? { endLine: d.end.line, endColumn: d.end.column } : {}) },
    }
    const result: Result = {
      ruleId: d.ruleId,
      ruleIndex,
      level: d.severity === 'error' ? 'error' : 'warning',
      message: { text: d.hint ? `${d.reason}. ${d.hint}` : d.reason },
      locations: [{ physicalLocation: region }],
    }
    return result
  })
  const run: Run = {
    tool: { driver: { name: 'policyc', version: options.version, ...(options.informationUri ? { informationUri: options.informationUri } : {}), rules } },
    originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.root.endsWith('/') ? options.root : `${options.root}/`).href } },
    results,
  }
  if (options.notes?.length) {
    run.invocations = [{ executionSuccessful: true, toolExecutionNotifications: options.notes.map((text) => ({ message: { text }, level: 'note' })) }]
  }
  const log: Log = { $schema: SCHEMA, version: '2.1.0', runs: [run] }
  return `${JSON.stringify(log, null, 2)}\n`
}

/** A relative path as a URI reference against %SRCROOT%; an absolute one as a file: URI. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href }
  return { uri: file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
}
