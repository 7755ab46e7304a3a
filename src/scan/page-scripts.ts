/**
 * Scripts run inside the scanned page, as source text (policyc is compiled without the DOM
 * library, and these run in the browser, never in Node). They only read; none of them clicks,
 * types or submits anything.
 */

/** Makes `navigator.globalPrivacyControl` true, as a browser with GPC turned on does (W3C Global Privacy Control, https://www.w3.org/TR/gpc/). */
export const GPC_INIT_SCRIPT = "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true })"

/** The browser's clock, in seconds, to turn a cookie's expiry date into a lifetime. */
export const BROWSER_NOW = 'Date.now() / 1000'

/** The keys of localStorage and sessionStorage for the page's origin. */
export const STORAGE_KEYS = '({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) })'

/**
 * Every link of the page with whether it may be followed: `rel="nofollow"` on the link, or
 * `<meta name="robots" content="nofollow">` (or `none`) on the page.
 */
export const PAGE_LINKS = `(() => {
  const meta = document.querySelector('meta[name="robots" i]')?.getAttribute('content') ?? ''
  const pageNofollow = /(^|[\\s,])(nofollow|none)([\\s,]|$)/i.test(meta)
  return [...document.querySelectorAll('a[href], area[href]')].map((a) => ({
    href: a.href,
    nofollow: pageNofollow || /(^|\\s)nofollow(\\s|$)/i.test(a.getAttribute('rel') ?? ''),
  }))
})()`
