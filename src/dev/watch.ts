import { existsSync, readdirSync, statSync, watch, type FSWatcher } from 'node:fs'
import { join } from 'node:path'

export interface WatchOptions {
  /** The project folder; targets are relative to it. */
  root: string
  /** Folders directly in the root, watched recursively: `policies`, `schemas`, `templates`. */
  folders: readonly string[]
  /** Files directly in the root: `policyc.config.yaml`. */
  files: readonly string[]
  /** Called with the absolute paths that changed, once a burst of saves has settled. */
  onChange(paths: string[]): void
  /** Quiet time after the last event before onChange fires (ms). */
  debounceMs?: number
  /** Longest a steady stream of events can delay onChange (ms). */
  maxWaitMs?: number
  /** Poll instead of using fs.watch (also chosen by POLICYC_WATCH=poll, or when fs.watch is unavailable). */
  poll?: boolean
  pollIntervalMs?: number
}

export interface ProjectWatcher {
  /** `fs.watch` (recursive) or `poll`: for --verbose. */
  readonly mode: 'fs.watch' | 'poll'
  close(): void
}

/**
 * Watches a project's sources. Node 20 supports `fs.watch(dir, { recursive: true })` on Linux,
 * macOS and Windows, and an atomic save (write a temporary file, rename it over the old one) shows up
 * as an event on the saved name. Two things fs.watch does not do on its own are handled here:
 * a watched folder that is deleted and created again (the root is watched too, and the folder's
 * watcher re-armed), and bursts (events are collected and delivered once, debounced).
 */
export function watchProject(options: WatchOptions): ProjectWatcher {
  const debounce = debounced(options.onChange, options.debounceMs ?? 60, options.maxWaitMs ?? 400)
  const wantPoll = options.poll === true || process.env.POLICYC_WATCH === 'poll'
  if (!wantPoll) {
    try {
      return watchWithFs(options, debounce)
    } catch (error) {
      // ERR_FEATURE_UNAVAILABLE_ON_PLATFORM (recursive watch on old platforms) or EMFILE/ENOSPC
      // (inotify limits): polling is slower but always works.
      if (!isWatchUnavailable(error)) throw error
    }
  }
  return watchByPolling(options, debounce)
}

interface Debounced {
  add(path: string): void
  cancel(): void
}

function watchWithFs(options: WatchOptions, changes: Debounced): ProjectWatcher {
  const watchers = new Map<string, FSWatcher>()
  const { folders, files } = options
  const arm = (name: string) => {
    watchers.get(name)?.close()
    watchers.delete(name)
    const dir = join(options.root, name)
    if (!isDirectory(dir)) return
    const watcher = watch(dir, { recursive: true }, (_event, file) => changes.add(file ? join(dir, file.toString()) : dir))
    // A deleted folder makes its watcher fail or close; the root watcher re-arms it when it returns.
    watcher.on('error', () => {
      watcher.close()
      if (watchers.get(name) === watcher) watchers.delete(name)
    })
    watchers.set(name, watcher)
  }
  const rootWatcher = watch(options.root, (_event, file) => {
    const name = file?.toString()
    if (!name || !(folders.includes(name) || files.includes(name))) return
    if (folders.includes(name)) arm(name)
    changes.add(join(options.root, name))
  })
  for (const name of folders) arm(name)
  return {
    mode: 'fs.watch',
    close() {
      changes.cancel()
      rootWatcher.close()
      for (const watcher of watchers.values()) watcher.close()
      watchers.clear()
    },
  }
}

/** Bounds the polling walk, so a target pointing at a huge tree cannot stall the process. */
const MAX_POLLED_FILES = 20_000

function watchByPolling(options: WatchOptions, changes: Debounced): ProjectWatcher {
  let previous = snapshot(options)
  const timer = setInterval(() => {
    const next = snapshot(options)
    for (const [path, stamp] of next) if (previous.get(path) !== stamp) changes.add(path)
    for (const path of previous.keys()) if (!next.has(path)) changes.add(path)
    previous = next
  }, options.pollIntervalMs ?? 300)
  return {
    mode: 'poll',
    close() {
      clearInterval(timer)
      changes.cancel()
    },
  }
}

/** Path → "mtime:size" of every file under the targets. */
function snapshot(options: WatchOptions): Map<string, string> {
  const stamps = new Map<string, string>()
  const visit = (path: string) => {
    if (stamps.size >= MAX_POLLED_FILES) return
    let info
    try {
      info = statSync(path)
    } catch {
      return
    }
    if (info.isDirectory()) {
      let names: string[] = []
      try {
        names = readdirSync(path)
      } catch {
        return
      }
      for (const name of names.sort()) visit(join(path, name))
    } else {
      stamps.set(path, `${info.mtimeMs}:${info.size}`)
    }
  }
  for (const target of [...options.folders, ...options.files]) visit(join(options.root, target))
  return stamps
}

/** Editors' scratch files: never a reason to rebuild (the save itself renames onto the real name). */
const SCRATCH = /(?:~|\.sw[a-p]|\.tmp|\.bak)$|(?:^|[/\\])(?:\.#[^/\\]*|4913|sed[A-Za-z0-9]{6})$/

function debounced(deliver: (paths: string[]) => void, quietMs: number, maxWaitMs: number): Debounced {
  let pending = new Set<string>()
  let quiet: NodeJS.Timeout | undefined
  let deadline: NodeJS.Timeout | undefined
  const flush = () => {
    clearTimeout(quiet)
    clearTimeout(deadline)
    quiet = deadline = undefined
    const paths = [...pending].sort()
    pending = new Set()
    if (paths.length > 0) deliver(paths)
  }
  return {
    add(path) {
      if (SCRATCH.test(path)) return
      pending.add(path)
      clearTimeout(quiet)
      quiet = setTimeout(flush, quietMs)
      deadline ??= setTimeout(flush, maxWaitMs)
    },
    cancel() {
      clearTimeout(quiet)
      clearTimeout(deadline)
      pending.clear()
    },
  }
}

function isDirectory(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isDirectory()
  } catch {
    return false
  }
}

function isWatchUnavailable(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM' || code === 'EMFILE' || code === 'ENOSPC' || code === 'ENOSYS'
}
