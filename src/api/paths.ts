import { isAbsolute, resolve } from 'node:path'

/**
 * Policy paths as the stages take them. The stages read a path as given (relative to the
 * process's working folder) and report it as given, so when `cwd` is the working folder (the CLI)
 * paths stay as typed and diagnostics name them so; an API caller's `cwd` elsewhere makes them
 * absolute under that folder.
 */
export function policyPaths(paths: readonly string[] | undefined, cwd: string): string[] {
  const given = paths ?? ['policies']
  if (cwd === resolve(process.cwd())) return [...given]
  return given.map((path) => (isAbsolute(path) ? path : resolve(cwd, path)))
}
