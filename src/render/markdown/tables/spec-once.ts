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
  const spec = sameSpec(entries, TABLES[kind](watched))
  // The same list object as an earlier entry's when it reads the same fields, so lookups share its fingerprint.
  const read = entries.find((entry) => sameFields(entry.reads, reads))?.reads ?? [...reads]
  entries.push({ reads: read, fingerprint: fingerprint(variant, read), spec })
  // A policy has a few dozen variants: the bound only guards against a pathological builder.
  if (entries.length > 64) entries.shift()
  return spec
}

/**
 * The spec object an earlier variant got, when this one's content is the same: the recipients
 * table reads the laws (for their safeguard words) and so is built anew for each region, though
 * it mostly reads the same. One object for equal content lets every later stage (the table's
 * mdast node in expand.ts, the fragment cache) know it by identity instead of writing it out
 * again on every page. Equal JSON is the fragment cache's own test of equal content; `sameJson`
 * answers it without writing either spec out (a spec's JSON is tens of kB, and most of a build's
 * were thrown away as soon as they were compared: issue 19).
 */
function sameSpec(entries: readonly Built[], spec: TableSpec | undefined): TableSpec | undefined {
  if (spec === undefined) return spec
  const compared = new Set<TableSpec>()
  for (const entry of entries) {
    if (!entry.spec || compared.has(entry.spec)) continue
    if (sameJson(entry.spec, spec)) return entry.spec
    compared.add(entry.spec)
  }
  given.add(spec)
  return spec
}

/** Each spec `tableSpecOnce` gave out; its JSON (`specContent`) is written when first asked for. */
const given = new WeakSet<TableSpec>()
const specJson = new WeakMap<TableSpec, string>()

/** A spec's JSON when `tableSpecOnce` made it (undefined for another spec, such as a filtered one): equal only for equal specs. */
export function specContent(spec: TableSpec): string | undefined {
  if (!given.has(spec)) return undefined
  let content = specJson.get(spec)
  if (content === undefined) specJson.set(spec, (content = JSON.stringify(spec)))
  return content
}

/**
 * `JSON.stringify(a) === JSON.stringify(b)` for the plain data a spec is (objects, arrays,
 * strings, numbers, booleans, null), without writing either: objects equal in the order of their
 * keys, keys holding `undefined` (or a function) left out, `undefined` in an array as null,
 * numbers that are not finite as null. Anything with a `toJSON` is compared by its JSON.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  // At the top, JSON writes nothing at all for these (inside an object their key is left out; in an array, null).
  if (unwritten(a) || unwritten(b)) return unwritten(a) && unwritten(b)
  return sameWritten(a, b)
}

function sameWritten(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (hasToJson(a) || hasToJson(b)) return JSON.stringify([a]) === JSON.stringify([b])
  if (typeof a === 'number' && typeof b === 'number') return !Number.isFinite(a) && !Number.isFinite(b)
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    // Only inside an array can undefined or a function reach here (an object leaves such keys out): both read `null`.
    return nullish(a) && nullish(b)
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as unknown[]
    if (a.length !== other.length) return false
    for (let i = 0; i < a.length; i++) if (!sameWritten(a[i], other[i])) return false
    return true
  }
  let keysA = Object.keys(a)
  let keysB = Object.keys(b)
  // Keys JSON leaves out are rare in a spec: only then are the key lists filtered.
  if (keysA.some((key) => unwritten((a as Record<string, unknown>)[key])) || keysB.some((key) => unwritten((b as Record<string, unknown>)[key]))) {
    keysA = writtenKeys(a as Record<string, unknown>)
    keysB = writtenKeys(b as Record<string, unknown>)
  }
  if (keysA.length !== keysB.length) return false
  for (let i = 0; i < keysA.length; i++) {
    const key = keysA[i]!
    if (key !== keysB[i] || !sameWritten((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false
  }
  return true
}

/** The keys JSON writes of an object, in its order: own enumerable string keys whose value is neither undefined nor a function (nor a symbol). */
function writtenKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => !unwritten(value[key]))
}

/** What JSON does not write: left out of an object, null in an array, nothing at the top. */
function unwritten(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/** What JSON writes as `null` inside an array. */
function nullish(value: unknown): boolean {
  return value === null || unwritten(value) || (typeof value === 'number' && !Number.isFinite(value))
}

function hasToJson(value: unknown): boolean {
  return value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function'
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
