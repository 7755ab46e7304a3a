import type { TableKind } from '../../../prose/directives.js'
import type { PolicyModel } from '../../../resolve/model.js'
import type { Variant } from '../../../variant/variant.js'
import { TABLES } from './index.js'
import type { TableSpec } from './table-spec.js'

interface Built {
  /** The variant fields the builder read, and what they held. */
  reads: readonly (keyof Variant)[]
  fingerprint: string
  spec: TableSpec | undefined
  /** The spec as JSON (`sameSpec`), when there is one. */
  content: string | undefined
}

const built = new WeakMap<PolicyModel, Map<TableKind, Built[]>>()

/**
 * A table's spec for a variant, built once per policy for every variant that gives the builder the
 * same inputs. Most tables read the same on most of a policy's 24 pages (the categories, recipients,
 * retention and cookies tables depend on the policy and the law's word for personal data; the
 * rights and purposes tables on the region), and building them per page was most of planning a page.
 *
 * Which inputs a builder uses is recorded, not listed by hand: the builder gets the variant behind a
 * proxy that notes each field it reads. A builder is a pure function of the variant, so when every
 * field it read holds the same content for another variant, it would read the same fields again
 * and build the same spec: that spec is reused (specs and their nodes are never mutated). Each
 * field's content is fingerprinted below; within one model (the memo is per model object), a
 * jurisdiction id names one jurisdiction.
 */
export function tableSpecOnce(kind: TableKind, variant: Variant): TableSpec | undefined {
  let byKind = built.get(variant.model)
  if (!byKind) built.set(variant.model, (byKind = new Map()))
  let entries = byKind.get(kind)
  if (!entries) byKind.set(kind, (entries = []))
  // Entries mostly share one list of fields read: each distinct list is fingerprinted once per lookup, not once per entry.
  const prints = new Map<readonly (keyof Variant)[], string>()
  for (const entry of entries) {
    let print = prints.get(entry.reads)
    if (print === undefined) prints.set(entry.reads, (print = fingerprint(variant, entry.reads)))
    if (print === entry.fingerprint) return entry.spec
  }
  const reads = new Set<keyof Variant>()
  const watched = new Proxy(variant, {
    get(target, field, receiver) {
      reads.add(field as keyof Variant)
      return Reflect.get(target, field, receiver) as unknown
    },
    has(target, field) {
      reads.add(field as keyof Variant)
      return Reflect.has(target, field)
    },
  })
  const [spec, content] = sameSpec(entries, TABLES[kind](watched))
  // The same list object as an earlier entry's when it reads the same fields, so lookups share its fingerprint.
  const read = entries.find((entry) => sameFields(entry.reads, reads))?.reads ?? [...reads]
  entries.push({ reads: read, fingerprint: fingerprint(variant, read), spec, content })
  // A policy has a few dozen variants: the bound only guards against a pathological builder.
  if (entries.length > 64) entries.shift()
  return spec
}

/**
 * The spec object an earlier variant got, when this one's content is the same: the recipients
 * table reads the laws (for their safeguard words) and so is built anew for each region, though
 * it mostly reads the same. One object for equal content lets every later stage (the table's
 * mdast node in expand.ts, the fragment cache) know it by identity instead of writing it out
 * again on every page. Equal JSON is the fragment cache's own test of equal content.
 */
function sameSpec(entries: readonly Built[], spec: TableSpec | undefined): [TableSpec | undefined, string | undefined] {
  if (spec === undefined) return [spec, undefined]
  const content = JSON.stringify(spec)
  for (const entry of entries) if (entry.spec && entry.content === content) return [entry.spec, content]
  specJson.set(spec, content)
  return [spec, content]
}

/** Each spec `tableSpecOnce` gave out, as JSON. */
const specJson = new WeakMap<TableSpec, string>()

/** A spec's JSON when `tableSpecOnce` made it (undefined for another spec, such as a filtered one): equal only for equal specs. */
export function specContent(spec: TableSpec): string | undefined {
  return specJson.get(spec)
}

function sameFields(list: readonly (keyof Variant)[], set: ReadonlySet<keyof Variant>): boolean {
  return list.length === set.size && list.every((field) => set.has(field))
}

/** What the fields read hold, as a string that is equal only for equal content. */
function fingerprint(variant: Variant, reads: readonly (keyof Variant)[]): string {
  return reads.map((field) => `${String(field)}=${fieldContent(variant, field)}`).join('\u0000')
}

/** Each variant's field contents, written once: every table of every page compared them again (variants are never changed). */
const contents = new WeakMap<Variant, Map<keyof Variant, string>>()

function fieldContent(variant: Variant, field: keyof Variant): string {
  let byField = contents.get(variant)
  if (!byField) contents.set(variant, (byField = new Map()))
  let content = byField.get(field)
  if (content === undefined) byField.set(field, (content = writtenField(variant, field)))
  return content
}

function writtenField(variant: Variant, field: keyof Variant): string {
  switch (field) {
    case 'model':
      return '' // the memo is per model
    case 'region':
      return variant.region ? JSON.stringify(variant.region.id) : '-'
    case 'regions':
      return JSON.stringify(variant.regions.map((r) => r.id))
    case 'laws':
      return JSON.stringify(variant.laws.map((law) => [law.jurisdiction.id, law.reaches]))
    case 'terms':
      return JSON.stringify(variant.terms)
    case 'channels':
      return JSON.stringify(variant.channels)
    default:
      // `key`, `sections`, `intro`, or anything else: only this very variant has the same.
      return `variant:${JSON.stringify(variant.key)}`
  }
}
