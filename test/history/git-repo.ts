import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readdir, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fixtures } from '../helpers/paths.js'

const exec = promisify(execFile)

/** git without the user's or the system's configuration, so signing, hooks or aliases never apply. */
export const GIT_ENV = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }

/** The policy sources committed one after another, and what each commit is. */
export const STEPS = ['1-initial', '2-wording-fix', '3-us-recipient', '4-retention', '5-renamed-category', '6-removed-region'] as const

export const stepsDir = join(fixtures, 'history', 'steps')

/** Runs git in a test repository (never in the project's own). */
export async function git(cwd: string, args: readonly string[], env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await exec('git', [...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...GIT_ENV, ...env } })
  return stdout
}

/**
 * A temporary repository with one commit per step to policies/mini/policy.yaml, each tagged
 * `step-N`, with fixed author, committer and dates so commit ids are the same on every run.
 */
export async function makeHistoryRepo(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'policyc-history-'))
  await git(dir, ['init', '-q', '-b', 'main'])
  await mkdir(join(dir, 'policies', 'mini'), { recursive: true })
  await writeFile(join(dir, 'README.md'), 'A test repository for policyc history.\n')
  for (const [index, step] of STEPS.entries()) {
    await copyFile(join(stepsDir, `${step}.yaml`), join(dir, 'policies', 'mini', 'policy.yaml'))
    await git(dir, ['add', '-A'])
    const date = `2026-0${index + 1}-10T12:00:00+00:00`
    await git(dir, ['-c', 'user.name=Legal Editor', '-c', 'user.email=legal@mini.example', 'commit', '-q', '-m', step], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date })
    await git(dir, ['tag', `step-${index + 1}`])
  }
  return dir
}

/** Every file under .git with its size and modification time: any write by policyc shows here. */
export async function gitDirSnapshot(dir: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (path: string): Promise<void> => {
    for (const entry of await readdir(path, { withFileTypes: true })) {
      const full = join(path, entry.name)
      if (entry.isDirectory()) await walk(full)
      else {
        const info = await stat(full)
        out.push(`${full.slice(dir.length)} ${info.size} ${info.mtimeMs}`)
      }
    }
  }
  await walk(join(dir, '.git'))
  return out.sort()
}

/** `git status --porcelain` without refreshing the index (which would itself write to .git). */
export function gitStatus(dir: string): Promise<string> {
  return git(dir, ['--no-optional-locks', 'status', '--porcelain', '--untracked-files=all'])
}
