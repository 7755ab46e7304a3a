import { describe, expect, it } from 'vitest'
import { parseRequestPath } from '../../src/dev/request-path.js'

describe('parseRequestPath', () => {
  it.each([
    ['/', [], true],
    ['/index.html', ['index.html'], false],
    ['/xwms-privacy/', ['xwms-privacy'], true],
    ['/xwms-privacy/eea/index.html?x=1#top', ['xwms-privacy', 'eea', 'index.html'], false],
    ['/caf%C3%A9/a%20b.html', ['café', 'a b.html'], false],
  ])('%s → %j', (target, segments, folder) => {
    expect(parseRequestPath(target)).toEqual({ ok: true, segments, folder })
  })

  it.each([
    // Plain and encoded parent segments, in every position.
    ['/../etc/passwd', 403],
    ['/a/../../etc/passwd', 403],
    ['/..', 403],
    ['/%2e%2e/etc/passwd', 403],
    ['/%2E%2E/etc/passwd', 403],
    ['/.%2e/etc/passwd', 403],
    ['/a/%2e%2e', 403],
    ['/./index.html', 403],
    // Encoded separators never become separators.
    ['/..%2fetc%2fpasswd', 403],
    ['/a%2f..%2f..%2fetc', 403],
    ['/..%5cetc', 403],
    ['/a\\..\\etc', 403],
    // NUL, raw or encoded.
    ['/index.html%00.png', 403],
    ['/a\u0000b', 403],
    // Absolute paths and host-relative URLs.
    ['//etc/passwd', 403],
    ['/a//b', 403],
    ['http://evil.example/etc/passwd', 400],
    ['*', 400],
    ['', 400],
    ['etc/passwd', 400],
    // Broken encoding and hidden files.
    ['/%E0%A4%A', 400],
    ['/.git/config', 404],
    ['/.env', 404],
  ])('refuses %j with %i', (target, status) => {
    const result = parseRequestPath(target)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.status).toBe(status)
  })

  it('refuses an overlong target before decoding it', () => {
    expect(parseRequestPath(`/${'a'.repeat(5000)}`)).toMatchObject({ ok: false, status: 400 })
  })
})
