import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { build, hashFiles, SHOWCASE, tempFolder } from './site-helpers.js'

let work: string

beforeAll(() => {
  work = tempFolder('policyc-cli-')
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('policyc build', () => {
  it('explains itself with examples', async () => {
    const result = await runCli(['build', '--help'])
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('--out <dir>')
    expect(result.stdout).toContain('--base-url <url>')
    expect(result.stdout).toContain('--force')
    expect(result.stdout).toContain('policyc build policies/xwms --out public')
  })

  it('builds and prints one summary line: pages written and time', async () => {
    const result = await runCli(['build', join(root, SHOWCASE), '--out', 'site', '--base-url', 'https://example.org/'], { cwd: work })
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const summary = result.stdout.trimEnd().split('\n').at(-1)
    expect(summary).toMatch(/^✔ built 9 pages \(\d+ files, 1 policy\) into site\/ in \d+\.\d\d s, \d+ warnings$/)
    expect(existsSync(join(work, 'site/showcase/us-ca/index.html'))).toBe(true)
    expect(existsSync(join(work, 'site/sitemap.xml'))).toBe(true)
  })

  it('writes the same bytes in another process, time zone and locale', async () => {
    const env = { TZ: 'America/St_Johns', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' }
    const result = await runCli(['build', join(root, SHOWCASE), '--out', 'other', '--base-url', 'https://example.org/', '--quiet'], { cwd: work, env })
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('')
    await build([SHOWCASE], { out: join(work, 'in-process'), baseUrl: 'https://example.org/' })
    expect(hashFiles(join(work, 'other'))).toEqual(hashFiles(join(work, 'in-process')))
  })

  it('validates first and writes nothing when a policy has errors', async () => {
    const result = await runCli(['build', join(root, 'test/fixtures/invalid'), '--out', 'broken'], { cwd: work })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/✖ nothing built: \d+ errors? in \d+ polic/)
    expect(existsSync(join(work, 'broken'))).toBe(false)
  })

  it('refuses a dangerous output folder with exit code 2 and no stack trace', async () => {
    const result = await runCli(['build', join(root, SHOWCASE), '--out', '.'], { cwd: work })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('policyc: refusing to write the site to .: it is the working folder (the repository)\n')
  })

  it('rejects a base URL that is not an absolute http(s) URL', async () => {
    const result = await runCli(['build', join(root, SHOWCASE), '--out', 'x', '--base-url', 'example.org'], { cwd: work })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--base-url expects an absolute URL')
  })
})
