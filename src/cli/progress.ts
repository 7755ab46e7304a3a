/**
 * Progress and tone of every command's terminal output. On a terminal a long task shows one line
 * that updates in place (what is done, time so far); under CI=true or into a file or pipe there is
 * no updating line at all, only the final summary, and no control characters. `--quiet` keeps
 * errors only; `--verbose` adds detail lines.
 */

export interface OutputStream {
  isTTY?: boolean
  columns?: number
  write(text: string): unknown
}

export interface OutputOptions {
  stream?: OutputStream
  env?: NodeJS.ProcessEnv
  quiet?: boolean | undefined
  verbose?: boolean | undefined
  /** Milliseconds since some fixed point, for the elapsed time; injectable for tests. */
  now?: () => number
}

export interface ProgressCounts {
  policies?: number
  policiesTotal?: number
  pages?: number
}

export interface Output {
  /** True when an updating line is drawn (a terminal, not CI, not quiet). */
  readonly live: boolean
  /** A normal message (not under --quiet). */
  info(line: string): void
  /** Problems the user must see: printed under --quiet too. */
  problem(text: string): void
  /** A detail only --verbose shows. */
  detail(line: string): void
  /** Starts timing a task; on a terminal draws its progress line. */
  start(label: string): void
  /** Updates the progress line (drawn at most every 80 ms; nothing off a terminal). */
  progress(counts: ProgressCounts): void
  /** Ends the task: clears the progress line and prints the one summary line (not under --quiet). */
  done(summary: string): void
  /** Milliseconds since start(). */
  elapsed(): number
}

const REDRAW_MS = 80
const CLEAR_LINE = '\r\u001B[2K'

/** CI services set CI=true (GitHub Actions, GitLab, CircleCI…); some only set CI=1. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false'
}

export function createOutput(options: OutputOptions = {}): Output {
  const stream = options.stream ?? process.stdout
  const env = options.env ?? process.env
  const now = options.now ?? (() => performance.now())
  const quiet = options.quiet === true
  const verbose = options.verbose === true && !quiet
  const live = stream.isTTY === true && !isCi(env) && !quiet && env.TERM !== 'dumb'
  let label = ''
  let started = now()
  let drawn = false
  let lastDraw = -Infinity
  let counts: ProgressCounts = {}

  const clear = () => {
    if (drawn) stream.write(CLEAR_LINE)
    drawn = false
  }
  const draw = () => {
    const width = Math.max(20, (stream.columns || 80) - 1)
    const line = `${label} ${describe(counts)}${formatDuration(now() - started)}`
    stream.write(`${CLEAR_LINE}${line.length > width ? `${line.slice(0, width - 1)}…` : line}`)
    drawn = true
    lastDraw = now()
  }
  const print = (line: string) => {
    const redraw = drawn
    clear()
    stream.write(`${line}\n`)
    if (redraw) draw()
  }

  return {
    live,
    info(line) {
      if (!quiet) print(line)
    },
    problem(text) {
      print(text)
    },
    detail(line) {
      if (verbose) print(line)
    },
    start(text) {
      label = text
      counts = {}
      started = now()
      if (live) draw()
    },
    progress(next) {
      counts = { ...counts, ...next }
      if (live && now() - lastDraw >= REDRAW_MS) draw()
    },
    done(summary) {
      clear()
      if (!quiet) stream.write(`${summary}\n`)
    },
    elapsed: () => now() - started,
  }
}

function describe(counts: ProgressCounts): string {
  const parts: string[] = []
  if (counts.policies !== undefined) parts.push(`${counts.policies}${counts.policiesTotal !== undefined ? `/${counts.policiesTotal}` : ''} polic${counts.policiesTotal === 1 ? 'y' : 'ies'}`)
  if (counts.pages !== undefined) parts.push(`${counts.pages} page${counts.pages === 1 ? '' : 's'}`)
  return parts.length > 0 ? `${parts.join(', ')}, ` : ''
}

/** "240 ms", "1.4 s", "2 min 05 s": for people, so rounded. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`
  const seconds = Math.round(ms / 1000)
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`
}
