import { spawn, type ChildProcessByStdio } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'

/** An object read by `git cat-file --batch`, or undefined when the name does not resolve. */
export type BatchObject = { type: string; content: Buffer } | undefined

interface Pending {
  resolve(object: BatchObject): void
  reject(error: Error): void
}

/**
 * One long-running `git cat-file --batch`: every object a history walk needs (a folder's tree at
 * each commit, then the blobs) is read through it, instead of starting git hundreds of times.
 * Names are written to its standard input, one per line, so they are data and never options;
 * they are only ever `<commit id>:<path>` or object ids built by policyc, with no newline.
 */
export class CatFileBatch {
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>
  private readonly queue: Pending[] = []
  private buffer: Buffer = Buffer.alloc(0)
  private failure: Error | undefined

  constructor(cwd: string, globalOptions: readonly string[], env: NodeJS.ProcessEnv) {
    this.child = spawn('git', [...globalOptions, 'cat-file', '--batch'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true })
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk])
      this.drain()
    })
    let stderr = ''
    this.child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    const fail = (error: Error) => {
      this.failure ??= error
      for (const pending of this.queue.splice(0)) pending.reject(this.failure)
    }
    this.child.on('error', fail)
    this.child.on('close', () => fail(new Error(`git cat-file --batch ended${stderr ? `: ${stderr.trim()}` : ''}`)))
    this.child.stdin.on('error', fail)
  }

  /** Reads one object by name. */
  read(name: string): Promise<BatchObject> {
    if (/[\n\r\0]/.test(name)) return Promise.reject(new Error('object names never contain line breaks'))
    if (this.failure) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.queue.push({ resolve, reject })
      this.child.stdin.write(`${name}\n`)
    })
  }

  /** Ends git; pending reads fail. */
  close(): void {
    this.child.stdin.end()
  }

  /** Answers are in request order: `<oid> <type> <size>\n<content>\n`, or `<name> missing\n`. */
  private drain(): void {
    for (;;) {
      const newline = this.buffer.indexOf(0x0a)
      if (newline === -1) return
      const header = this.buffer.subarray(0, newline).toString('utf8')
      const match = /^[0-9a-f]+ (\S+) (\d+)$/.exec(header)
      if (!match) {
        // `missing`, `ambiguous` and the like: no content follows.
        this.buffer = this.buffer.subarray(newline + 1)
        this.queue.shift()?.resolve(undefined)
        continue
      }
      const size = Number(match[2])
      if (this.buffer.length < newline + 1 + size + 1) return
      const content = Buffer.from(this.buffer.subarray(newline + 1, newline + 1 + size))
      this.buffer = this.buffer.subarray(newline + 1 + size + 1)
      this.queue.shift()?.resolve({ type: match[1]!, content })
    }
  }
}

/** The entries of a binary tree object: `<mode> <name>\0<20 or 32 byte id>`, repeated. */
export function parseTree(content: Buffer, idBytes: number): { mode: string; name: string; object: string }[] {
  const entries: { mode: string; name: string; object: string }[] = []
  let at = 0
  while (at < content.length) {
    const space = content.indexOf(0x20, at)
    const nul = content.indexOf(0x00, space)
    if (space === -1 || nul === -1) break
    entries.push({ mode: content.subarray(at, space).toString('utf8'), name: content.subarray(space + 1, nul).toString('utf8'), object: content.subarray(nul + 1, nul + 1 + idBytes).toString('hex') })
    at = nul + 1 + idBytes
  }
  return entries
}
