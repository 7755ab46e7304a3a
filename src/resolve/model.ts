import type { Jurisdiction } from '../catalog/catalog.js'
import type { Category, Channel, Cookie, LegalBasis, Policy, Purpose, Recipient, RetentionRule, Section, AutomatedDecision } from '../generated/policy.js'
import type { PolicySource } from '../load/policy-source.js'
import type { ProseTree } from '../prose/parse-prose.js'

export type { Policy, Category, Purpose, Recipient, RetentionRule, Cookie, Section, Channel, AutomatedDecision, Jurisdiction }

/** The kinds of entity a policy defines; each has an id that `:ref{id=…}` and references use. */
export type EntityKind = 'category' | 'purpose' | 'recipient' | 'retention' | 'cookie' | 'channel' | 'automated-decision'

/** An entity with its kind and its data path (where it sits in the merged sources). */
export interface EntityEntry {
  kind: EntityKind
  id: string
  path: readonly (string | number)[]
  label: string
}

/**
 * The resolved, immutable Policy model: the validated source data (deep-frozen), the
 * jurisdictions of the regions it serves, an index of every entity by id, and every section
 * body parsed once. Later stages (lint, variant, render) read only this.
 */
export interface PolicyModel {
  readonly policy: Readonly<Policy>
  /** Where each value came from, for diagnostics at file:line:col. Not part of any output. */
  readonly source: PolicySource
  /** The jurisdictions of `policy.regions`, in the same order. */
  readonly regions: readonly Jurisdiction[]
  readonly entities: ReadonlyMap<string, EntityEntry>
  readonly sections: ReadonlyMap<string, { section: Section; index: number }>
  /** Each section body's tree (and the intro's, under the key `#intro`), parsed once. */
  readonly prose: ReadonlyMap<string, ProseTree>
}

/** Where each kind of entity lives in the policy data. */
export const ENTITY_LISTS: readonly { kind: EntityKind; path: readonly string[]; label: (item: never) => string }[] = [
  { kind: 'category', path: ['categories'], label: (c: Category) => c.label },
  { kind: 'purpose', path: ['purposes'], label: (p: Purpose) => p.label },
  { kind: 'recipient', path: ['recipients'], label: (r: Recipient) => r.name },
  { kind: 'retention', path: ['retention'], label: (r: RetentionRule) => r.id },
  { kind: 'cookie', path: ['cookies'], label: (c: Cookie) => c.name },
  { kind: 'channel', path: ['rights', 'channels'], label: (c: Channel) => c.label ?? c.email ?? c.url ?? c.id },
  { kind: 'automated-decision', path: ['automated-decisions'], label: (a: AutomatedDecision) => a.id },
]

/** Reads a list at a path of the policy data (empty when absent). */
export function listAt(policy: Readonly<Policy>, path: readonly string[]): readonly unknown[] {
  let node: unknown = policy
  for (const step of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[step] : undefined
  return Array.isArray(node) ? node : []
}

/** Typed look-ups on the model. */
export function categoryById(model: PolicyModel, id: string): Category | undefined {
  return model.policy.categories.find((c) => c.id === id)
}

export function purposeById(model: PolicyModel, id: string): Purpose | undefined {
  return model.policy.purposes.find((p) => p.id === id)
}

export function recipientById(model: PolicyModel, id: string): Recipient | undefined {
  return model.policy.recipients?.find((r) => r.id === id)
}

/** The legal basis a purpose relies on in a region (its override, or its default); undefined when the notice does not map one to it (`bases-relied-on`). */
export function basisIn(purpose: Purpose, region: string): LegalBasis | undefined {
  return purpose['basis-by-region']?.[region] ?? purpose.basis
}

/**
 * The bases a purpose may rest on in a region: its own, or, for a purpose the notice maps no
 * basis to, every basis the notice says it relies on (`bases-relied-on`). For conditions such as
 * "relies on legitimate interests somewhere", which hold whichever purpose the basis serves.
 */
export function possibleBases(policy: Policy, purpose: Purpose, region: string): readonly LegalBasis[] {
  const basis = basisIn(purpose, region)
  return basis !== undefined ? [basis] : (policy['bases-relied-on'] ?? [])
}
