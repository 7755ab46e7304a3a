import { access } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { Config } from '../generated/config.js'
import { displayPath } from '../load/load-policy.js'
import { readSourceText } from '../load/read-text.js'
import type { SourceFile } from '../load/source-file.js'

export type { Config }

/** The project config file's name; policyc looks for it from the working folder upward. */
export const CONFIG_FILE = 'policyc.config.yaml'

export interface LoadedConfig {
  /** The valid config; empty when there is no file or it has problems. */
  config: Config
  /** The parsed file, for placing later problems (an unknown rule id) at their line. */
  file: SourceFile | undefined
  diagnostics: Diagnostic[]
}

/**
 * The nearest policyc.config.yaml in `cwd` or a folder above it, or undefined. The search stops
 * at the repository root (the first folder holding `.git`, a folder or a worktree's file): a
 * config placed folders above the repository switched every rule off (issue 20).
 */
export async function findConfig(cwd: string): Promise<string | undefined> {
  let dir = resolve(cwd)
  for (;;) {
    const candidate = join(dir, CONFIG_FILE)
    if (await exists(candidate)) return candidate
    const parent = dirname(dir)
    if (parent === dir || (await exists(join(dir, '.git')))) return undefined
    dir = parent
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}

/** Reads, parses and validates a config file; every problem is a diagnostic at its line (source `config`). */
export async function loadConfig(path: string, cwd: string): Promise<LoadedConfig> {
  const shown = displayPath(resolve(path), resolve(cwd))
  const read = await readSourceText(path, shown)
  // The YAML parser and the validator load only when there is a config to read: a project without
  // one starts `check` without them (issue 19 item 6).
  const [{ parseYaml }, { locate }, { validateAgainst }, { translateErrors }] = await Promise.all([
    import('../load/parse-yaml.js'),
    import('../load/locate.js'),
    import('../validate/validator.js'),
    import('../validate/messages.js'),
  ])
  if (read.text === undefined) return { config: {}, file: undefined, diagnostics: asConfig(read.diagnostics) }
  const parsed = parseYaml(read.text, shown)
  // An empty or comment-only file is a valid, empty config.
  if (parsed.diagnostics.length > 0 && parsed.diagnostics.every((d) => d.ruleId === 'empty-file')) return { config: {}, file: undefined, diagnostics: [] }
  if (!parsed.file) return { config: {}, file: undefined, diagnostics: asConfig(parsed.diagnostics) }
  if (parsed.diagnostics.length > 0) return { config: {}, file: parsed.file, diagnostics: asConfig(parsed.diagnostics) }
  const data = parsed.data
  const file = parsed.file
  const errors = validateAgainst('config', data)
  if (errors.length > 0) return { config: {}, file, diagnostics: translateErrors(errors, data, (p, part) => locate(file, p, part), 'config') }
  return { config: data as Config, file, diagnostics: [] }
}

function asConfig(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => ({ ...d, source: 'config' }))
}
