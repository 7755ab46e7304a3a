/**
 * Runs the `run:` steps of a GitHub workflow job or composite action here, in order, with bash as
 * the runner does (`bash -e -o pipefail`), so a test proves the commands a user's CI will run.
 * `uses:` steps are the runner's (checkout, setup-node, Pages): they are listed, not run; the
 * test sets up what they would (a git clone, Node, a base URL) and passes their outputs as
 * expressions. Every `${{ … }}` and every `if:` must be given a value, so a step the test did not
 * think about fails the test instead of running with a blank.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface Step {
  name?: string
  id?: string
  uses?: string
  run?: string
  if?: string
  env?: Record<string, string | number | boolean>
  with?: Record<string, unknown>
  shell?: string
  'working-directory'?: string
}

export interface StepRun {
  step: string
  skipped?: 'uses' | 'if'
  code?: number
  stdout?: string
  stderr?: string
}

export interface RunStepsOptions {
  cwd: string
  env?: Record<string, string>
  /** Values of `${{ … }}` expressions, by their text (trimmed). */
  expressions?: Record<string, string>
  /** Values of `if:` conditions, by their text. */
  conditions?: Record<string, boolean>
  /** A folder for GITHUB_ENV, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT files. */
  scratch: string
  /** Stop at the first failing step (the runner's default). */
  stopOnFailure?: boolean
}

export function runSteps(steps: readonly Step[], options: RunStepsOptions): StepRun[] {
  const expressions = options.expressions ?? {}
  const substitute = (text: string) =>
    text.replace(/\$\{\{(.*?)\}\}/g, (_, expression: string) => {
      const value = expressions[expression.trim()]
      if (value === undefined) throw new Error(`no value for the expression \${{${expression}}}`)
      return value
    })
  const githubEnv = join(options.scratch, 'github-env')
  const summary = join(options.scratch, 'step-summary.md')
  writeFileSync(githubEnv, '')
  writeFileSync(summary, '')
  const carried: Record<string, string> = {}
  const runs: StepRun[] = []
  for (const step of steps) {
    const label = step.name ?? step.id ?? step.uses ?? step.run?.split('\n')[0] ?? '?'
    if (step.uses) {
      runs.push({ step: label, skipped: 'uses' })
      continue
    }
    if (step.if !== undefined) {
      const holds = options.conditions?.[step.if]
      if (holds === undefined) throw new Error(`no value for the condition "${step.if}"`)
      if (!holds) {
        runs.push({ step: label, skipped: 'if' })
        continue
      }
    }
    const env: Record<string, string> = { ...process.env, ...options.env, ...carried, GITHUB_ENV: githubEnv, GITHUB_STEP_SUMMARY: summary } as Record<string, string>
    for (const [key, value] of Object.entries(step.env ?? {})) env[key] = substitute(String(value))
    const cwd = step['working-directory'] ? join(options.cwd, substitute(step['working-directory'])) : options.cwd
    const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', substitute(step.run ?? '')], { cwd, env, encoding: 'utf8', timeout: 300_000 })
    runs.push({ step: label, code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr })
    // What a step wrote to GITHUB_ENV is in the environment of the steps after it.
    for (const line of readFileSync(githubEnv, 'utf8').split('\n')) {
      const at = line.indexOf('=')
      if (at > 0) carried[line.slice(0, at)] = line.slice(at + 1)
    }
    if (result.status !== 0 && options.stopOnFailure !== false) break
  }
  return runs
}

/** The job summary the steps wrote. */
export function stepSummary(scratch: string): string {
  return readFileSync(join(scratch, 'step-summary.md'), 'utf8')
}
