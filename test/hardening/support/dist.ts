import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import { join } from 'node:path'
import { cli } from '../../helpers/paths.js'

/**
 * Every entry under a folder (dotfiles, symlinks and empty folders included, links not followed)
 * → sha256 of a file, `link → target` or `folder`. Two equal snapshots mean byte-identical trees.
 */
export function snapshot(folder: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (dir: string, prefix: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      const key = prefix + name
      const stat = lstatSync(path)
      if (stat.isSymbolicLink()) out[key] = `link → ${readlinkSync(path)}`
      else if (stat.isDirectory()) {
        out[key] = 'folder'
        walk(path, `${key}/`)
      } else out[key] = createHash('sha256').update(readFileSync(path)).digest('hex')
    }
  }
  walk(folder, '')
  return out
}

/** Staging (`.dist-tmp-…`) or swapped-out (`.dist-old-…`) siblings a build left next to its output. */
export function leftovers(parent: string, name = 'dist'): string[] {
  return readdirSync(parent).filter((entry) => entry.startsWith(`.${name}-`))
}

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the compiled CLI (as users do), optionally with a `--import` preload for fault injection. */
export function runPolicyc(args: readonly string[], options: { cwd: string; env?: Record<string, string>; preload?: string }): Promise<CliRun> {
  const argv = [...(options.preload ? ['--import', options.preload] : []), cli, ...args]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { cwd: options.cwd, env: { ...process.env, NO_COLOR: '1', ...options.env }, stdio: 'pipe' })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}
