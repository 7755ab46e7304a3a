import { compareText } from '../../diagnostics/diagnostic.js'
import type { Policy } from '../../generated/policy.js'
import type { Translation } from '../../locale/load-locale.js'
import type { PolicyModel } from '../../resolve/model.js'
import { DIFF_FORMAT, SUBJECTS, type Change, type DiffReport, type PolicyDiff, type VersionRef } from './change.js'
import { compareSubject, type DiffContext, type SubjectSpec } from './engine.js'
import { detectRenames } from './renames.js'
import { automatedDecisions, categories, cookies, purposes, recipients, retention } from './rules/data.js'
import { controller, dpo, exportsSpec, notice, representatives, sections } from './rules/notice.js'
import { channels, children, compareClaims, compareRegions, compareSignals, rightLimits, rights } from './rules/rights.js'
import { diffTranslationSides } from './translations.js'

/** Every subject, each compared by its own rules; the order here does not matter (output is sorted). */
const SPECS: readonly SubjectSpec[] = [notice, controller, representatives, dpo, categories, purposes, recipients, retention, cookies, rights, channels, rightLimits, children, automatedDecisions, sections, exportsSpec]
const MAPS: readonly ((context: DiffContext) => Change[])[] = [compareRegions, compareSignals, compareClaims]

const ACTION_ORDER: Record<Change['action'], number> = { renamed: 0, removed: 1, added: 2, changed: 3 }

/**
 * The semantic diff of two versions of one policy: renames first recognised and applied to the
 * older version, then every subject compared by id, so reordering is never a change. Sorted by
 * subject (in the order of the format), id, and action; a subject's fields in rule order.
 */
export function diffPolicies(from: Readonly<Policy>, to: Readonly<Policy>): Change[] {
  const { renames, normalised } = detectRenames(from, to)
  const context: DiffContext = { from: normalised, to, servedBoth: to.regions.filter((r) => from.regions.includes(r)) }
  const changes: Change[] = renames.map((r) => ({
    subject: r.subject,
    id: r.to,
    action: 'renamed',
    before: r.from,
    after: r.to,
    materiality: 'editorial',
    reason: r.subject === 'section' ? `only the id changed; the page anchor #${r.from} becomes #${r.to}` : 'only the id changed; the content is the same',
  }))
  for (const spec of SPECS) changes.push(...compareSubject(spec, context))
  for (const compare of MAPS) changes.push(...compare(context))
  const rank = (c: Change) => SUBJECTS.indexOf(c.subject)
  return changes.sort((a, b) => rank(a) - rank(b) || compareText(a.id, b.id) || ACTION_ORDER[a.action] - ACTION_ORDER[b.action])
}

/** A policy's translations on each side of a diff, when they were loaded (`policyc diff` loads them). */
export interface TranslationSides {
  from: readonly Translation[]
  to: readonly Translation[]
}

/**
 * The diff of one policy between two sides; either side may lack it (a policy added or removed).
 * With `translations`, changes to them follow the source's (a new or withdrawn notice is one
 * change, translations and all).
 */
export function diffModels(id: string, from: PolicyModel | undefined, to: PolicyModel | undefined, translations?: TranslationSides): PolicyDiff {
  let changes: Change[]
  let status: PolicyDiff['status']
  if (from && to) {
    changes = diffPolicies(from.policy, to.policy)
    if (translations) changes.push(...diffTranslationSides(translations.from, translations.to))
    // A material change under the old date: readers (and consent records) cannot tell the new
    // version from the one they accepted, and a promised notice period cannot have run.
    if (changes.some((c) => c.materiality === 'material') && from.policy.effective === to.policy.effective) {
      changes.push({ subject: 'policy', id, action: 'changed', field: 'effective', before: from.policy.effective, after: to.policy.effective, materiality: 'material', reason: `material changes, but the effective date did not move (still ${to.policy.effective}): set \`effective\` to the date this version takes effect` })
    }
    status = changes.length > 0 ? 'changed' : 'unchanged'
  } else if (to) {
    status = 'added'
    changes = [{ subject: 'policy', id, action: 'added', materiality: 'material', reason: 'a new notice' }]
  } else {
    status = 'removed'
    changes = [{ subject: 'policy', id, action: 'removed', materiality: 'material', reason: 'a notice is withdrawn' }]
  }
  const material = changes.filter((c) => c.materiality === 'material').length
  return {
    id,
    status,
    ...(from ? { from: versionRef(from) } : {}),
    ...(to ? { to: versionRef(to) } : {}),
    material,
    editorial: changes.length - material,
    changes,
  }
}

function versionRef(model: PolicyModel): VersionRef {
  return { path: model.source.path, effective: model.policy.effective, ...(model.policy.version !== undefined ? { version: model.policy.version } : {}) }
}

export interface DiffSide {
  label: string
  commit: string | undefined
  models: ReadonlyMap<string, PolicyModel>
  /** The translations of each policy, by policy id; compared only when both sides have them. */
  translations?: ReadonlyMap<string, readonly Translation[]> | undefined
}

/** The diff of every policy on two sides, matched by policy id. */
export function diffSides(from: DiffSide, to: DiffSide): DiffReport {
  const ids = [...new Set([...from.models.keys(), ...to.models.keys()])].sort(compareText)
  const translationsOf = (id: string): TranslationSides | undefined =>
    from.translations && to.translations ? { from: from.translations.get(id) ?? [], to: to.translations.get(id) ?? [] } : undefined
  const policies = ids.map((id) => diffModels(id, from.models.get(id), to.models.get(id), translationsOf(id)))
  return {
    format: DIFF_FORMAT,
    from: { label: from.label, commit: from.commit ?? null },
    to: { label: to.label, commit: to.commit ?? null },
    summary: {
      policies: policies.length,
      changed: policies.filter((p) => p.status !== 'unchanged').length,
      material: policies.reduce((n, p) => n + p.material, 0),
      editorial: policies.reduce((n, p) => n + p.editorial, 0),
    },
    policies,
  }
}
