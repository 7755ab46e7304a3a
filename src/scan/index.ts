/**
 * `policyc scan`: does the live site do what the notice says? Visits the site in headless Chromium
 * (without consent, after clicking the consent selector, and with Global Privacy Control on),
 * records what it stores and whom it contacts (scanSite), and compares that with the policy's
 * data (compareScan). The CLI (src/cli/commands/scan.ts) only wires flags to these.
 */
import { launchBrowser } from './browser.js'
import { crawlPass, type CrawlLimits, type PassRecord } from './crawl.js'
import { mergePasses } from './merge.js'
import type { ScanObservations } from './observations.js'
import { fetchRobots } from './probe.js'
import { parseStartUrl, ScanRefused } from './target.js'

export type { ScanObservations } from './observations.js'
export { compareScan, consentNotes, type ScanComparison } from './compare.js'
export { renderScanReport } from './report.js'
export { suggestCookies } from './suggest.js'
export { ScanRefused } from './target.js'
export { SiteUnreachable } from './probe.js'
export { BrowserUnavailable } from './browser.js'
export { ConsentNotFound, PageUnreachable } from './crawl.js'

/** Hard caps: whatever the flags say, a scan never goes beyond these. */
export const SCAN_CAPS = { pages: 100, totalSeconds: 900, bytes: 200 * 1024 * 1024 } as const

export interface ScanOptions {
  url: string
  /** Pages per pass (default 10, at most SCAN_CAPS.pages). */
  pages?: number | undefined
  concurrency?: 1 | 2 | undefined
  /** A CSS selector of the banner's "accept" button; without it there is no after-consent pass. */
  consentSelector?: string | undefined
  /** The Chromium executable (default /usr/bin/chromium). */
  chromium?: string | undefined
  /** Seconds for one page to load (default 20). */
  pageTimeout?: number | undefined
  /** Seconds for the whole scan (default 300, at most SCAN_CAPS.totalSeconds). */
  maxTime?: number | undefined
  /** Response bytes per pass (default and cap SCAN_CAPS.bytes). */
  maxBytes?: number | undefined
}

export async function scanSite(options: ScanOptions): Promise<ScanObservations> {
  const start = parseStartUrl(options.url)
  const pages = Math.min(options.pages ?? 10, SCAN_CAPS.pages)
  const robots = await fetchRobots(start, 10_000)
  if (!robots.allows(start.pathname + start.search)) throw new ScanRefused(`robots.txt of ${start.origin} disallows ${start.pathname}: policyc does not scan it`)
  const deadline = { expired: false }
  const limits: CrawlLimits = {
    pages,
    concurrency: options.concurrency ?? 1,
    pageTimeoutMs: (options.pageTimeout ?? 20) * 1000,
    maxBytes: Math.min(options.maxBytes ?? SCAN_CAPS.bytes, SCAN_CAPS.bytes),
    deadline,
  }
  const browser = await launchBrowser(options.chromium)
  // A timer, not a clock reading: the budget never enters the output, only which pages were reached.
  // Unreferenced, so it never keeps the process alive by itself.
  const timer = setTimeout(() => (deadline.expired = true), Math.min(options.maxTime ?? 300, SCAN_CAPS.totalSeconds) * 1000).unref()
  try {
    const records: PassRecord[] = []
    const first = await crawlPass(browser, { pass: 'before-consent', pages: [start.href], discover: true, robots, limits })
    records.push(first)
    const visited = first.pages.filter((p) => typeof p.status === 'number').map((p) => p.url)
    if (options.consentSelector) {
      records.push(await crawlPass(browser, { pass: 'after-consent', pages: visited, discover: false, robots, consentSelector: options.consentSelector, limits }))
    }
    // GPC on, otherwise the same visit as the baseline (after consent when there is a selector).
    records.push(await crawlPass(browser, { pass: 'gpc', pages: visited, discover: false, robots, consentSelector: options.consentSelector, limits }))
    return mergePasses(records, { pages, consentSelector: options.consentSelector })
  } finally {
    clearTimeout(timer)
    await browser.close().catch(() => undefined)
  }
}
