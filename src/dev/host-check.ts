import { isIP } from 'node:net'

/**
 * The DNS-rebinding guard. A page on evil.example can make its own name resolve to 127.0.0.1
 * and then read the preview, but the browser still sends `Host: evil.example`. So only names that
 * cannot be rebound are accepted: localhost (and *.localhost, which browsers pin to loopback), IP
 * literals, and the host the server was told to bind.
 */
export function isAllowedHost(header: string | undefined, boundHost: string): boolean {
  if (!header) return false
  const name = hostName(header)
  if (name === undefined) return false
  if (name === 'localhost' || name.endsWith('.localhost')) return true
  if (isIP(name) !== 0) return true
  return name === boundHost.toLowerCase()
}

/** The name part of a Host header: `[::1]:4000` → `::1`, `Example.test:80` → `example.test`. */
function hostName(header: string): string | undefined {
  const value = header.trim().toLowerCase()
  if (value.startsWith('[')) {
    const end = value.indexOf(']')
    return end > 0 ? value.slice(1, end) : undefined
  }
  const colon = value.indexOf(':')
  const name = colon === -1 ? value : value.slice(0, colon)
  return /^[a-z0-9.-]+$/.test(name) ? name : undefined
}
