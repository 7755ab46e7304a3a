import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js'
import type { PolicyModel } from '../resolve/model.js'
import { RULES } from './registry.js'
import type { Rule } from './rule.js'
import { indexSuppressions } from './suppressions.js'

/** A severity as a project config writes it. */
export type ConfiguredSeverity = 'error' | 'warn' | 'off'

export interface LintOptions {
  /** Today as YYYY-MM-DD (from --now, SOURCE_DATE_EPOCH or the config); never the system clock. */
  now?: string | undefined
  /** Severity overrides by rule id; rules not listed keep their default. */
  severities?: Readonly<Record<string, ConfiguredSeverity>> | undefined
  /** The rules to run (default: the registry). Tests pass one rule. */
  rules?: readonly Rule[]
}

export interface LintResult {
  diagnostics: Diagnostic[]
  /** Why a rule could not run, once per rule (e.g. the effective-date rule without a date). */
  notes: string[]
}

/** The severity a rule runs at, or undefined when it is off. */
export function severityOf(rule: Rule, severities: LintOptions['severities']): Severity | undefined {
  const configured = severities?.[rule.id]
  if (configured === 'off') return undefined
  if (configured === 'warn') return 'warning'
  return configured ?? rule.severity
}

/** Runs the lint rules over one resolved model: consistency rules, then coverage, then suppressions. */
export function lintModel(model: PolicyModel, options: LintOptions = {}): LintResult {
  const rules = options.rules ?? RULES
  const suppressions = indexSuppressions(model)
  const enabled = new Set(rules.filter((r) => severityOf(r, options.severities) !== undefined).map((r) => r.id))
  const known = RULES.map((r) => r.id)
  const diagnostics: Diagnostic[] = []
  const notes: string[] = []
  for (const rule of rules) {
    const severity = severityOf(rule, options.severities)
    if (severity === undefined) continue
    const result = rule.run(model, { severity, now: options.now, suppressions, enabled, known })
    diagnostics.push(...result.diagnostics)
    notes.push(...result.notes)
  }
  return { diagnostics, notes }
}
