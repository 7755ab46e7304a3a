#!/usr/bin/env node
/**
 * The policyc command line. `policyc --version` is answered here, from package.json, loading
 * nothing else, so it starts as fast as Node does; everything else loads the program (program.ts):
 * commander and each command's options, while a command's work is imported only when it runs.
 */
import { readFileSync } from 'node:fs'

const args = process.argv.slice(2)
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  process.stdout.write(`${pkg.version}\n`)
} else {
  await import('./program.js')
}
