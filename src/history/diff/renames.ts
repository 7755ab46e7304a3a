import type { Policy } from '../../generated/policy.js'
import { fingerprint } from './canonical.js'
import type { Subject } from './change.js'

/** Lists whose items have ids, in an order where a list only refers to lists before it. */
export const RENAMEABLE: readonly { subject: Subject; path: readonly string[] }[] = [
  { subject: 'category', path: ['categories'] },
  { subject: 'channel', path: ['rights', 'channels'] },
  { subject: 'purpose', path: ['purposes'] },
  { subject: 'recipient', path: ['recipients'] },
  { subject: 'retention', path: ['retention'] },
  { subject: 'cookie', path: ['cookies'] },
  { subject: 'automated-decision', path: ['automated-decisions'] },
  { subject: 'section', path: ['sections'] },
]

/** Where ids of other entities are written (the references src/resolve checks). */
const REFERENCES: readonly { path: readonly string[]; target: Subject }[] = [
  { path: ['purposes', '*', 'categories', '*'], target: 'category' },
  { path: ['recipients', '*', 'purposes', '*'], target: 'purpose' },
  { path: ['recipients', '*', 'categories', '*'], target: 'category' },
  { path: ['retention', '*', 'categories', '*'], target: 'category' },
  { path: ['cookies', '*', 'purpose'], target: 'purpose' },
  { path: ['cookies', '*', 'recipient'], target: 'recipient' },
  { path: ['rights', 'appeal', 'channels', '*'], target: 'channel' },
  { path: ['automated-decisions', '*', 'purposes', '*'], target: 'purpose' },
]

/** `id=…` inside a directive's attributes, as in `:ref{id=mollie}`. */
const DIRECTIVE_ID = /(\{[^{}\n]*?\bid=)(["']?)([a-z0-9]+(?:-[a-z0-9]+)*)\2/g

export interface Rename {
  subject: Subject
  from: string
  to: string
}

export interface RenameResult {
  renames: Rename[]
  /** The older policy with every rename applied: its ids, the references to them, and `:ref{id=…}` in prose. */
  normalised: Policy
}

/**
 * Finds ids that were renamed while the thing kept its content: an id that disappeared and an id
 * that appeared whose data is equal apart from the id (references to other renamed things
 * counted as equal, list order ignored). Kinds are matched in reference order, so renaming a
 * category and the purposes that use it is recognised as renames all the way.
 */
export function detectRenames(from: Readonly<Policy>, to: Readonly<Policy>): RenameResult {
  const maps = new Map<Subject, Map<string, string>>()
  const renames: Rename[] = []
  for (const { subject, path } of RENAMEABLE) {
    const current = applyRenames(from, maps)
    const before = itemsAt(current, path)
    const after = itemsAt(to, path)
    const beforeIds = new Set(before.map((item) => item.id))
    const afterIds = new Set(after.map((item) => item.id))
    const candidates = before.filter((item) => !afterIds.has(item.id)).map((item) => ({ id: item.id, print: printWithoutId(item), used: false }))
    const map = new Map<string, string>()
    for (const item of after) {
      if (beforeIds.has(item.id)) continue
      const print = printWithoutId(item)
      const match = candidates.find((c) => !c.used && c.print === print)
      if (!match) continue
      match.used = true
      map.set(match.id, item.id)
      renames.push({ subject, from: match.id, to: item.id })
    }
    maps.set(subject, map)
  }
  return { renames, normalised: applyRenames(from, maps) }
}

function printWithoutId(item: { id: string }): string {
  const { id: _id, ...rest } = item
  return fingerprint(rest)
}

function itemsAt(policy: unknown, path: readonly string[]): { id: string }[] {
  let node = policy
  for (const step of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[step] : undefined
  return Array.isArray(node) ? (node as { id: string }[]) : []
}

/** A copy of the policy with ids renamed everywhere they are written. */
function applyRenames(policy: Readonly<Policy>, maps: ReadonlyMap<Subject, ReadonlyMap<string, string>>): Policy {
  const copy = structuredClone(policy) as Policy
  for (const { subject, path } of RENAMEABLE) {
    const map = maps.get(subject)
    if (!map?.size) continue
    for (const item of itemsAt(copy, path)) item.id = map.get(item.id) ?? item.id
  }
  for (const { path, target } of REFERENCES) {
    const map = maps.get(target)
    if (map?.size) rewriteAt(copy, path, map)
  }
  // A `:ref{id=…}` names an entity or a section; entity ids are unique across kinds.
  const byId = new Map<string, string>()
  for (const [subject, map] of maps) if (subject !== 'section') for (const [a, b] of map) byId.set(a, b)
  for (const [a, b] of maps.get('section') ?? []) if (!byId.has(a)) byId.set(a, b)
  if (byId.size > 0) {
    const rewrite = (text: string) => text.replace(DIRECTIVE_ID, (whole, head: string, quote: string, id: string) => (byId.has(id) ? `${head}${quote}${byId.get(id)}${quote}` : whole))
    for (const section of copy.sections) section.body = rewrite(section.body)
    if (copy.intro !== undefined) copy.intro = rewrite(copy.intro)
  }
  return copy
}

function rewriteAt(node: unknown, path: readonly string[], map: ReadonlyMap<string, string>): void {
  if (node === null || typeof node !== 'object') return
  const [step, ...rest] = path
  if (step === undefined) return
  if (step === '*') {
    if (!Array.isArray(node)) return
    node.forEach((item, index) => {
      if (rest.length === 0) {
        if (typeof item === 'string') node[index] = map.get(item) ?? item
      } else rewriteAt(item, rest, map)
    })
    return
  }
  const record = node as Record<string, unknown>
  if (rest.length === 0) {
    const value = record[step]
    if (typeof value === 'string') record[step] = map.get(value) ?? value
    return
  }
  rewriteAt(record[step], rest, map)
}
