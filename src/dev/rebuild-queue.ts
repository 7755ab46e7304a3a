/**
 * Runs rebuilds one at a time. Changes that arrive while a build runs are collected and handed to
 * exactly one follow-up build, so a burst of saves never starts two builds at once nor loses an
 * edit, and the last build to finish always saw the newest sources.
 */
export interface RebuildQueue {
  /** Adds changed paths; starts a build now, or after the one running. */
  push(paths: readonly string[]): void
  /** Resolves when no build runs and none is queued. */
  idle(): Promise<void>
  /** Whether a build runs or is queued now. */
  readonly busy: boolean
}

export function createRebuildQueue(run: (paths: string[]) => Promise<void>): RebuildQueue {
  let running: Promise<void> | undefined
  let queued = new Set<string>()
  let waiters: (() => void)[] = []

  const next = (): void => {
    if (queued.size === 0) {
      running = undefined
      for (const wake of waiters) wake()
      waiters = []
      return
    }
    const paths = [...queued].sort()
    queued = new Set()
    // run() reports its own failures; a rejection here must not stop later rebuilds.
    running = run(paths).catch(() => undefined).then(next)
  }

  return {
    push(paths) {
      for (const path of paths) queued.add(path)
      if (!running) next()
    },
    idle() {
      return running ? new Promise((wake) => waiters.push(wake)) : Promise.resolve()
    },
    get busy() {
      return running !== undefined
    },
  }
}
