import { deepFreeze, jurisdiction, loadCatalog, matchRegions, type Jurisdiction } from '../catalog/catalog.js'
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js'
import { suggestion } from '../diagnostics/did-you-mean.js'
import { regionHint } from '../catalog/region-suggestions.js'
import type { Policy, Section } from '../generated/policy.js'
import type { DataPath } from '../load/locate.js'
import type { PolicySource } from '../load/policy-source.js'
import { bodyLocator } from '../prose/body-locator.js'
import { checkProse } from '../prose/check-prose.js'
import { proseLimitProblem } from '../prose/prose-limits.js'
import { parseProse, type ProseTree } from '../prose/parse-prose.js'
import { inlineRefIds, SHORT_TEXT_FIELDS } from '../prose/inline-refs.js'
import type { TableKind } from '../prose/directives.js'
import { TABLE_FILTERS } from '../prose/table-filters.js'
import { declaredJurisdiction } from './declared-region.js'
import { withoutNotes } from './strip-notes.js'
import { ENTITY_LISTS, listAt, type EntityEntry, type EntityKind, type PolicyModel } from './model.js'

export interface ResolveResult {
  model: PolicyModel | undefined
  diagnostics: Diagnostic[]
}

/**
 * One reference from one kind of entity to another: where the ids sit (`*` = every item of a
 * list) and which kind they must name. Adding a reference to the format means adding a row here.
 */
const REFERENCES: readonly { path: readonly string[]; target: EntityKind }[] = [
  { path: ['purposes', '*', 'categories', '*'], target: 'category' },
  { path: ['recipients', '*', 'purposes', '*'], target: 'purpose' },
  { path: ['recipients', '*', 'categories', '*'], target: 'category' },
  { path: ['retention', '*', 'categories', '*'], target: 'category' },
  { path: ['cookies', '*', 'purpose'], target: 'purpose' },
  { path: ['cookies', '*', 'recipient'], target: 'recipient' },
  { path: ['rights', 'appeal', 'channels', '*'], target: 'channel' },
  { path: ['rights', 'shine-the-light', 'channels', '*'], target: 'channel' },
  { path: ['automated-decisions', '*', 'purposes', '*'], target: 'purpose' },
  { path: ['incentives', '*', 'categories', '*'], target: 'category' },
]

/** Where region selectors sit: each must match a region the policy serves. */
const REGION_SELECTORS: readonly (readonly string[])[] = [
  ['sections', '*', 'regions', '*'],
  ['rights', 'channels', '*', 'regions', '*'],
]

const KIND_WORDS: Record<EntityKind, string> = {
  category: 'category',
  purpose: 'purpose',
  recipient: 'recipient',
  retention: 'retention rule',
  cookie: 'cookie',
  channel: 'channel',
  'automated-decision': 'automated decision',
}

/**
 * Resolves a validated policy into the Policy model: ids are unique, every reference and region
 * resolves, and every section body is parsed once and its directives checked. Problems are
 * reported at the node that causes them; the model is only returned when there is none.
 */
export function resolvePolicy(source: PolicySource): ResolveResult {
  // Notes are for editors only: the model never holds them (see strip-notes.ts).
  const policy = withoutNotes(source.data) as unknown as Policy
  const diagnostics: Diagnostic[] = []
  const report = (path: DataPath, ruleId: string, reason: string, hint?: string, part: 'value' | 'key' = 'value') =>
    diagnostics.push(diagnose(source.locate(path, part), { ruleId, source: 'resolve', reason, hint }))

  // Regions: each must exist in the catalog.
  const regions: Jurisdiction[] = []
  const catalogIds = loadCatalog().jurisdictions.map((j) => j.id)
  // Regions the policy declares with its own law facts (`declared-regions`); never a catalog id.
  const declared = new Map<string, Jurisdiction>()
  ;(policy['declared-regions'] ?? []).forEach((region, index) => {
    if (catalogIds.includes(region.id)) {
      report(['declared-regions', index, 'id'], 'declared-catalog-region', `Region \`${region.id}\` is in policyc's catalog: it cannot be declared again`, `Remove this declaration and name \`${region.id}\` in \`regions\`: the catalog knows its law.`)
      return
    }
    if (declared.has(region.id)) {
      report(['declared-regions', index, 'id'], 'duplicate-id', `Region \`${region.id}\` is declared twice`, 'Declare each region once.')
      return
    }
    declared.set(region.id, declaredJurisdiction(region, policy.effective))
  })
  const regionById = (id: string) => jurisdiction(id) ?? declared.get(id)
  policy.regions.forEach((id, index) => {
    const found = regionById(id)
    if (found) regions.push(found)
    else report(['regions', index], 'unknown-region', `Unknown region \`${id}\``, regionHint(id, [...loadCatalog().jurisdictions, ...declared.values()]))
  })
  const served = policy.regions.filter((id) => regionById(id) !== undefined)

  const checkSelector = (selector: string): { reason: string; hint?: string | undefined } | undefined => {
    if (matchRegions(selector, served).length > 0) return undefined
    if (!selector.endsWith('*') && catalogIds.includes(selector)) {
      return { reason: `Region \`${selector}\` is not served by this policy`, hint: `Add \`${selector}\` to \`regions\`, or remove it here.` }
    }
    return { reason: `Region \`${selector}\` matches no region this policy serves`, hint: suggestion(selector, served) ?? `This policy serves: ${served.join(', ')}.` }
  }

  // Entities: ids unique across every kind, so `:ref{id=…}` is never ambiguous.
  const entities = new Map<string, EntityEntry>()
  for (const list of ENTITY_LISTS) {
    listAt(policy, list.path).forEach((item, index) => {
      const id = (item as { id: string }).id
      const path = [...list.path, index]
      const previous = entities.get(id)
      if (previous) {
        const at = source.locate([...previous.path, 'id'])
        report([...path, 'id'], 'duplicate-id', `Id \`${id}\` is already used by ${KIND_WORDS[previous.kind]} at ${at.file}:${at.start.line}:${at.start.column}`, 'Give each category, purpose, recipient, retention rule, cookie and channel its own id.')
        return
      }
      entities.set(id, { kind: list.kind, id, path, label: list.label(item as never) })
    })
  }

  const sections = new Map<string, { section: Section; index: number }>()
  policy.sections.forEach((section, index) => {
    const previous = sections.get(section.id)
    if (previous) {
      const at = source.locate(['sections', previous.index, 'id'])
      report(['sections', index, 'id'], 'duplicate-id', `Section id \`${section.id}\` is already used at ${at.file}:${at.start.line}:${at.start.column}`, 'Section ids are page anchors: each must be unique.')
      return
    }
    sections.set(section.id, { section, index })
  })

  // References between entities.
  for (const reference of REFERENCES) {
    for (const { value, path } of valuesAt(policy, reference.path)) {
      if (typeof value !== 'string') continue
      const entry = entities.get(value)
      if (entry?.kind === reference.target) continue
      const candidates = [...entities.values()].filter((e) => e.kind === reference.target).map((e) => e.id)
      const reason = entry
        ? `\`${value}\` is a ${KIND_WORDS[entry.kind]}, but a ${KIND_WORDS[reference.target]} is expected here`
        : `Unknown ${KIND_WORDS[reference.target]} \`${value}\``
      report(path, 'unknown-reference', reason, suggestion(value, candidates) ?? (candidates.length ? `Defined ${KIND_WORDS[reference.target]} ids: ${candidates.slice(0, 12).join(', ')}${candidates.length > 12 ? ', …' : ''}.` : `Define the ${KIND_WORDS[reference.target]} first.`))
    }
  }

  // Region selectors and region-keyed maps.
  for (const selectorPath of REGION_SELECTORS) {
    for (const { value, path } of valuesAt(policy, selectorPath)) {
      if (typeof value !== 'string') continue
      const problem = checkSelector(value)
      if (problem) report(path, 'unknown-region', problem.reason, problem.hint)
    }
  }
  policy.purposes.forEach((purpose, index) => {
    for (const region of Object.keys(purpose['basis-by-region'] ?? {})) {
      const problem = checkSelector(region)
      if (problem) report(['purposes', index, 'basis-by-region', region], 'unknown-region', problem.reason, problem.hint, 'key')
    }
    // `basis` may be left out only for a notice that names its bases without mapping them
    // (`bases-relied-on`); otherwise a missing basis is a forgotten one, not a fact of the notice.
    if (purpose.basis === undefined && policy['bases-relied-on'] === undefined) {
      report(['purposes', index], 'missing-basis', `Purpose \`${purpose.id}\` has no \`basis\``, 'Add `basis:` with the legal basis the notice states for it. If the notice lists its bases without saying which purpose uses which, list them in the top-level `bases-relied-on:` and leave `basis` out.', 'key')
    }
  })
  policy.representatives?.forEach((representative, index) => {
    if (!jurisdiction(representative.region)) {
      report(['representatives', index, 'region'], 'unknown-region', `Unknown region \`${representative.region}\``, regionHint(representative.region, loadCatalog().jurisdictions))
    }
  })
  // An appeal names its channels, or says in words how ("as we will tell you at the time"): one of them.
  if (policy.rights?.appeal && !policy.rights.appeal.channels?.length && !policy.rights.appeal.description?.trim()) {
    report(['rights', 'appeal'], 'empty-appeal', 'The appeal says neither where nor how to appeal', 'Give `channels:` that take appeals, or a `description:` in the notice\'s words (for example that the response to a request says how to appeal).', 'key')
  }
  for (const region of Object.keys(policy.rights?.['response-time-by-region'] ?? {})) {
    const problem = checkSelector(region)
    if (problem) report(['rights', 'response-time-by-region', region], 'unknown-region', problem.reason, problem.hint, 'key')
  }
  // A limit names a right of a served region's law, or one the notice lists itself (`rights.listed`, which a notice naming no region needs).
  const listedKeys = new Set<string>()
  policy.rights?.listed?.forEach((right, index) => {
    const key = `${right.right}\u0000${right.law ?? ''}`
    if (listedKeys.has(key)) report(['rights', 'listed', index, 'right'], 'duplicate-right', `The right \`${right.right}\` is listed twice${right.law ? ` under ${right.law}` : ''}`, 'List each right once per law the notice names; remove the repeated entry.')
    listedKeys.add(key)
  })
  const rightKeys = new Set([...regions.flatMap((r) => r.rights.map((right) => right.key)), ...(policy.rights?.listed ?? []).map((r) => r.right)])
  policy.rights?.limits?.forEach((limit, index) => {
    if (!rightKeys.has(limit.right)) {
      report(['rights', 'limits', index, 'right'], 'unknown-right', `No region this policy serves has the right \`${limit.right}\`, and \`rights.listed\` does not list it`, suggestion(limit.right, rightKeys) ?? (rightKeys.size ? `Rights in these regions and in \`rights.listed\`: ${[...rightKeys].sort().join(', ')}.` : 'List the rights the notice names in `rights.listed`, or serve a region whose law gives this right.'))
    }
  })

  // Prose: every body parsed once, its directives checked against the ids and regions above.
  const ids = new Set([...entities.keys(), ...sections.keys()])
  // `:ref` in short texts (summaries, descriptions): each must name something, as in a body.
  for (const { list, fields } of SHORT_TEXT_FIELDS) {
    listAt(policy, list).forEach((item, index) => {
      for (const field of fields) {
        const value = (item as Record<string, unknown>)[field]
        if (typeof value !== 'string') continue
        for (const id of inlineRefIds(value)) {
          if (!ids.has(id)) report([...list, index, field], 'unknown-reference', `\`:ref\` names \`${id}\`, which is not defined`, suggestion(id, ids) ?? 'Use the id of a category, purpose, recipient, retention rule, cookie, channel or section.')
        }
      }
    })
  }
  const prose = new Map<string, ProseTree>()
  const bodies: { key: string; path: DataPath; text: string }[] = policy.sections.map((section, index) => ({ key: section.id, path: ['sections', index, 'body'], text: section.body }))
  if (policy.intro !== undefined) bodies.push({ key: '#intro', path: ['intro'], text: policy.intro })
  const filterValues = (kind: TableKind, key: string): string[] => {
    const field = TABLE_FILTERS[kind]?.[key]
    const items = listAt(policy, [kind]) as Record<string, unknown>[]
    return field === undefined ? [] : [...new Set(items.flatMap((item) => [item[field]].flat().filter((v): v is string => typeof v === 'string')))].sort()
  }
  for (const body of bodies) {
    const over = proseLimitProblem(body.text)
    if (over) {
      diagnostics.push(diagnose(bodyLocator(source, body.path)({ line: over.line, column: over.column }), { ruleId: 'prose-too-complex', source: 'prose', reason: over.reason, hint: over.hint }))
      continue
    }
    const parsed = parseProse(body.text)
    prose.set(body.key, parsed)
    diagnostics.push(...checkProse(parsed.tree, { ids, checkRegion: checkSelector, locate: bodyLocator(source, body.path), filterValues, text: body.text }))
  }

  if (diagnostics.length > 0) return { model: undefined, diagnostics }
  const model: PolicyModel = {
    policy: deepFreeze(policy),
    source,
    regions,
    entities,
    sections,
    prose,
  }
  return { model: Object.freeze(model), diagnostics }
}

/** Every value at a path pattern, where `*` steps into each item of a list. */
function valuesAt(data: unknown, pattern: readonly string[], prefix: (string | number)[] = []): { value: unknown; path: (string | number)[] }[] {
  if (pattern.length === 0) return [{ value: data, path: prefix }]
  const [step, ...rest] = pattern
  if (step === '*') {
    if (!Array.isArray(data)) return []
    return data.flatMap((item, index) => valuesAt(item, rest, [...prefix, index]))
  }
  if (data === null || typeof data !== 'object' || !(step! in data)) return []
  return valuesAt((data as Record<string, unknown>)[step!], rest, [...prefix, step!])
}
