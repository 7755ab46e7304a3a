import { describe, expect, it } from 'vitest'
import { CLIENT_PATH, injectClient, widenCsp } from '../../src/dev/client-script.js'
import { isAllowedHost } from '../../src/dev/host-check.js'
import { contentTypeFor } from '../../src/dev/content-type.js'

describe('injectClient', () => {
  it('adds the script before the last </body>, with the build number', () => {
    const html = '<html><body><p>&lt;/body&gt;</p></body></html>'
    expect(injectClient(html, 7)).toBe(`<html><body><p>&lt;/body&gt;</p><script src="${CLIENT_PATH}" data-build="7"></script></body></html>`)
  })

  it('appends it to a page without </body>', () => {
    expect(injectClient('<p>x', 1)).toBe(`<p>x<script src="${CLIENT_PATH}" data-build="1"></script>\n`)
  })

  it("widens the page's meta Content-Security-Policy just enough", () => {
    const html = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; img-src 'self'"></head><body></body>`
    expect(injectClient(html, 1)).toContain(`content="default-src 'none'; script-src 'self'; img-src 'self'; connect-src 'self'"`)
  })

  it('reads a policy written with entities', () => {
    const html = `<meta content="default-src &#x27;none&#x27;" http-equiv="content-security-policy">`
    expect(injectClient(html, 1)).toContain(`content="default-src 'none'; script-src 'self'; connect-src 'self'"`)
  })
})

describe('widenCsp', () => {
  it("keeps what is there and adds 'self'", () => {
    expect(widenCsp("script-src 'sha256-abc'; connect-src https:")).toBe("script-src 'sha256-abc' 'self'; connect-src https: 'self'")
    expect(widenCsp("script-src 'self'")).toBe("script-src 'self'; connect-src 'self'")
  })
})

describe('isAllowedHost', () => {
  it.each([
    ['127.0.0.1:4000', true],
    ['localhost:4000', true],
    ['LOCALHOST', true],
    ['app.localhost:4000', true],
    ['[::1]:4000', true],
    ['192.168.1.20:4000', true],
    ['evil.example', false],
    ['evil.example:4000', false],
    ['127.0.0.1.evil.example', false],
    ['', false],
    [undefined, false],
    ['a b', false],
  ])('%j → %s', (host, allowed) => {
    expect(isAllowedHost(host, '127.0.0.1')).toBe(allowed)
  })

  it('accepts the name the server was told to bind', () => {
    expect(isAllowedHost('preview.internal:4000', 'preview.internal')).toBe(true)
  })
})

describe('contentTypeFor', () => {
  it.each([
    ['a/index.html', 'text/html; charset=utf-8'],
    ['a/index.md', 'text/markdown; charset=utf-8'],
    ['a/policy.jsonld', 'application/ld+json; charset=utf-8'],
    ['a/policy.json', 'application/json; charset=utf-8'],
    ['sitemap.xml', 'application/xml; charset=utf-8'],
    ['style.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['file.unknown', 'application/octet-stream'],
    ['Makefile', 'application/octet-stream'],
  ])('%s → %s', (path, type) => {
    expect(contentTypeFor(path)).toBe(type)
  })
})
