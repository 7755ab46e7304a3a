/**
 * The URLs a scan may visit: only http and https (RFC 9110 § 4.2), on the start page's origin,
 * without fragments (a fragment never reaches the server, so it is the same page).
 */
export class ScanRefused extends Error {
  override name = 'ScanRefused'
}

/** Parses the start URL; anything but an absolute http(s) URL is refused. */
export function parseStartUrl(text: string): URL {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new ScanRefused(`\`${text}\` is not a URL: give an absolute http or https URL such as https://staging.example.com/`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ScanRefused(`only http and https URLs are scanned, not ${url.protocol.slice(0, -1)}: (${text})`)
  if (url.username || url.password) throw new ScanRefused('a URL with a user name or password is refused: policyc never sends credentials')
  url.hash = ''
  return url
}

/** The page a link points to on the site, or undefined when it leaves the origin or is not http(s). */
export function samePage(href: string, origin: string): string | undefined {
  let url: URL
  try {
    url = new URL(href)
  } catch {
    return undefined
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== origin) return undefined
  url.hash = ''
  return url.href
}

/**
 * Whether a cookie's domain belongs to the site's host: the host itself, or a parent domain of it
 * (RFC 6265 § 5.1.3 domain matching; a leading dot is ignored as § 5.2.3 says).
 */
export function isFirstParty(cookieDomain: string, siteHost: string): boolean {
  const domain = cookieDomain.replace(/^\./, '').toLowerCase()
  const host = siteHost.toLowerCase()
  return host === domain || host.endsWith(`.${domain}`)
}
