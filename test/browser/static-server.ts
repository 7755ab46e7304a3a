import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, resolve, sep } from 'node:path'

/** Content types of what a built site holds; the browser never has to guess. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.jsonld': 'application/ld+json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

export interface StaticServer {
  /** http://127.0.0.1:<port>/ */
  origin: string
  url(path: string): string
  close(): Promise<void>
}

/**
 * Serves a built site the way a static host does: `/a/` is `a/index.html`, a missing address gets
 * the site's own `404.html` with status 404, nothing outside the folder is ever read. Read-only,
 * 127.0.0.1 only, an ephemeral port: a test fixture, not the dev server.
 */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const root = resolve(folder)
  const server: Server = createServer((request, response) => {
    void (async () => {
      let path: string
      try {
        path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
      } catch {
        response.writeHead(400).end()
        return
      }
      const file = resolve(join(root, path.endsWith('/') ? `${path}index.html` : path))
      const inside = file === root || file.startsWith(root + sep)
      const found = inside ? await stat(file).then((s) => s.isFile(), () => false) : false
      const target = found ? file : join(root, '404.html')
      const body = await readFile(target)
      response.writeHead(found ? 200 : 404, {
        'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      })
      response.end(request.method === 'HEAD' ? undefined : body)
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500)
      response.end()
    })
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}
