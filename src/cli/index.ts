#!/usr/bin/env node
/**
 * The policyc command line. `policyc --version` is answered here, from package.json, loading
 * nothing else, so it starts as fast as Node does; everything else loads the program (program.ts):
 * commander and each command's options, while a command's work is imported only when it runs.
 *
 * The program is loaded from lib/bundle/ (scripts/bundle-cli.mjs: a few large files instead of
 * ~400 modules, ~220 ms less per `check`) when that bundle was written after the modules tsc
 * compiled; after a bare `tsc` it is older, and the modules themselves run, so a stale bundle never
 * answers for new code.
 */
import { readFileSync, statSync } from 'node:fs'

const args = process.argv.slice(2)
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  process.stdout.write(`${pkg.version}\n`)
} else if (bundleIsCurrent()) {
  // A stack trace (POLICYC_DEBUG, program.ts) names the modules in lib/, not the bundle's chunks.
  if (process.env.POLICYC_DEBUG) process.setSourceMapsEnabled(true)
  await import(String(new URL('../bundle/program.js', import.meta.url)))
} else {
  await import('./program.js')
}

function bundleIsCurrent(): boolean {
  const bundled = statSync(new URL('../bundle/complete', import.meta.url), { throwIfNoEntry: false })
  // Under the tests this file runs from src/, beside no bundle.
  const compiled = statSync(new URL('./program.js', import.meta.url), { throwIfNoEntry: false })
  return bundled !== undefined && compiled !== undefined && bundled.mtimeMs >= compiled.mtimeMs
}
