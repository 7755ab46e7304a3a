import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { Policy } from '../../src/generated/policy.js'
import { diffPolicies } from '../../src/history/diff/compare.js'
import { hostMatches, providerOf } from '../../src/scan/host-map.js'
import { lifetimeAsDuration, longestSeconds, nameMatches } from '../../src/scan/match.js'
import { parseRobots } from '../../src/scan/robots.js'
import { isFirstParty, parseStartUrl, samePage } from '../../src/scan/target.js'
import { fixtures } from '../helpers/paths.js'

describe('robots.txt (RFC 9309)', () => {
  const robots = parseRobots(['User-agent: *', 'Disallow: /private/', 'Allow: /private/open', 'Disallow: /*.pdf$', '', 'User-agent: otherbot', 'Disallow: /'].join('\n'))

  it.each([
    ['/', true],
    ['/private/x', false],
    ['/private/open/page', true],
    ['/files/a.pdf', false],
    ['/files/a.pdf?x=1', true],
  ])('%s allowed: %s', (path, allowed) => {
    expect(robots.allows(path)).toBe(allowed)
  })

  it('prefers the group naming policyc over *', () => {
    const own = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: policyc\nDisallow: /admin\n')
    expect([own.allows('/'), own.allows('/admin/x')]).toEqual([true, false])
  })

  it('allows everything when an empty disallow is all there is', () => {
    expect(parseRobots('User-agent: *\nDisallow:\n').allows('/anything')).toBe(true)
  })
})

describe('matching observations with declarations', () => {
  it.each([
    ['_ga_*', '_ga_ABC123', true],
    ['_ga_*', '_ga', false],
    ['_ga', '_GA', false],
    ['a.b', 'axb', false],
  ])('%s covers %s: %s', (declared, observed, covers) => {
    expect(nameMatches(declared, observed)).toBe(covers)
  })

  it('reads a declared duration at its longest, and writes an observed one back', () => {
    expect(longestSeconds('P1Y')).toBe(366 * 86_400)
    expect(longestSeconds('P1M')).toBe(31 * 86_400)
    expect(longestSeconds('PT30M')).toBe(1800)
    expect([lifetimeAsDuration(730 * 86_400), lifetimeAsDuration(180 * 86_400), lifetimeAsDuration(1800), lifetimeAsDuration('session')]).toEqual(['P2Y', 'P180D', 'PT30M', 'session'])
  })

  it('matches hosts with their subdomains and knows the cited providers', () => {
    expect(hostMatches('www.google-analytics.com', 'google-analytics.com')).toBe(true)
    expect(hostMatches('notgoogle-analytics.com', 'google-analytics.com')).toBe(false)
    expect(providerOf('region1.google-analytics.com')?.name).toBe('Google Analytics')
    expect(providerOf('connect.facebook.net')?.company).toBe('Meta Platforms, Inc.')
    expect(providerOf('cdn.localhost')).toBeUndefined()
  })

  it('tells first-party cookies from third-party ones by domain', () => {
    expect(isFirstParty('.example.com', 'www.example.com')).toBe(true)
    expect(isFirstParty('example.com', 'example.com')).toBe(true)
    expect(isFirstParty('.doubleclick.net', 'www.example.com')).toBe(false)
  })
})

describe('what a scan may visit', () => {
  it('only absolute http(s) URLs without credentials', () => {
    expect(parseStartUrl('https://example.com/a#b').href).toBe('https://example.com/a')
    expect(() => parseStartUrl('javascript:alert(1)')).toThrow(/only http and https/)
    expect(() => parseStartUrl('example.com')).toThrow(/not a URL/)
    expect(() => parseStartUrl('https://user:pw@example.com/')).toThrow(/credentials/)
  })

  it('only pages of the same origin, without fragments', () => {
    expect(samePage('https://example.com/x#top', 'https://example.com')).toBe('https://example.com/x')
    expect(samePage('https://example.com:8443/x', 'https://example.com')).toBeUndefined()
    expect(samePage('mailto:a@example.com', 'https://example.com')).toBeUndefined()
  })
})

describe('recipients’ hosts in a diff', () => {
  it('a host added to a recipient is editorial: the recipient is what the reader is told about', () => {
    const base = parse(readFileSync(`${fixtures}scan/clean/policy.yaml`, 'utf8'), { version: '1.2' }) as Policy
    const next = structuredClone(base)
    next.recipients![0]!.hosts = ['cdn.localhost', 'fonts.localhost']
    expect(diffPolicies(base, next).map((c) => `${c.materiality} ${c.subject} ${c.id} ${c.field}: ${c.reason}`)).toEqual(['editorial recipient fixture-cdn hosts: technical detail for policyc scan'])
  })
})
