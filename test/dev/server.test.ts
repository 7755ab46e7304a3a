import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LiveReloadHub } from '../../src/dev/live-reload.js'
import { startPreviewServer, type PreviewServer } from '../../src/dev/server.js'
import { rawRequest, readEvents } from './http.js'

let base: string
let server: PreviewServer
let live: LiveReloadHub

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'policyc-server-'))
  const root = join(base, 'dist')
  await mkdir(join(root, 'p', 'eea'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Home</title><body><h1>Home</h1></body>')
  await writeFile(join(root, '404.html'), '<!doctype html><title>Missing</title><body><h1>Our own 404</h1></body>')
  await writeFile(join(root, 'p', 'eea', 'index.md'), '# EEA\n')
  await writeFile(join(root, 'p', 'policy.jsonld'), '{}')
  await writeFile(join(base, 'secret.txt'), 'top secret')
  await symlink(join(base, 'secret.txt'), join(root, 'leak.txt'))
  live = new LiveReloadHub()
  server = await startPreviewServer({ root, port: 0, live })
})

afterAll(async () => {
  await server?.close()
  await rm(base, { recursive: true, force: true })
})

describe('preview server', () => {
  it('binds 127.0.0.1 by default and reports the port it got', () => {
    expect(server.host).toBe('127.0.0.1')
    expect(server.port).toBeGreaterThan(0)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`)
  })

  it('serves pages with their content type, the live client in HTML only, and no CORS headers', async () => {
    const home = await rawRequest(server.port, '/')
    expect(home.status).toBe(200)
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(home.body).toContain('<script src="/__policyc/client.js" data-build="0"></script></body>')
    expect(home.headers['x-content-type-options']).toBe('nosniff')
    expect(Object.keys(home.headers).some((h) => h.startsWith('access-control-'))).toBe(false)
    const markdown = await rawRequest(server.port, '/p/eea/index.md')
    expect(markdown).toMatchObject({ status: 200, body: '# EEA\n' })
    expect(markdown.headers['content-type']).toBe('text/markdown; charset=utf-8')
    expect((await rawRequest(server.port, '/p/policy.jsonld')).headers['content-type']).toBe('application/ld+json; charset=utf-8')
  })

  it('answers HEAD with the headers and no body', async () => {
    const head = await rawRequest(server.port, '/p/policy.jsonld', { method: 'HEAD' })
    expect(head).toMatchObject({ status: 200, body: '' })
    expect(head.headers['content-length']).toBe('2')
  })

  it("serves the site's 404.html with status 404", async () => {
    const missing = await rawRequest(server.port, '/nope/')
    expect(missing.status).toBe(404)
    expect(missing.body).toContain('Our own 404')
  })

  it.each([
    ['/../secret.txt'],
    ['/%2e%2e/secret.txt'],
    ['/..%2fsecret.txt'],
    ['/p/..%2f..%2fsecret.txt'],
    ['//etc/passwd'],
    ['/..\\secret.txt'],
    ['/index.html%00'],
    ['/leak.txt'],
  ])('refuses %s without leaking the file', async (path) => {
    const response = await rawRequest(server.port, path)
    expect([400, 403, 404]).toContain(response.status)
    expect(response.body).not.toContain('top secret')
  })

  it('refuses other Host names (DNS rebinding) with 403', async () => {
    expect((await rawRequest(server.port, '/', { host: 'evil.example' })).status).toBe(403)
    expect((await rawRequest(server.port, '/', { host: `localhost:${server.port}` })).status).toBe(200)
  })

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('refuses %s with 405', async (method) => {
    const response = await rawRequest(server.port, '/', { method })
    expect(response.status).toBe(405)
    expect(response.headers.allow).toBe('GET, HEAD')
  })

  it('streams the state, then reload and problem events', async () => {
    const seen = readEvents(`${server.url}__policyc/events`, (e) => e.event === 'reload')
    await new Promise((wake) => setTimeout(wake, 200))
    live.failed([{ file: 'policies/p/data.yaml', line: 3, column: 5, severity: 'error', message: 'Unexpected <b>', ruleId: 'bad-value' }])
    live.built()
    const events = await seen
    expect(events.map((e) => e.event)).toEqual(['hello', 'problems', 'reload'])
    expect(JSON.parse(events[1]!.data)).toEqual({ problems: [{ file: 'policies/p/data.yaml', line: 3, column: 5, severity: 'error', message: 'Unexpected <b>', ruleId: 'bad-value' }] })
    expect(JSON.parse(events[2]!.data)).toEqual({ build: 1 })
  })

  it('serves the client script', async () => {
    const client = await rawRequest(server.port, '/__policyc/client.js')
    expect(client.status).toBe(200)
    expect(client.headers['content-type']).toBe('text/javascript; charset=utf-8')
    // The stream says which page opened it, so a rebuild renders that page first (memory-site.ts).
    expect(client.body).toContain("new EventSource(\"/__policyc/events\" + '?page=' + encodeURIComponent(location.pathname))")
    expect(client.body).not.toContain('innerHTML')
  })
})
