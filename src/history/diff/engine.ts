import { compareText } from '../../diagnostics/diagnostic.js'
import type { Policy } from '../../generated/policy.js'
import { canonical, sameData } from './canonical.js'
import type { Change, Json, Subject } from './change.js'
import { editorial, material, WORDING, type Verdict } from './verdict.js'
import { onlyWhitespace, wordDiff } from './words.js'

/** Source data of one entity, read by field path. */
export type Entity = Readonly<Record<string, unknown>>

/** What field rules may look at besides the two values. */
export interface DiffContext {
  /** The older policy, with renames applied. */
  from: Readonly<Policy>
  to: Readonly<Policy>
  /** Regions served by both versions. */
  servedBoth: readonly string[]
}

/** The parts of a change a field rule fills in; the engine adds subject and id. */
export type ChangeBody = Omit<Change, 'subject' | 'id'>

/**
 * How one field of an entity is compared and classified:
 * - `prose`: a word diff; wording is editorial unless `verdict` says otherwise (e.g. text that
 *   appears where there was none);
 * - `value`: one value, classified by `classify`;
 * - `set`: a list of plain values whose order means nothing; additions and removals classified apart;
 * - `custom`: anything else (a legal basis per region);
 * - `elsewhere`: compared as its own subject (the channels inside `rights`).
 */
export type FieldRule =
  | { field: string; kind: 'prose'; verdict?: (before: unknown, after: unknown) => Verdict }
  | { field: string; kind: 'value'; classify: (before: unknown, after: unknown, context: DiffContext) => Verdict }
  | { field: string; kind: 'set'; added: (items: string[], context: DiffContext, entity: Entity) => Verdict; removed: (items: string[], context: DiffContext, entity: Entity) => Verdict }
  | { field: string; kind: 'custom'; diff: (before: Entity, after: Entity, context: DiffContext) => ChangeBody[] }
  | { field: string; kind: 'elsewhere' }

/** How one kind of thing is found in a policy, keyed, and compared. */
export interface SubjectSpec {
  subject: Subject
  entities(policy: Readonly<Policy>): readonly Entity[]
  key(entity: Entity): string
  fields: readonly FieldRule[]
  added(entity: Entity, context: DiffContext): Verdict
  removed(entity: Entity, context: DiffContext): Verdict
}

/** Reads a dotted field path (`appeal.channels`) of an entity. */
export function fieldValue(entity: Entity, field: string): unknown {
  let node: unknown = entity
  for (const step of field.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[step] : undefined
  return node
}

/** Compares the entities of one subject, matched by key; renamed entities already carry their new key. */
export function compareSubject(spec: SubjectSpec, context: DiffContext): Change[] {
  const before = new Map(spec.entities(context.from).map((e) => [spec.key(e), e]))
  const after = new Map(spec.entities(context.to).map((e) => [spec.key(e), e]))
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort(compareText)
  const changes: Change[] = []
  for (const id of keys) {
    const a = before.get(id)
    const b = after.get(id)
    const stamp = (body: ChangeBody): Change => ({ subject: spec.subject, id, ...body })
    if (a === undefined && b !== undefined) changes.push(stamp({ action: 'added', after: canonical(b), ...spec.added(b, context) }))
    else if (a !== undefined && b === undefined) changes.push(stamp({ action: 'removed', before: canonical(a), ...spec.removed(a, context) }))
    else if (a !== undefined && b !== undefined) changes.push(...compareFields(spec.fields, a, b, context).map(stamp))
  }
  return changes
}

/** Applies each field rule, then reports any other field that differs as material (no rule knows it). */
export function compareFields(rules: readonly FieldRule[], a: Entity, b: Entity, context: DiffContext): ChangeBody[] {
  const out: ChangeBody[] = []
  for (const rule of rules) out.push(...compareField(rule, a, b, context))
  const known = new Set(['id', 'suppress', ...rules.map((r) => r.field.split('.')[0]!)])
  const others = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !known.has(k)).sort(compareText)
  for (const field of others) {
    if (sameData(a[field], b[field])) continue
    out.push({ action: 'changed', field, ...values(a[field], b[field]), ...material('a field without a materiality rule in policyc; treated as material so it is reviewed') })
  }
  return out
}

function compareField(rule: FieldRule, a: Entity, b: Entity, context: DiffContext): ChangeBody[] {
  if (rule.kind === 'custom') return rule.diff(a, b, context)
  if (rule.kind === 'elsewhere') return []
  const before = fieldValue(a, rule.field)
  const after = fieldValue(b, rule.field)
  if (sameData(before, after)) return []
  const field = rule.field
  switch (rule.kind) {
    case 'prose': {
      const words = wordDiff(typeof before === 'string' ? before : '', typeof after === 'string' ? after : '')
      const verdict = rule.verdict?.(before, after) ?? (onlyWhitespace(words) ? editorial('formatting only (spacing or line breaks)') : WORDING)
      return [{ action: 'changed', field, words, ...verdict }]
    }
    case 'value':
      return [{ action: 'changed', field, ...values(before, after), ...rule.classify(before, after, context) }]
    case 'set': {
      const was = asStrings(before)
      const now = asStrings(after)
      const added = now.filter((x) => !was.includes(x))
      const removed = was.filter((x) => !now.includes(x))
      const out: ChangeBody[] = []
      if (added.length > 0) out.push({ action: 'changed', field, added, ...rule.added(added, context, b) })
      if (removed.length > 0) out.push({ action: 'changed', field, removed, ...rule.removed(removed, context, b) })
      return out
    }
  }
}

/** `before` / `after` for a value change; a side that is absent is left out. */
export function values(before: unknown, after: unknown): { before?: Json; after?: Json } {
  return { ...(before !== undefined ? { before: canonical(before) } : {}), ...(after !== undefined ? { after: canonical(after) } : {}) }
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.map(String))].sort(compareText) : []
}

/**
 * A nested block (`appeal` inside `rights`): its appearing or disappearing is one change,
 * classified by `added` / `removed`; otherwise its own fields are compared, named `block.field`.
 */
export function nestedBlock(field: string, rules: readonly FieldRule[], verdicts: { added: Verdict; removed: Verdict }): FieldRule {
  return {
    field,
    kind: 'custom',
    diff: (a, b, context) => {
      const before = a[field] as Entity | undefined
      const after = b[field] as Entity | undefined
      if (before === undefined && after === undefined) return []
      if (before === undefined) return [{ action: 'changed', field, ...values(undefined, after), ...verdicts.added }]
      if (after === undefined) return [{ action: 'changed', field, ...values(before, undefined), ...verdicts.removed }]
      return compareFields(rules, before, after, context).map((change) => ({ ...change, field: `${field}.${change.field ?? ''}` }))
    },
  }
}
