/**
 * One pass over the site in a fresh browser context: visit pages breadth-first (discovering them in
 * the first pass, revisiting the same list in the later ones), optionally click the consent
 * selector on the first page, and record what the site stores and whom it contacts.
 *
 * Safe by construction: only http(s) requests leave the browser; a navigation that is not a GET
 * (a form submission) or that leaves the site is aborted; downloads are refused; pop-ups are
 * closed; dialogs are dismissed (Playwright's default); nothing is clicked but the consent selector;
 * pages, bytes and time are capped.
 */
import type { Page, Request, Route } from 'playwright-core'
import type { Browser } from './browser.js'
import type { PassName, SkippedLink, VisitedPage } from './observations.js'
import type { RobotsRules } from './robots.js'
import { BROWSER_NOW, GPC_INIT_SCRIPT, PAGE_LINKS, STORAGE_KEYS } from './page-scripts.js'
import { isFirstParty, samePage } from './target.js'

export interface CrawlLimits {
  /** At most this many pages a pass. */
  pages: number
  /** Pages visited at once: 1 or 2, to stay polite. */
  concurrency: 1 | 2
  /** Time for one page to load, in milliseconds. */
  pageTimeoutMs: number
  /** Response bytes a pass may download in all. */
  maxBytes: number
  /** Set when the whole scan's time is up; checked before each page. */
  deadline: { expired: boolean }
}

export interface PassOptions {
  pass: PassName
  /** The pages to visit: the start URL alone (discover the rest) or the first pass's list. */
  pages: readonly string[]
  discover: boolean
  robots: RobotsRules
  consentSelector?: string | undefined
  limits: CrawlLimits
}

export interface RawCookie {
  name: string
  domain: string
  path: string
  party: 'first' | 'third'
  lifetime: number | 'session'
  page: string
}

export interface PassRecord {
  pass: PassName
  /** The start page after redirects. */
  start: string
  pages: VisitedPage[]
  skipped: SkippedLink[]
  cookies: RawCookie[]
  storage: { key: string; area: 'local' | 'session'; page: string }[]
  hosts: { host: string; page: string }[]
  reached: ('pages' | 'time' | 'bytes')[]
}

export class ConsentNotFound extends Error {
  override name = 'ConsentNotFound'
}

/** How long the consent click may wait for its element, and the page to settle after it. */
const CONSENT_WAIT_MS = 5_000
/** After `load` or the consent click, the longest wait for the page's requests to end (scripts that set cookies late). */
const SETTLE_MS = 3_000
/** How long no request may be open for the page to count as quiet. */
const QUIET_MS = 300

/** The opt-out preference signal of W3C Global Privacy Control (https://www.w3.org/TR/gpc/): the `Sec-GPC: 1` request header. */
const GPC_HEADERS = { 'Sec-GPC': '1' }

export async function crawlPass(browser: Browser, options: PassOptions): Promise<PassRecord> {
  const { limits } = options
  const context = await browser.newContext({
    acceptDownloads: false,
    serviceWorkers: 'block',
    ...(options.pass === 'gpc' ? { extraHTTPHeaders: GPC_HEADERS } : {}),
  })
  if (options.pass === 'gpc') {
    await context.addInitScript(GPC_INIT_SCRIPT)
  }
  const record: PassRecord = { pass: options.pass, start: options.pages[0]!, pages: [], skipped: [], cookies: [], storage: [], hosts: [], reached: [] }
  const state = { origin: new URL(options.pages[0]!).origin, host: new URL(options.pages[0]!).hostname, firstNavigation: true, bytes: 0 }
  const seenCookies = new Set<string>()
  const seenStorage = new Set<string>()
  const seenHosts = new Set<string>()
  const pageOf = new Map<Page, string>()

  await context.route('**/*', (route) => guard(route, state, limits))
  context.on('request', (request) => {
    const url = safeUrl(request.url())
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === state.host || seenHosts.has(url.hostname)) return
    seenHosts.add(url.hostname)
    record.hosts.push({ host: url.hostname, page: pageUrlOf(request, pageOf) ?? record.start })
  })
  context.on('requestfinished', (request) => {
    request.sizes().then(
      (sizes) => (state.bytes += sizes.responseBodySize + sizes.responseHeadersSize),
      () => undefined,
    )
  })
  // Pop-ups a page opens are not part of the crawl.
  context.on('page', (page) => {
    void page.opener().then((opener) => (opener ? page.close() : undefined)).catch(() => undefined)
  })

  const collect = async (page: Page, url: string) => {
    const now = await page.evaluate<number>(BROWSER_NOW).catch(() => undefined)
    for (const cookie of await context.cookies()) {
      const key = `${cookie.name}\u0000${cookie.domain}\u0000${cookie.path}`
      if (seenCookies.has(key)) continue
      seenCookies.add(key)
      // Lifetime from the browser's own clock at the moment of reading, never policyc's.
      const lifetime = cookie.expires < 0 || now === undefined ? 'session' : Math.max(0, Math.round((cookie.expires - now) / 60) * 60)
      record.cookies.push({ name: cookie.name, domain: cookie.domain, path: cookie.path, party: isFirstParty(cookie.domain, state.host) ? 'first' : 'third', lifetime, page: url })
    }
    const keys = await page.evaluate<{ local: string[]; session: string[] }>(STORAGE_KEYS).catch(() => ({ local: [], session: [] }))
    for (const area of ['local', 'session'] as const) {
      for (const key of keys[area]) {
        if (seenStorage.has(`${area}\u0000${key}`)) continue
        seenStorage.add(`${area}\u0000${key}`)
        record.storage.push({ key, area, page: url })
      }
    }
  }

  try {
    const queue = [...options.pages]
    const queued = new Set(queue)
    // One tab per page loaded at once, reused from page to page (the context holds the profile).
    const tabs: Page[] = []
    let first = true
    while (queue.length > 0) {
      if (record.pages.length >= limits.pages) {
        if (!record.reached.includes('pages')) record.reached.push('pages')
        record.skipped.push(...queue.splice(0).map((url) => ({ url, reason: 'page limit' as const })))
        break
      }
      // The first page is always loaded (its own timeout bounds it), so every pass has a baseline.
      const stop = first ? undefined : limits.deadline.expired ? 'time' : state.bytes > limits.maxBytes ? 'bytes' : undefined
      if (stop) {
        record.reached.push(stop)
        record.skipped.push(...queue.splice(0).map((url) => ({ url, reason: stop === 'time' ? ('time limit' as const) : ('byte limit' as const) })))
        break
      }
      // The first page alone (it may redirect and sets the origin), then up to `concurrency` at once.
      const batch = queue.splice(0, first ? 1 : Math.min(limits.concurrency, limits.pages - record.pages.length))
      while (tabs.length < batch.length) tabs.push(await context.newPage())
      const visits = await Promise.all(
        batch.map(async (url, i) => {
          const page = tabs[i]!
          pageOf.set(page, url)
          return visit(page, url, { first, options, state, collect, record })
        }),
      )
      first = false
      for (const visitResult of visits) {
        record.pages.push(visitResult.visited)
        if (!options.discover) continue
        for (const link of visitResult.links) {
          if (queued.has(link.url)) continue
          queued.add(link.url)
          const path = new URL(link.url)
          if (link.nofollow) record.skipped.push({ url: link.url, reason: 'nofollow' })
          else if (!options.robots.allows(path.pathname + path.search)) record.skipped.push({ url: link.url, reason: 'robots.txt' })
          else queue.push(link.url)
        }
      }
    }
  } finally {
    await context.close().catch(() => undefined)
  }
  if (state.bytes > limits.maxBytes && !record.reached.includes('bytes')) record.reached.push('bytes')
  return record
}

interface VisitContext {
  first: boolean
  options: PassOptions
  state: { origin: string; host: string; firstNavigation: boolean }
  collect: (page: Page, url: string) => Promise<void>
  record: PassRecord
}

async function visit(page: Page, url: string, { first, options, state, collect, record }: VisitContext): Promise<{ visited: VisitedPage; links: { url: string; nofollow: boolean }[] }> {
  let status: VisitedPage['status']
  let failure = ''
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout: options.limits.pageTimeoutMs })
    status = response?.status() ?? 'failed'
  } catch (error) {
    // Playwright refuses a navigation that turns into a download ("Download is starting").
    failure = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    status = /download/i.test(failure) ? 'download' : 'failed'
  }
  if (first) {
    // The site is the start page's origin after redirects (http → https, a www. host).
    state.firstNavigation = false
    if (typeof status === 'number') {
      const landed = new URL(page.url())
      state.origin = landed.origin
      state.host = landed.hostname
      record.start = landed.href
    }
    if (status === 'failed' || status === 'download') throw new PageUnreachable(`${url} did not load in the browser: ${status === 'download' ? 'it is a download' : failure.replace(/^page\.goto: /, '')}`)
  }
  if (typeof status !== 'number') return { visited: { url, status }, links: [] }
  await settle(page)
  if (first && options.consentSelector) {
    // Before clicking, what the page stored counts as this pass's too (it is set before consent).
    await collect(page, url)
    const selector = options.consentSelector
    await settle(page, async () => {
      try {
        await page.locator(selector).first().click({ timeout: CONSENT_WAIT_MS, noWaitAfter: true })
      } catch {
        throw new ConsentNotFound(`the consent selector \`${selector}\` matched nothing clickable on ${url}`)
      }
    })
  }
  await collect(page, url)
  const links = await page.evaluate<{ href: string; nofollow: boolean }[]>(PAGE_LINKS).catch(() => [])
  const found: { url: string; nofollow: boolean }[] = []
  for (const link of links) {
    const target = samePage(link.href, state.origin)
    if (target) found.push({ url: target, nofollow: link.nofollow })
  }
  return { visited: { url, status }, links: found }
}

/**
 * Runs `action` (the consent click), then waits until the page has had no open request for
 * QUIET_MS, or SETTLE_MS at most. Playwright's
 * `networkidle` cannot do this after a click: a load state already reached resolves at once.
 */
async function settle(page: Page, action?: () => Promise<void>): Promise<void> {
  let open = 0
  const opened = () => open++
  const closed = () => open--
  page.on('request', opened)
  page.on('requestfinished', closed)
  page.on('requestfailed', closed)
  try {
    // Listening before the action, so the requests it starts are counted.
    await action?.()
    let quiet = 0
    for (let waited = 0; waited < SETTLE_MS && quiet < QUIET_MS; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      quiet = open <= 0 ? quiet + 100 : 0
    }
  } finally {
    page.off('request', opened)
    page.off('requestfinished', closed)
    page.off('requestfailed', closed)
  }
}

/** The start page did not load in the browser (the probe reached the host, the page did not come). */
export class PageUnreachable extends Error {
  override name = 'PageUnreachable'
}

/** Lets a request through only when it is safe and within the budget. */
async function guard(route: Route, state: { origin: string; firstNavigation: boolean; bytes: number }, limits: CrawlLimits): Promise<void> {
  const request = route.request()
  const url = safeUrl(request.url())
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return route.abort('blockedbyclient')
  if (state.bytes > limits.maxBytes || (limits.deadline.expired && !state.firstNavigation)) return route.abort('blockedbyclient')
  if (request.isNavigationRequest() && isMainFrame(request)) {
    // A form submission (POST) or script-driven navigation away from the site is never followed;
    // the first navigation may redirect to the site's canonical origin.
    if (request.method() !== 'GET') return route.abort('blockedbyclient')
    if (!state.firstNavigation && url.origin !== state.origin) return route.abort('blockedbyclient')
  }
  return route.continue()
}

function isMainFrame(request: Request): boolean {
  try {
    return request.frame().parentFrame() === null
  } catch {
    return false
  }
}

function pageUrlOf(request: Request, pageOf: ReadonlyMap<Page, string>): string | undefined {
  try {
    return pageOf.get(request.frame().page())
  } catch {
    return undefined
  }
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text)
  } catch {
    return undefined
  }
}
