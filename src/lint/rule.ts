import { diagnose, type Diagnostic, type Location, type Severity } from '../diagnostics/diagnostic.js'
import type { DataPath } from '../load/locate.js'
import type { PolicyModel } from '../resolve/model.js'
import type { Suppression, SuppressionIndex } from './suppressions.js'

/** The documentation every rule carries: `policyc explain` prints it, docs/rules.md is generated from it. */
export interface RuleDocs {
  /** Why the problem matters to a reader of the notice or to a regulator. */
  why: string
  /** The article or section of law the rule comes from ("—" when it is editorial only). */
  law: string
  /** How to fix it in the YAML. */
  fix: string
  /** A YAML excerpt that triggers the rule. */
  bad: string
  /** The same excerpt, fixed. */
  good: string
}

/** One problem a rule found. Rule bodies only say what and where; the wrapper adds the rest. */
export interface RuleReport {
  /** The data path of the YAML node the problem is about; also decides which entity's `suppress` applies. */
  path: DataPath
  /** Point at the key of the last step instead of its value. */
  part?: 'value' | 'key'
  /** A position found another way (inside a Markdown body); `path` still names the entity. */
  at?: Location
  reason: string
  hint?: string | undefined
  /** The regions the finding is about, so a policy-level `suppress` with `region` can switch it off there. */
  regions?: readonly string[] | undefined
  /** The notice element the finding is about (a catalog element key), for `suppress` with `element`. */
  element?: string | undefined
  /**
   * The reason restated for fewer regions: when given, a policy-level `suppress` for some of
   * `regions` takes those out of the finding instead of leaving it whole.
   */
  reasonFor?: ((regions: readonly string[]) => string) | undefined
}

/** What a rule's check sees: the model, the date it treats as today, and where to report. */
export interface RuleContext {
  readonly model: PolicyModel
  /** Today as YYYY-MM-DD from --now, SOURCE_DATE_EPOCH or the config; undefined when none was given. */
  readonly now: string | undefined
  report(report: RuleReport): void
  /** Says why the rule could not run (printed once as a note, never as a diagnostic). */
  skip(note: string): void
  /** What the engine knows about this run; only the unused-suppression rule needs it. */
  readonly engine: EngineView
}

/** The run as the engine sees it: every suppression (and whether it was used), which rules ran. */
export interface EngineView {
  readonly suppressions: readonly Suppression[]
  /** Ids of the rules that run on this model (severity not `off`). */
  readonly enabled: ReadonlySet<string>
  /** Ids of every registered rule. */
  readonly known: readonly string[]
}

export interface RuleDefinition {
  /** Stable, kebab-case; never renamed once released (configs and suppressions name it). */
  id: string
  /** The default severity; a project's config may change it. */
  severity: Severity
  /** One line, shown in rule lists. */
  description: string
  docs: RuleDocs
  check(context: RuleContext): void
}

export interface RuleRunOptions {
  severity: Severity
  now: string | undefined
  suppressions: SuppressionIndex
  enabled: ReadonlySet<string>
  known: readonly string[]
}

export interface RuleRunResult {
  diagnostics: Diagnostic[]
  notes: string[]
}

export interface Rule extends RuleDefinition {
  /** Runs the check on one model: stamps id, severity and source on each report, drops suppressed ones. */
  run(model: PolicyModel, options: RuleRunOptions): RuleRunResult
}

/**
 * Wraps a rule definition the way unified-lint-rule does: the rule body only reports a reason at a
 * data path; the wrapper locates it in the YAML, stamps the rule id, severity and source `lint`,
 * and honours the `suppress` entries of the entity the path belongs to (marking them used).
 */
export function defineRule(definition: RuleDefinition): Rule {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(definition.id)) throw new Error(`defineRule: rule id \`${definition.id}\` must be kebab-case`)
  return Object.freeze({
    ...definition,
    run(model: PolicyModel, options: RuleRunOptions): RuleRunResult {
      const diagnostics: Diagnostic[] = []
      const notes: string[] = []
      definition.check({
        model,
        now: options.now,
        report(report) {
          if (options.suppressions.consume(report.path, definition.id, { regions: report.regions, element: report.element })) return
          let reason = report.reason
          if (report.reasonFor && report.regions && report.regions.length > 1) {
            const remaining = options.suppressions.remainingRegions(definition.id, { regions: report.regions, element: report.element })
            if (remaining.length < report.regions.length) reason = report.reasonFor(remaining)
          }
          const at = report.at ?? model.source.locate(report.path, report.part ?? 'value')
          diagnostics.push(diagnose(at, { ruleId: definition.id, source: 'lint', severity: options.severity, reason, hint: report.hint }))
        },
        skip(note) {
          notes.push(`${definition.id}: ${note}`)
        },
        engine: { suppressions: options.suppressions.all, enabled: options.enabled, known: options.known },
      })
      return { diagnostics, notes }
    },
  })
}
