import { request, type ClientRequest, type IncomingMessage } from 'node:http'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EVENTS_PATH } from '../../src/dev/client-script.js'
import { LiveReloadHub, MAX_EVENT_STREAMS } from '../../src/dev/live-reload.js'
import { startPreviewServer, type PreviewServer } from '../../src/dev/server.js'
import { rawRequest } from '../dev/http.js'

/**
 * Issue 20, finding 20: ~20,000 connections to the dev server's event stream exhausted the file
 * descriptors and normal requests were reset. Live-reload streams are capped (one a tab; 64 is
 * more tabs than anyone opens): one more gets 503 with Retry-After and is closed at once, pages
 * keep being served, and a closed stream frees its place. All on 127.0.0.1, bounded by counts.
 */

let base: string
let server: PreviewServer
let live: LiveReloadHub

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'policyc-dev-conns-'))
  await mkdir(join(base, 'dist'))
  await writeFile(join(base, 'dist', 'index.html'), '<!doctype html><title>Home</title><body><h1>Home</h1></body>')
  live = new LiveReloadHub()
  server = await startPreviewServer({ root: join(base, 'dist'), port: 0, live })
})
afterAll(async () => {
  await server?.close()
  await rm(base, { recursive: true, force: true })
})

/** Opens an event stream; resolves with its response (status, headers) once they arrive. */
function openStream(port: number): Promise<{ request: ClientRequest; response: IncomingMessage }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: EVENTS_PATH, agent: false, headers: { host: `127.0.0.1:${port}` } }, (response) => resolve({ request: req, response }))
    req.on('error', reject)
    req.end()
  })
}

describe('the dev server caps live-reload streams (finding 20)', () => {
  it(`accepts ${MAX_EVENT_STREAMS} streams, answers more with 503, keeps serving pages, and frees a closed stream's place`, async () => {
    expect(MAX_EVENT_STREAMS).toBe(64)
    const open = []
    for (let i = 0; i < MAX_EVENT_STREAMS; i++) open.push(await openStream(server.port))
    expect(open.every((stream) => stream.response.statusCode === 200)).toBe(true)

    for (let i = 0; i < 20; i++) {
      const extra = await openStream(server.port)
      expect(extra.response.statusCode).toBe(503)
      expect(extra.response.headers['retry-after']).toBeDefined()
      extra.response.resume()
      await new Promise((resolve) => extra.response.on('end', resolve))
    }

    const page = await rawRequest(server.port, '/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('<h1>Home</h1>')

    // One tab closes: a new one gets its place.
    const closing = open.pop()!
    closing.request.destroy()
    let again = await openStream(server.port)
    // The server sees the close on its own schedule; a 503 until then is the cap holding.
    while (again.response.statusCode === 503) {
      again.request.destroy()
      await new Promise((resolve) => setTimeout(resolve, 20))
      again = await openStream(server.port)
    }
    expect(again.response.statusCode).toBe(200)
    open.push(again)
    for (const stream of open) stream.request.destroy()
  })
})
