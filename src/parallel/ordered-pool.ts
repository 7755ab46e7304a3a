import { Worker } from 'node:worker_threads'

/** What a pool worker posts back for one task. */
type Reply<R> = { index: number; result: R } | { index: number; error: { message: string; stack?: string } }

/**
 * Runs tasks on worker threads and hands their results back in task order, one at a time, as
 * soon as each is ready, so a caller can write a site that is the same byte for byte however
 * many workers made it. At most `ahead` results wait for the caller, so a slow caller holds a
 * bounded amount of memory. A task that throws in a worker, or a worker that dies, rejects the
 * whole run; every worker is stopped before `run` returns or throws.
 */
export async function runOrdered<T, R>(options: {
  /** The worker's module (it answers each `{ index, task }` message with one Reply). */
  script: URL | string
  workerData: unknown
  workers: number
  tasks: readonly T[]
  /** The message a task is sent as, made when a worker takes it (default: the task itself). */
  message?: (task: T, index: number) => unknown
  ahead?: number
  onResult: (result: R, index: number) => Promise<void>
}): Promise<void> {
  const { tasks } = options
  const ahead = options.ahead ?? options.workers * 2
  const ready = new Map<number, R>()
  let next = 0 // the next task to hand to a worker
  let consumed = 0 // the next result the caller gets
  let failure: Error | undefined
  const pool: Worker[] = []
  const idle: Worker[] = []

  return new Promise<void>((resolvePromise, rejectPromise) => {
    let draining = false
    const finish = (error?: Error) => {
      if (failure) return
      if (error) failure = error
      for (const worker of pool) void worker.terminate()
      if (error) rejectPromise(error)
      else resolvePromise()
    }
    const dispatch = () => {
      while (!failure && idle.length > 0 && next < tasks.length && next - consumed < ahead) {
        const worker = idle.pop()!
        worker.postMessage({ index: next, task: options.message ? options.message(tasks[next]!, next) : tasks[next] })
        next++
      }
    }
    // The caller takes results strictly in order; a result that comes early waits in `ready`.
    const drain = async () => {
      if (draining) return
      draining = true
      try {
        while (!failure && ready.has(consumed)) {
          const result = ready.get(consumed)!
          ready.delete(consumed)
          await options.onResult(result, consumed)
          consumed++
          dispatch()
        }
      } catch (error) {
        finish(error as Error)
        return
      } finally {
        draining = false
      }
      if (!failure && consumed === tasks.length) finish()
    }
    if (tasks.length === 0) return finish()
    for (let i = 0; i < Math.min(options.workers, tasks.length); i++) {
      const worker = new Worker(options.script, { workerData: options.workerData })
      pool.push(worker)
      idle.push(worker)
      worker.on('message', (reply: Reply<R>) => {
        if ('error' in reply) {
          const error = new Error(reply.error.message)
          if (reply.error.stack) error.stack = reply.error.stack
          return finish(error)
        }
        ready.set(reply.index, reply.result)
        idle.push(worker)
        dispatch()
        void drain()
      })
      worker.on('error', (error) => finish(error))
      worker.on('exit', (code) => {
        if (code !== 0 && !failure && consumed < tasks.length) finish(new Error(`a policyc worker stopped with exit code ${code}`))
      })
    }
    dispatch()
  })
}
