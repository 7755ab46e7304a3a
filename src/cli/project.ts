import { existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { CONFIG_FILE } from '../config/load-config.js'

/**
 * Where a command runs from, as ESLint and most CLIs do it: the project is the nearest folder
 * with policyc.config.yaml at or above the working folder, else the root of the git repository
 * around it, else the working folder. Default paths (`policies`, `dist`) are that project's;
 * paths typed on the command line are the shell's, relative to the working folder. So
 * `policyc check` from `policies/acme/` checks the whole project, and `policyc check .` that policy.
 */
export function projectFolder(from: string = process.cwd()): string {
  for (const marker of [CONFIG_FILE, '.git']) {
    for (let folder = resolve(from); ; folder = dirname(folder)) {
      if (existsSync(join(folder, marker))) return folder
      if (dirname(folder) === folder) break
    }
  }
  return resolve(from)
}

export interface ProjectCall {
  /** The project folder: the API's `cwd`. */
  cwd: string
  /** The policy paths, for the API (relative to `cwd`, or absolute). */
  paths: string[]
  /** A path option (out, config) for the API: at its default, the project's. */
  option(value: string | undefined, defaultValue?: string): string | undefined
}

/**
 * The API call of a command run in `invocation` with these `paths` (`defaults` is the very array
 * commander passes when no path was typed). Typed paths, and a working folder that has a
 * `policies` folder of its own, run exactly as before: in the working folder, paths as typed, so
 * reports name files as the user wrote them.
 */
export function projectCall(paths: string[], defaults: readonly string[], invocation: string = process.cwd()): ProjectCall {
  const here = resolve(invocation)
  const asTyped: ProjectCall = { cwd: here, paths, option: (value) => value }
  if (paths !== defaults || defaults.some((p) => existsSync(join(here, p)))) return asTyped
  const cwd = projectFolder(here)
  if (cwd === here) return asTyped
  return {
    cwd,
    paths: [...defaults],
    // An option left at its default is the project's; one typed is relative to the working folder.
    option: (value, defaultValue) => (value === undefined ? undefined : value === defaultValue ? value : relative(cwd, resolve(here, value)) || '.'),
  }
}
