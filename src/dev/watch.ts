import { readdirSync, statSync } from 'node:fs'
import { watch as chokidarWatch } from 'chokidar'
import { join, relative, sep } from 'node:path'

export interface WatchOptions {
  /** The project folder; targets are relative to it. */
  root: string
  /** Folders directly in the root, watched recursively: `policies`, `schemas`, `templates`. */
  folders: readonly string[]
  /** Files directly in the root: `policyc.config.yaml`. */
  files: readonly string[]
  /** Called with the absolute paths that changed, once a burst of saves has settled. */
  onChange(paths: string[]): void
  /**
   * Called at once with each path an event reports (editors' scratch files left out), before the
   * burst has settled: the dev loop starts checking a save here, and keeps what it found only if
   * no event came after it began reading (dev-loop.ts, `early`).
   */
  onEvent?(path: string): void
  /** Quiet time after the last event before onChange fires (ms). */
  debounceMs?: number
  /** Longest a steady stream of events can delay onChange (ms). */
  maxWaitMs?: number
  /** Poll instead of watching (also chosen by POLICYC_WATCH=poll, or when watching is unavailable). */
  poll?: boolean
  pollIntervalMs?: number
}

export interface ProjectWatcher {
  /** `chokidar` (the system's file events) or `poll`: for --verbose. */
  readonly mode: 'chokidar' | 'poll'
  /** Settles once every target is watched: a save after this is never missed. */
  readonly ready: Promise<void>
  close(): void
}

/**
 * Watches a project's sources. Node's own recursive `fs.watch` on Linux loses a file that an
 * editor saves by renaming a new file over it (sed -i, vim, many editors, `git checkout`): the
 * inotify watch stays on the replaced inode, and the second such save is never seen. chokidar
 * (maintained, used by Vite and webpack) watches each folder and re-arms a file's watch after a
 * rename, follows folders that are deleted and created again, and so sees every save. Bursts are
 * collected here and delivered once, debounced.
 */
export function watchProject(options: WatchOptions): ProjectWatcher {
  const debounce = debounced(options.onChange, options.debounceMs ?? 60, options.maxWaitMs ?? 400, options.onEvent)
  const wantPoll = options.poll === true || process.env.POLICYC_WATCH === 'poll'
  if (!wantPoll) {
    try {
      return watchWithChokidar(options, debounce)
    } catch (error) {
      // EMFILE/ENOSPC (inotify limits) and the like: polling is slower but always works.
      if (!isWatchUnavailable(error)) throw error
    }
  }
  return watchByPolling(options, debounce)
}

interface Debounced {
  add(path: string): void
  cancel(): void
}

function watchWithChokidar(options: WatchOptions, changes: Debounced): ProjectWatcher {
  // The root itself is watched, with everything but the targets ignored: a target that does not
  // exist yet (the config, schemas/) or is deleted and created again is seen as it appears, and
  // nothing else in the project (node_modules, dist) is ever walked.
  const targets = new Set([...options.folders, ...options.files])
  const ignored = (path: string) => {
    const inside = relative(options.root, path)
    return inside !== '' && !targets.has(inside.split(sep)[0]!)
  }
  // `atomic` folds an editor's delete-and-recreate into one change; ignoreInitial: only changes.
  const watcher = chokidarWatch(options.root, { ignored, ignoreInitial: true, atomic: true, persistent: true })
  watcher.on('all', (_event, path) => changes.add(path))
  // Too many files for the system's watch limit (EMFILE/ENOSPC) and the like: say nothing here,
  // the next save is still seen by the folder watchers that did start.
  watcher.on('error', () => undefined)
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  return {
    mode: 'chokidar',
    ready,
    close() {
      changes.cancel()
      void watcher.close()
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
    ready: Promise.resolve(),
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

function debounced(deliver: (paths: string[]) => void, quietMs: number, maxWaitMs: number, onEvent?: (path: string) => void): Debounced {
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
      onEvent?.(path)
    },
    cancel() {
      clearTimeout(quiet)
      clearTimeout(deadline)
      pending.clear()
    },
  }
}

function isWatchUnavailable(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM' || code === 'EMFILE' || code === 'ENOSPC' || code === 'ENOSYS'
}
