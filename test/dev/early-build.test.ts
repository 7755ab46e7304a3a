/**
 * The dev loop checks a save from its first file event (dev-loop.ts, `early`), before the burst of
 * events settles. What that early build finds must never reach the preview when the file changed
 * again after it began: a half-written file's errors never flash in the overlay, and the page
 * shows the file as it was left.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startFixtureLoop } from './fixture-loop.js'
import { rawRequest, waitFor } from './http.js'

describe('a save checked from its first event', () => {
  it('drops what it found in a half-written file: no problems shown, and the page reads as the file was left', async () => {
    const { dir, loop, reports } = await startFixtureLoop('policyc-early-')
    const policy = join(dir, 'policies', 'mini', 'policy.yaml')
    const original = readFileSync(policy, 'utf8')
    // Every event of the live-reload stream, as an open tab on /mini/ gets them.
    const events: string[] = []
    const stream = await new Promise<ReturnType<typeof request>>((done, fail) => {
      const req = request(`${loop.url}__policyc/events?page=${encodeURIComponent('/mini/')}`, (response) => {
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => events.push(...[...chunk.matchAll(/^event: (.*)$/gm)].map((m) => m[1]!)))
        done(req)
      })
      req.on('error', fail)
      req.end()
    })
    try {
      for (let i = 1; i <= 3; i++) {
        const count = reports.length
        // An editor that writes in two steps: first a cut-off file (an unclosed quote, an error
        // on its own), then the whole one, well inside the watcher's quiet period.
        writeFileSync(policy, original.replace(/^title: .*$/m, `title: "Mini Notice, cut ${i}`).slice(0, original.indexOf('controller:')))
        await new Promise((wake) => setTimeout(wake, 15))
        writeFileSync(policy, original.replace(/^title: .*$/m, `title: Mini Notice, whole ${i}`))
        await waitFor(async () => (reports.length > count && (await rawRequest(loop.port, '/mini/')).body.includes(`Mini Notice, whole ${i}<`) ? true : undefined), `save ${i} served`, 60_000)
        await loop.idle()
      }
      expect(reports.every((report) => report.ok)).toBe(true)
      expect(events).not.toContain('problems')
      expect(events).toContain('reload')
    } finally {
      stream.destroy()
      await loop.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }, 300_000)
})
