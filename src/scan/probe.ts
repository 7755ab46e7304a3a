/**
 * Before a browser starts: fetch the site's robots.txt (RFC 9309 § 2.3). This is also the
 * reachability check, so an unreachable URL fails in a second with one clear line and no browser.
 */
import { ALLOW_ALL, parseRobots, type RobotsRules } from './robots.js'

export class SiteUnreachable extends Error {
  override name = 'SiteUnreachable'
}

/** robots.txt larger than this is read only this far (RFC 9309 § 2.5 asks crawlers to read at least 500 KiB). */
const ROBOTS_MAX_BYTES = 512 * 1024

export async function fetchRobots(start: URL, timeoutMs: number): Promise<RobotsRules> {
  const robotsUrl = new URL('/robots.txt', start.origin)
  let response: Response
  try {
    response = await fetch(robotsUrl, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'policyc-scan' } })
  } catch (error) {
    throw new SiteUnreachable(`cannot reach ${start.origin}/: ${reasonOf(error)}`)
  }
  // 4xx: no robots.txt, everything may be crawled (§ 2.3.1.3). 5xx: the site is unreachable for
  // crawling, and a crawler must assume everything is disallowed (§ 2.3.1.4).
  if (response.status >= 500) throw new SiteUnreachable(`${robotsUrl.href} answered HTTP ${response.status}, which robots.txt rules (RFC 9309 § 2.3.1.4) read as "crawl nothing"`)
  if (!response.ok) {
    await response.body?.cancel()
    return ALLOW_ALL
  }
  const bytes = Buffer.from(await response.arrayBuffer()).subarray(0, ROBOTS_MAX_BYTES)
  return parseRobots(bytes.toString('utf8'))
}

function reasonOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error
  const code = (cause as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ECONNREFUSED') return 'connection refused'
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'no such host'
  if (error instanceof Error && error.name === 'TimeoutError') return 'no answer in time'
  return cause instanceof Error ? cause.message : String(cause)
}
