/**
 * How observations meet the declared data: cookie names (with `*` patterns), storage keys, hosts
 * and lifetimes.
 */
import type { Cookie, Recipient } from '../generated/policy.js'
import { hostMatches } from './host-map.js'

/**
 * Whether a declared name covers an observed one. A `*` stands for any characters, so `_ga_*`
 * covers `_ga_ABC123`; without one the names must be equal (cookie names are case-sensitive,
 * RFC 6265 § 5.3).
 */
export function nameMatches(declared: string, observed: string): boolean {
  if (!declared.includes('*')) return declared === observed
  const regex = new RegExp(`^${declared.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`)
  return regex.test(observed)
}

/** Declared entries that stand for browser cookies: `technology: cookie`, or no technology given. */
export function isCookieEntry(cookie: Cookie): boolean {
  return cookie.technology === undefined || cookie.technology === 'cookie'
}

/** Declared entries that stand for Web Storage keys (localStorage and sessionStorage). */
export function isStorageEntry(cookie: Cookie): boolean {
  return cookie.technology === 'local-storage'
}

/** The index of the first declared entry of the right kind whose name covers `name`, or -1. */
export function findDeclared(cookies: readonly Cookie[], name: string, kind: 'cookie' | 'storage'): number {
  return cookies.findIndex((c) => (kind === 'cookie' ? isCookieEntry(c) : isStorageEntry(c)) && nameMatches(c.name, name))
}

/** The recipient (and which of its `hosts` or `domains`) that declares a host. */
export function findRecipientOfHost(recipients: readonly Recipient[], host: string): { index: number; field: 'hosts' | 'domains'; item: number } | undefined {
  for (const [index, recipient] of recipients.entries()) {
    for (const field of ['hosts', 'domains'] as const) {
      const item = (recipient[field] ?? []).findIndex((pattern) => hostMatches(host, pattern))
      if (item >= 0) return { index, field, item }
    }
  }
  return undefined
}

const DAY = 86_400

/**
 * The longest a declared ISO 8601 duration can mean, in seconds: a year as 366 days and a month as
 * 31, so a cookie is only called longer than declared when it is longer however the duration is read.
 * Undefined for a duration this does not read (the schema has already checked the form).
 */
export function longestSeconds(duration: string): number | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration)
  if (!m) return undefined
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number, number]
  return y * 366 * DAY + mo * 31 * DAY + w * 7 * DAY + d * DAY + h * 3600 + mi * 60 + s
}

/** An observed lifetime in words: "session", "45 minutes", "30 days". */
export function describeLifetime(lifetime: number | 'session'): string {
  if (lifetime === 'session') return 'a session'
  if (lifetime < DAY) return `${Math.round(lifetime / 60)} minutes`
  const days = Math.round(lifetime / DAY)
  return `${days} day${days === 1 ? '' : 's'}`
}

/** An observed lifetime as an ISO 8601 duration for a suggestion: whole years when it is, else days, else minutes. */
export function lifetimeAsDuration(lifetime: number | 'session'): string {
  if (lifetime === 'session') return 'session'
  if (lifetime < DAY) return `PT${Math.max(1, Math.round(lifetime / 60))}M`
  const days = Math.round(lifetime / DAY)
  return days % 365 === 0 ? `P${days / 365}Y` : `P${days}D`
}
