import type { ServerResponse } from 'node:http'
import type { Diagnostic } from '../diagnostics/diagnostic.js'

/** One diagnostic as the overlay shows it. */
export interface Problem {
  file: string
  line: number
  column: number
  severity: Diagnostic['severity']
  message: string
  ruleId: string
  hint?: string
}

/** What the preview currently shows: the last good build, and the problems of the latest attempt. */
export interface PreviewState {
  /** Counts successful builds; pages carry the number they were served from. */
  build: number
  ok: boolean
  problems: Problem[]
}

export function toProblems(diagnostics: readonly Diagnostic[]): Problem[] {
  return diagnostics.map((d) => ({
    file: d.file,
    line: d.start.line,
    column: d.start.column,
    severity: d.severity,
    message: d.reason,
    ruleId: d.ruleId,
    ...(d.hint ? { hint: d.hint } : {}),
  }))
}

/** Sent as a comment so idle connections are not dropped by proxies or the browser. */
const KEEP_ALIVE_MS = 15_000

/**
 * The most live-reload streams open at once: one per open tab, so 64 is more than anyone opens.
 * Without a cap, ~20,000 connections held a file descriptor each until none were left and normal
 * requests were reset (issue 20, finding 20); one more is answered 503 (server.ts).
 */
export const MAX_EVENT_STREAMS = 64

/**
 * The server-sent event stream behind live reload. Every open tab holds one response; a new one
 * first gets `hello` with the current state (so a tab opened while the policy is broken shows the
 * overlay at once), then `reload` after each good build or `problems` after each failed one.
 */
export class LiveReloadHub {
  /** Each open stream, with the site path of the page that opened it (when it said). */
  readonly #clients = new Map<ServerResponse, string | undefined>()
  #state: PreviewState = { build: 0, ok: true, problems: [] }
  readonly #keepAlive: NodeJS.Timeout

  constructor() {
    this.#keepAlive = setInterval(() => this.#write(': keep-alive\n\n'), KEEP_ALIVE_MS)
    this.#keepAlive.unref()
  }

  get state(): PreviewState {
    return this.#state
  }

  /** Whether every place for a stream is taken (`MAX_EVENT_STREAMS`). */
  get full(): boolean {
    return this.#clients.size >= MAX_EVENT_STREAMS
  }

  /** The site paths of the pages open in the preview, each once: what a rebuild renders first. */
  get viewing(): string[] {
    return [...new Set([...this.#clients.values()].flatMap((page) => (page === undefined ? [] : [page])))]
  }

  /** Takes over a response as an event stream; `page` is the site path of the page listening. */
  attach(response: ServerResponse, page?: string): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Content-Type-Options': 'nosniff',
    })
    response.write(`retry: 1000\nevent: hello\ndata: ${JSON.stringify(this.#state)}\n\n`)
    this.#clients.set(response, page)
    response.on('close', () => this.#clients.delete(response))
  }

  /** A build succeeded: every tab reloads. */
  built(): void {
    this.#state = { build: this.#state.build + 1, ok: true, problems: [] }
    this.#write(`event: reload\ndata: ${JSON.stringify({ build: this.#state.build })}\n\n`)
  }

  /** A build failed: the site on disk is the last good one; every tab shows the problems. */
  failed(problems: Problem[]): void {
    this.#state = { build: this.#state.build, ok: false, problems }
    this.#write(`event: problems\ndata: ${JSON.stringify({ problems })}\n\n`)
  }

  /** Ends every stream, so the server can close without waiting for tabs. */
  close(): void {
    clearInterval(this.#keepAlive)
    for (const client of this.#clients.keys()) client.end()
    this.#clients.clear()
  }

  #write(chunk: string): void {
    for (const client of this.#clients.keys()) client.write(chunk)
  }
}
