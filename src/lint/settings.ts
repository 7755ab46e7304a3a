import { access } from 'node:fs/promises'
import { resolve } from 'node:path'
import { CONFIG_FILE, findConfig, loadConfig } from '../config/load-config.js'
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js'
import { suggestion } from '../diagnostics/did-you-mean.js'
import type { LintOptions } from './lint.js'

export interface SettingsInput {
  cwd: string
  /** `--config FILE`; otherwise policyc.config.yaml is looked for from `cwd` upward. */
  configPath?: string | undefined
  /** `--now YYYY-MM-DD`. */
  now?: string | undefined
  /** Where SOURCE_DATE_EPOCH is read from (process.env in the CLI). */
  env?: Readonly<Record<string, string | undefined>>
}

export type Settings =
  | {
      ok: true
      lint: LintOptions
      /** Problems in the config file, reported with the policies' diagnostics. */
      diagnostics: Diagnostic[]
      /** Where `now` came from, for messages: "--now", "SOURCE_DATE_EPOCH", the config file, or undefined. */
      nowSource: string | undefined
      configFile: string | undefined
    }
  /** A usage problem (bad --now, bad SOURCE_DATE_EPOCH, --config file missing): exit 2. */
  | { ok: false; error: string }

/**
 * The lint settings of one run: rule severities from the project config, and "today" from
 * `--now`, else SOURCE_DATE_EPOCH, else `now` in the config. Never the system clock: with none of
 * the three, date-based rules are skipped with a note, so every machine gets the same result.
 */
export async function resolveSettings(input: SettingsInput): Promise<Settings> {
  let configFile: string | undefined
  if (input.configPath !== undefined) {
    configFile = resolve(input.cwd, input.configPath)
    if (!(await findConfigAt(configFile))) return { ok: false, error: `--config: \`${input.configPath}\` does not exist` }
  } else {
    configFile = await findConfig(input.cwd)
  }
  const loaded = configFile ? await loadConfig(configFile, input.cwd) : { config: {}, file: undefined, diagnostics: [] }
  const diagnostics = [...loaded.diagnostics]
  const severities = { ...loaded.config.rules }
  // The registry loads every rule and what they use (the coverage renderer among them): only when
  // the config names rules, so a start-up that needs no rule does not pay for it (issue 19 item 6).
  const RULE_IDS = Object.keys(severities).length > 0 ? (await import('./registry.js')).RULE_IDS : []
  for (const id of Object.keys(severities)) {
    if (RULE_IDS.includes(id)) continue
    delete severities[id]
    const { locate } = await import('../load/locate.js')
    const at = loaded.file ? locate(loaded.file, ['rules', id], 'key') : { file: CONFIG_FILE, start: { line: 1, column: 1 } }
    diagnostics.push(diagnose(at, { ruleId: 'unknown-rule', source: 'config', severity: 'error', reason: `Unknown lint rule \`${id}\``, hint: suggestion(id, RULE_IDS) ?? 'Run `policyc explain` to list the rules.' }))
  }

  let now: string | undefined
  let nowSource: string | undefined
  const epoch = input.env?.SOURCE_DATE_EPOCH
  if (input.now !== undefined) {
    if (!isCalendarDate(input.now)) return { ok: false, error: `--now expects a date written YYYY-MM-DD, got "${input.now}"` }
    now = input.now
    nowSource = '--now'
  } else if (epoch !== undefined && epoch !== '') {
    if (!/^\d{1,12}$/.test(epoch)) return { ok: false, error: `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01, got "${epoch}"` }
    now = new Date(Number(epoch) * 1000).toISOString().slice(0, 10)
    nowSource = 'SOURCE_DATE_EPOCH'
  } else if (loaded.config.now !== undefined) {
    now = loaded.config.now
    nowSource = loaded.file?.path ?? CONFIG_FILE
  }
  return { ok: true, lint: { now, severities }, diagnostics, nowSource, configFile }
}

/** YYYY-MM-DD naming a day that exists. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

async function findConfigAt(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}
