import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { CLIENT_PATH, CLIENT_SCRIPT, EVENTS_PATH, STATUS_PATH, injectClient } from './client-script.js'
import { contentTypeFor, isHtml } from './content-type.js'
import { isAllowedHost } from './host-check.js'
import type { LiveReloadHub } from './live-reload.js'
import { openInside } from './open-inside.js'
import { parseRequestPath, sitePathOf } from './request-path.js'

export interface PreviewServerOptions {
  /** The folder to serve (the build's output); nothing outside it is ever read. */
  root: string
  /** Defaults to 127.0.0.1: the preview is for the person at this machine. */
  host?: string
  /** 0 picks a free port; the chosen one is in the result. */
  port?: number
  /** When given, HTML responses get the live-reload client and /__policyc/events is served. */
  live?: LiveReloadHub
  /**
   * Files held in memory (`policyc dev` after a save: memory-site.ts), by site path; served
   * before the folder. Undefined for a path means: serve the folder.
   */
  memory?: ((path: string) => Promise<string | Buffer | undefined>) | undefined
}

export interface PreviewServer {
  host: string
  port: number
  /** http://host:port/, with IPv6 hosts in brackets. */
  url: string
  close(): Promise<void>
}

/** Headers on every response. No CORS headers: other origins must not read the preview. */
const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
} as const

const NOT_FOUND_PAGE = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><h1>Not found</h1><p>No page at this address. <a href="/">Back to the index</a>.</p></body></html>\n'

/**
 * The preview server of `policyc dev`: a static file server over node:http that serves only the
 * output folder (and the edited pages the dev builder holds in memory, `memory`), only with GET and HEAD, only to Host names that cannot be DNS-rebound, and never
 * follows a symbolic link (see request-path.ts and open-inside.ts for how paths are refused).
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const root = resolve(options.root)
  const host = options.host ?? '127.0.0.1'
  const live = options.live
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error\n', request.method === 'HEAD')
      else response.destroy()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const head = request.method === 'HEAD'
    if (!isAllowedHost(request.headers.host, host)) return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: unexpected Host header\n', head)
    if (request.method !== 'GET' && !head) {
      response.setHeader('Allow', 'GET, HEAD')
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed: the preview is read-only\n', head)
    }
    const target = request.url ?? ''
    if (target.startsWith('/__policyc/')) return serveInternal(target, response, head)
    const parsed = parseRequestPath(target)
    if (!parsed.ok) {
      if (parsed.status === 404) return notFound(response, head)
      return send(response, parsed.status, 'text/plain; charset=utf-8', parsed.status === 403 ? 'Forbidden\n' : 'Bad request\n', head)
    }
    const path = sitePathOf(parsed)
    const held = options.memory ? await options.memory(path) : undefined
    if (held !== undefined) {
      const type = contentTypeFor(path)
      if (live && isHtml(path)) return send(response, 200, type, injectClient(held.toString(), live.state.build), head)
      response.writeHead(200, { ...BASE_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(held) })
      return void response.end(head ? undefined : held)
    }
    const found = await openInside(root, parsed.segments, parsed.folder)
    if (found.kind === 'redirect') {
      response.setHeader('Location', found.location)
      return send(response, 301, 'text/plain; charset=utf-8', `Moved to ${found.location}\n`, head)
    }
    if (found.kind === 'refused') {
      if (found.status === 404) return notFound(response, head)
      return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden\n', head)
    }
    try {
      const type = contentTypeFor(found.path)
      if (live && isHtml(found.path)) {
        const html = await found.handle.readFile('utf8')
        return send(response, 200, type, injectClient(html, live.state.build), head)
      }
      response.writeHead(200, { ...BASE_HEADERS, 'Content-Type': type, 'Content-Length': found.size })
      if (head) return void response.end()
      const body = await found.handle.readFile()
      response.end(body)
    } finally {
      await found.handle.close()
    }
  }

  function serveInternal(target: string, response: ServerResponse, head: boolean): void {
    const path = target.replace(/[?#].*$/s, '')
    if (!live) return send(response, 404, 'text/plain; charset=utf-8', 'Not found\n', head)
    if (path === EVENTS_PATH && !head) {
      if (!live.full) return live.attach(response, viewedPage(target))
      // Closed at once, so a flood of streams holds no file descriptors; pages keep being served.
      response.setHeader('Retry-After', '5')
      response.setHeader('Connection', 'close')
      return send(response, 503, 'text/plain; charset=utf-8', 'Too many live-reload connections: close some preview tabs\n', head)
    }
    if (path === CLIENT_PATH) return send(response, 200, 'text/javascript; charset=utf-8', CLIENT_SCRIPT, head)
    if (path === STATUS_PATH) return send(response, 200, 'application/json; charset=utf-8', `${JSON.stringify(live.state)}\n`, head)
    return send(response, 404, 'text/plain; charset=utf-8', 'Not found\n', head)
  }

  /** The site path of the page a live-reload stream was opened from (`?page=/xwms/eea/`), when it is one the preview could serve. */
  function viewedPage(target: string): string | undefined {
    const query = target.indexOf('?')
    const page = query < 0 ? null : new URLSearchParams(target.slice(query + 1)).get('page')
    const parsed = page === null ? undefined : parseRequestPath(page)
    return parsed?.ok ? sitePathOf(parsed) : undefined
  }

  /** The site's own 404.html when it has one, else a small page; both get the live client. */
  async function notFound(response: ServerResponse, head: boolean): Promise<void> {
    const found = await openInside(root, ['404.html'], false)
    let html = NOT_FOUND_PAGE
    if (found.kind === 'file') {
      try {
        html = await found.handle.readFile('utf8')
      } finally {
        await found.handle.close()
      }
    }
    send(response, 404, 'text/html; charset=utf-8', live ? injectClient(html, live.state.build) : html, head)
  }

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen)
    server.listen({ host, port: options.port ?? 0 }, () => {
      server.off('error', rejectListen)
      resolveListen()
    })
  })
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    host: address.address,
    port: address.port,
    url: `http://${shownHost}:${address.port}/`,
    close: () =>
      new Promise<void>((resolveClose) => {
        live?.close()
        server.close(() => resolveClose())
        // Open keep-alive and event-stream connections would hold close() forever.
        server.closeAllConnections()
      }),
  }
}

function send(response: ServerResponse, status: number, type: string, body: string, head: boolean): void {
  const bytes = Buffer.from(body, 'utf8')
  response.writeHead(status, { ...BASE_HEADERS, 'Content-Type': type, 'Content-Length': bytes.length })
  response.end(head ? undefined : bytes)
}
