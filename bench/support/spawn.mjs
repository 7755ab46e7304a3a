// Child processes for the benchmark: wall time from spawn to exit, and (unless probe: false) the
// child's peak RSS and CPU time from rss-probe.mjs. Only numbers are kept for results.json; the
// child's output is returned for the caller to read but never stored.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const probeModule = fileURLToPath(new URL('./rss-probe.mjs', import.meta.url))
const probeDir = mkdtempSync(join(tmpdir(), 'policyc-bench-probe-'))
process.on('exit', () => rmSync(probeDir, { recursive: true, force: true }))
const running = new Set()
let counter = 0

/** The median of a list of numbers (undefined for an empty list or one without numbers). */
export function median(values) {
  const list = values.filter((v) => typeof v === 'number' && !Number.isNaN(v)).sort((a, b) => a - b)
  if (list.length === 0) return undefined
  const mid = Math.floor(list.length / 2)
  return list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2
}

/** Ends every child still running (the benchmark was interrupted). */
export function stopChildren() {
  for (const child of running) child.kill('SIGKILL')
}

/**
 * Runs `command args` and resolves with { ms, rssKB, cpuMs, code, stdout, stderr }.
 * options: cwd, env (added to the current one), ok (exit codes that count as success; default [0]),
 * probe (default true: preload rss-probe.mjs through NODE_OPTIONS, so only for Node commands).
 * Rejects, with the tail of stderr in the message, when the exit code is not in `ok`.
 */
export function run(command, args, options = {}) {
  const { cwd, env = {}, ok = [0], probe = true } = options
  const probeFile = probe ? join(probeDir, `${process.pid}-${++counter}.jsonl`) : undefined
  const childEnv = { ...process.env, ...env }
  if (probeFile) {
    childEnv.POLICYC_BENCH_PROBE = probeFile
    childEnv.NODE_OPTIONS = `${childEnv.NODE_OPTIONS ?? ''} --import ${JSON.stringify(probeModule)}`.trim()
  }
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    running.add(child)
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk))
    child.on('error', (error) => {
      running.delete(child)
      reject(error)
    })
    child.on('close', (code) => {
      const ms = performance.now() - started
      running.delete(child)
      const own = probeFile ? readProbe(probeFile, child.pid) : undefined
      if (!ok.includes(code)) {
        reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${stderr.slice(-2000)}`))
        return
      }
      resolve({ ms, rssKB: own?.rssKB, cpuMs: own?.cpuMs, code, stdout, stderr })
    })
  })
}

function readProbe(file, pid) {
  let text
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  rmSync(file, { force: true })
  const lines = text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line))
  return lines.find((line) => line.pid === pid) ?? lines[0]
}
