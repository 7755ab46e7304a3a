import { applicableLaws, territoryOf } from '../applicability/index.js'
import { loadCatalog } from '../catalog/catalog.js'
import type { PolicyModel, Recipient } from '../resolve/model.js'
import type { Variant } from './variant.js'

/** One cross-border transfer: a recipient that processes data in a country outside the controller's area. */
export interface Transfer {
  recipient: Recipient
  country: string
}

/**
 * The countries a recipient's data leaves to. A controller in the EEA shares one area with every
 * EEA country (GDPR Chapter V applies only beyond it); any other controller's area is its own
 * country. Adequacy does not make a transfer disappear: it is the transfer's safeguard.
 */
export function transfersOf(model: PolicyModel): Transfer[] {
  // Where the controller is established is not stated: no country can be said to be outside its
  // area, so only the exporting laws of the reader (`transferPairs`) make a transfer.
  const country = model.policy.controller.country
  if (!country) return []
  const home = homeArea(country)
  return (model.policy.recipients ?? []).flatMap((recipient) =>
    (recipient.countries ?? []).filter((country) => !home.has(country)).map((country) => ({ recipient, country })),
  )
}

/**
 * The transfers one page lists: those out of the controller's area, plus those out of the
 * territory of an exporting law that applies to the page's readers (a US controller under GDPR
 * Art 3(2) that discloses EEA readers' data to a US processor makes a Chapter V transfer), each once.
 */
export function transferPairs(variant: Variant): Transfer[] {
  // Asked per purpose and per table on each page: worked out once per variant (variants are never changed).
  let pairs = pairsOf.get(variant)
  if (!pairs) pairsOf.set(variant, (pairs = pairsFor(variant)))
  return pairs
}

const pairsOf = new WeakMap<Variant, Transfer[]>()

function pairsFor(variant: Variant): Transfer[] {
  const pairs = new Map<string, Transfer>()
  for (const t of transfersOf(variant.model)) pairs.set(`${t.recipient.id}\u0000${t.country}`, t)
  const exporting = variant.laws.filter((l) => l.jurisdiction.transfers)
  for (const recipient of variant.model.policy.recipients ?? []) {
    for (const country of recipient.countries ?? []) {
      if (exporting.some((l) => !territoryOf(l.jurisdiction).has(country))) pairs.set(`${recipient.id}\u0000${country}`, { recipient, country })
    }
  }
  // Keep the policy's order: recipients as listed, their countries as listed.
  const order = (variant.model.policy.recipients ?? []).flatMap((r) => (r.countries ?? []).map((c) => `${r.id}\u0000${c}`))
  return order.filter((key) => pairs.has(key)).map((key) => pairs.get(key)!)
}

/** The laws of a region's readers, for callers that have a model and a region but no variant. */
export { applicableLaws }

function homeArea(country: string): Set<string> {
  const eea = loadCatalog()['eea-countries'] ?? []
  return eea.includes(country) || country === 'EU' ? new Set([...eea, 'EU']) : new Set([country])
}
