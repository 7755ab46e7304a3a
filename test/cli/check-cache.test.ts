/**
 * The check cache (src/load/check-cache.ts, issue 19 item 6): a second `policyc check` of
 * unchanged policies answers from node_modules/.cache/policyc/check and must print exactly what a
 * fresh check prints, in every format, with the same exit code; a changed file, a changed
 * translation or other lint settings must be checked again.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { runCli, type CliResult } from '../helpers/run-cli.js'

let project: string
let cache: string
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'policyc-check-cache-'))
  // Warnings and translations (xwms), a clean one-file policy (mini) and a schema error (bad-enum).
  cpSync(join(root, 'policies/xwms'), join(project, 'policies/xwms'), { recursive: true })
  cpSync(join(root, 'test/fixtures/render/mini'), join(project, 'policies/mini'), { recursive: true })
  cpSync(join(root, 'test/fixtures/invalid/bad-enum/policy.yaml'), join(project, 'policies/bad/policy.yaml'))
  writeFileSync(join(project, 'policyc.config.yaml'), 'rules: {}\n')
  cache = join(project, 'node_modules', '.cache', 'policyc', 'check')
})
afterAll(() => rmSync(project, { recursive: true, force: true }))

const check = (...args: string[]): Promise<CliResult> => runCli(['check', ...args], { cwd: project })

/** Cached results written so far. */
function entries(): number {
  if (!existsSync(cache)) return 0
  return readdirSync(cache, { recursive: true }).filter((name) => String(name).endsWith('.json')).length
}

describe('policyc check with its cache', () => {
  it.each(['pretty', 'json', 'github', 'sarif'])('prints the same %s output, exit code and stderr from the cache as without it', async (format) => {
    rmSync(cache, { recursive: true, force: true })
    const fresh = await check('--format', format, '--now', '2026-12-02')
    expect(entries()).toBe(3)
    const cached = await check('--format', format, '--now', '2026-12-02')
    expect(fresh.code).toBe(1)
    expect(fresh.stdout).toContain('bad')
    expect(cached).toEqual(fresh)
  })

  it('checks again a policy whose file changed, and only that one', async () => {
    rmSync(cache, { recursive: true, force: true })
    await check()
    expect(entries()).toBe(3)
    const data = join(project, 'policies/xwms/data.yaml')
    const before = readFileSync(data, 'utf8')
    // An unknown top-level key: a schema error that a stale cached result would not show.
    appendFileSync(data, '\nnot_a_policy_key: 1\n')
    try {
      const changed = await check()
      expect(changed.stdout).toContain('not_a_policy_key')
      expect(entries()).toBe(4)
      rmSync(cache, { recursive: true, force: true })
      expect(await check()).toEqual(changed)
    } finally {
      writeFileSync(data, before)
    }
  })

  it('checks again when a translation changes', async () => {
    rmSync(cache, { recursive: true, force: true })
    const locales = join(project, 'policies/xwms/locales')
    const [file] = readdirSync(locales).filter((name) => name.endsWith('.yaml'))
    const path = join(locales, file!)
    const before = readFileSync(path, 'utf8')
    const first = await check('--format', 'json')
    writeFileSync(path, `${before}\nnot_a_locale_key: 1\n`)
    try {
      const changed = await check('--format', 'json')
      expect(changed.stdout).not.toBe(first.stdout)
      rmSync(cache, { recursive: true, force: true })
      expect(await check('--format', 'json')).toEqual(changed)
    } finally {
      writeFileSync(path, before)
    }
  })

  it('keys on the lint settings: another date or a rule switched off is checked again', async () => {
    rmSync(cache, { recursive: true, force: true })
    await check('--now', '2026-12-02')
    expect(entries()).toBe(3)
    await check('--now', '2030-01-01')
    expect(entries()).toBe(6)
    writeFileSync(join(project, 'policyc.config.yaml'), 'rules:\n  notice-element-missing: off\n')
    try {
      const off = await check('--now', '2026-12-02', '--format', 'json')
      expect(entries()).toBe(9)
      expect(off.stdout).not.toContain('notice-element-missing')
    } finally {
      writeFileSync(join(project, 'policyc.config.yaml'), 'rules: {}\n')
    }
  })
})
