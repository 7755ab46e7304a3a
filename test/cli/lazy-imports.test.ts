import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'

// `policyc --version` and `--help` must start about as fast as Node itself: index.ts imports only
// Node built-ins, and the options files that every run loads import nothing but commander and
// each other (each of them held to the same rule; build shares check's `--jobs`). (How
// fast is for the benchmark, bench/run.mjs, to say; this only keeps the imports from creeping in.)

const commands = join(root, 'src', 'cli', 'commands')

/** The modules a file imports at load time (not `import type`, not `await import(...)`). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)].map((m) => m[1] ?? m[2] ?? '')
}

describe('what a policyc start-up loads', () => {
  it('index.ts imports only Node built-ins', () => {
    expect(staticImports(join(root, 'src', 'cli', 'index.ts')).every((m) => m.startsWith('node:'))).toBe(true)
  })

  it.each(readdirSync(commands).filter((f) => f.endsWith('-options.ts')))('%s imports nothing but commander and other options files', (file) => {
    expect(staticImports(join(commands, file)).filter((m) => m !== 'commander' && !/^\.\/[a-z-]+-options\.js$/.test(m))).toEqual([])
  })

  it('--version prints the version, and so does -v', async () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
    for (const flag of ['--version', '-v']) {
      const result = await runCli([flag])
      expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' })
    }
  })
})
