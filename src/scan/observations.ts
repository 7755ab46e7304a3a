/**
 * What a scan saw, as plain data: the input of every comparison and of the report page. It holds
 * no clock time and is sorted, so the same site behaviour gives the same bytes (`scan.json`).
 */

/** The three visits a scan makes, each in a fresh browser profile. */
export type PassName = 'before-consent' | 'after-consent' | 'gpc'

export const PASS_NAMES: readonly PassName[] = ['before-consent', 'after-consent', 'gpc']

/** In which passes something was seen. */
export type Seen = Partial<Record<PassName, true>>

export interface ObservedCookie {
  name: string
  /** The cookie's domain as the browser keeps it (a leading dot for domain cookies). */
  domain: string
  path: string
  /** `first` when the domain is the site's host or a parent of it, `third` otherwise. */
  party: 'first' | 'third'
  /** Seconds from when it was read to when it expires, rounded to the minute; `session` when it has no expiry. */
  lifetime: number | 'session'
  seen: Seen
  /** The first page (in crawl order) it was seen on. */
  page: string
}

export interface ObservedStorage {
  key: string
  area: 'local' | 'session'
  seen: Seen
  page: string
}

export interface ObservedHost {
  /** A host name other than the site's, that a page sent requests to. */
  host: string
  seen: Seen
  page: string
}

export interface VisitedPage {
  url: string
  /** The HTTP status of the page, or why it was not read. */
  status: number | 'failed' | 'download'
}

export interface SkippedLink {
  url: string
  reason: 'robots.txt' | 'nofollow' | 'page limit' | 'time limit' | 'byte limit'
}

export interface ScanObservations {
  format: 'policyc-scan/1'
  /** The start URL after redirects; its origin is the site that was crawled. */
  start: string
  /** Pages visited in the before-consent pass, in crawl order. */
  pages: VisitedPage[]
  skipped: SkippedLink[]
  /** The consent selector and whether the after-consent and GPC passes clicked it. */
  consent?: { selector: string }
  passes: PassName[]
  cookies: ObservedCookie[]
  storage: ObservedStorage[]
  hosts: ObservedHost[]
  /** Which caps stopped the crawl early. */
  limits: { pages: number; reached: ('pages' | 'time' | 'bytes')[] }
}
