/**
 * The passes' records merged into one sorted observation: each cookie, storage key and host once,
 * with the passes it was seen in, the first page of the crawl it was seen on, and (for cookies)
 * the longest lifetime any pass saw.
 */
import { compareText } from '../diagnostics/diagnostic.js'
import type { PassRecord } from './crawl.js'
import type { ObservedCookie, ObservedHost, ObservedStorage, ScanObservations } from './observations.js'

export function mergePasses(passes: readonly PassRecord[], options: { pages: number; consentSelector?: string | undefined }): ScanObservations {
  const first = passes[0]!
  const order = new Map(first.pages.map((p, i) => [p.url, i]))
  const earlier = (a: string, b: string) => ((order.get(a) ?? Infinity) <= (order.get(b) ?? Infinity) ? a : b)
  const cookies = new Map<string, ObservedCookie>()
  const storage = new Map<string, ObservedStorage>()
  const hosts = new Map<string, ObservedHost>()
  for (const record of passes) {
    for (const c of record.cookies) {
      const key = `${c.name}\u0000${c.domain}\u0000${c.path}`
      const known = cookies.get(key)
      if (!known) {
        cookies.set(key, { name: c.name, domain: c.domain, path: c.path, party: c.party, lifetime: c.lifetime, seen: { [record.pass]: true }, page: c.page })
        continue
      }
      known.seen[record.pass] = true
      known.page = earlier(known.page, c.page)
      known.lifetime = longer(known.lifetime, c.lifetime)
    }
    for (const s of record.storage) {
      const key = `${s.area}\u0000${s.key}`
      const known = storage.get(key)
      if (!known) storage.set(key, { key: s.key, area: s.area, seen: { [record.pass]: true }, page: s.page })
      else {
        known.seen[record.pass] = true
        known.page = earlier(known.page, s.page)
      }
    }
    for (const h of record.hosts) {
      const known = hosts.get(h.host)
      if (!known) hosts.set(h.host, { host: h.host, seen: { [record.pass]: true }, page: h.page })
      else {
        known.seen[record.pass] = true
        known.page = earlier(known.page, h.page)
      }
    }
  }
  const reached = [...new Set(passes.flatMap((p) => p.reached))].sort()
  const observations: ScanObservations = {
    format: 'policyc-scan/1',
    start: first.start,
    pages: first.pages,
    skipped: [...first.skipped].sort((a, b) => compareText(a.url, b.url)),
    passes: passes.map((p) => p.pass),
    cookies: [...cookies.values()].map(sortSeen).sort((a, b) => compareText(a.name, b.name) || compareText(a.domain, b.domain) || compareText(a.path, b.path)),
    storage: [...storage.values()].map(sortSeen).sort((a, b) => compareText(a.area, b.area) || compareText(a.key, b.key)),
    hosts: [...hosts.values()].map(sortSeen).sort((a, b) => compareText(a.host, b.host)),
    limits: { pages: options.pages, reached },
  }
  if (options.consentSelector) observations.consent = { selector: options.consentSelector }
  return observations
}

function longer(a: number | 'session', b: number | 'session'): number | 'session' {
  if (a === 'session') return b
  if (b === 'session') return a
  return Math.max(a, b)
}

/** Writes `seen` with its keys in pass order, so the JSON is the same whatever order passes ran in. */
function sortSeen<T extends { seen: ObservedCookie['seen'] }>(item: T): T {
  const seen: ObservedCookie['seen'] = {}
  for (const pass of ['before-consent', 'after-consent', 'gpc'] as const) if (item.seen[pass]) seen[pass] = true
  return { ...item, seen }
}
