import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * The folder holding package.json, schemas/ and templates/. Both src/ (run by the tests) and
 * lib/ (the compiled CLI) sit one level below it, so one relative step works for both.
 */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url))

/** An absolute path to a file shipped with the package. */
export function packagePath(...segments: string[]): string {
  return packageRoot + segments.join('/')
}

/**
 * Whether a file is part of lib/bundle/ (scripts/bundle-cli.mjs): lib/'s own modules and the
 * dependencies put together. The caches' digests of policyc's code skip it: the modules are
 * digested already, and its 10 MB again would double what the digest reads.
 */
export function isBundled(path: string): boolean {
  return path.startsWith(packagePath('lib/bundle/'))
}

/** policyc's version, from its package.json (read on first use). */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version
  return version
}
let version: string | undefined
