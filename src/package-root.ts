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
