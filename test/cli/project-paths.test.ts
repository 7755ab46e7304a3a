/**
 * Paths as in every other CLI: run from any subfolder of a project, `check` and `build` find the
 * project by its policyc.config.yaml (or git root) and use its policies/ and dist/; typed paths
 * stay relative to the working folder. The browser for PDFs: --chrome-path, CHROME_PATH, and the
 * usual places on Linux, macOS and Windows.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chromiumCandidates, findChromium } from '../../src/export/pdf.js'
import { projectFolder } from '../../src/cli/project.js'
import { root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'

let project: string
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'policyc-paths-'))
  cpSync(join(root, 'policies/acme'), join(project, 'policies/acme'), { recursive: true })
  writeFileSync(join(project, 'policyc.config.yaml'), 'rules: {}\n')
})
afterAll(() => rmSync(project, { recursive: true, force: true }))

describe('run from a subfolder', () => {
  it('finds the project by its config file', () => {
    expect(projectFolder(join(project, 'policies', 'acme'))).toBe(project)
  })

  it('checks the whole project with no path, and the folder typed with one', async () => {
    const sub = join(project, 'policies', 'acme')
    const all = await runCli(['check', '--now', '2026-12-02'], { cwd: sub })
    expect(all.stderr).toBe('')
    expect(all.stdout).not.toContain('does not exist')
    expect(all.stdout).toMatch(/1 policy checked/)
    expect(all.code).toBe(0)
    const typed = await runCli(['check', '.', '--now', '2026-12-02'], { cwd: sub })
    expect(typed.stdout).toMatch(/1 policy checked/)
  })

  it("builds into the project's dist/, or into a typed --out relative to the working folder", async () => {
    const sub = join(project, 'policies')
    const built = await runCli(['build', '--now', '2026-12-02'], { cwd: sub })
    expect(built.code, built.stdout + built.stderr).toBe(0)
    expect(existsSync(join(project, 'dist', 'index.html'))).toBe(true)
    expect(existsSync(join(sub, 'dist'))).toBe(false)
    const typed = await runCli(['build', '--now', '2026-12-02', '--out', '../site'], { cwd: sub })
    expect(typed.code, typed.stdout + typed.stderr).toBe(0)
    expect(existsSync(join(project, 'site', 'index.html'))).toBe(true)
  })
})

describe('--version', () => {
  it('prints the version and nothing else', async () => {
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
    for (const flag of ['--version', '-v']) expect((await runCli([flag])).stdout).toBe(`${version}\n`)
  })
})

describe('the browser for PDFs', () => {
  it('takes CHROME_PATH first, then the usual places of each system', async () => {
    expect(await findChromium({ CHROME_PATH: '/opt/chrome/chrome' }, 'linux')).toBe('/opt/chrome/chrome')
    expect(chromiumCandidates({}, 'darwin')[0]).toBe('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome')
    expect(chromiumCandidates({ PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toContain('C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe')
    expect(await findChromium({}, 'linux')).toBe('/usr/bin/chromium')
  })

  it('--chrome-path names the browser; a wrong one is an environment error that names it', async () => {
    const result = await runCli(['build', '--pdf', '--chrome-path', '/nowhere/chrome', '--out', 'pdf-out', '--now', '2026-12-02'], { cwd: project })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('No Chromium at /nowhere/chrome')
    expect(existsSync(join(project, 'pdf-out'))).toBe(false)
  })
})
