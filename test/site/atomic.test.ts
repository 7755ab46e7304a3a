import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardOutput, MARKER, OutputRefused } from '../../src/site/output-guard.js'
import { cli, root } from '../helpers/paths.js'
import { build, hashFiles, SHOWCASE, tempFolder } from './site-helpers.js'

const MINI = 'test/fixtures/render/mini'

let work: string
let out: string
let before: Record<string, string>

beforeAll(async () => {
  work = tempFolder('policyc-atomic-')
  out = join(work, 'dist')
  await build([MINI], { out })
  before = hashFiles(out)
})

afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Siblings a build leaves next to the output (none after a clean build or a clean failure). */
const leftovers = () => readdirSync(work).filter((name) => name.startsWith('.dist-'))

describe('atomic output', () => {
  it('leaves the previous site untouched when a build fails midway', async () => {
    let staged = 0
    const failing = build([SHOWCASE], {
      out,
      onFileStaged: () => {
        if (++staged === 7) throw new Error('renderer failure injected after 7 files')
      },
    })
    await expect(failing).rejects.toThrow('renderer failure injected')
    expect(staged).toBeGreaterThanOrEqual(7)
    expect(hashFiles(out)).toEqual(before)
    expect(leftovers()).toEqual([])
  })

  it('leaves the previous site untouched when a template fails on a later page', async () => {
    const templates = join(work, 'templates')
    cpSync(join(root, 'templates'), templates, { recursive: true })
    const page = readFileSync(join(templates, 'page.html'), 'utf8')
    // Only region pages have a region: the global page renders, then the first region page fails.
    writeFileSync(join(templates, 'page.html'), page.replace('{{#region}}', '{{#region}}{{region.nickname}}'))
    const result = await build([SHOWCASE], { out, templates })
    expect(result.written).toBe(false)
    expect(result.diagnostics).toMatchObject([{ ruleId: 'template-unknown-name', severity: 'error', reason: 'Unknown name `region.nickname` in the template' }])
    expect(result.diagnostics[0]!.file).toMatch(/page\.html$/)
    expect(hashFiles(out)).toEqual(before)
    expect(leftovers()).toEqual([])
  })

  it('replaces what the previous build wrote, and keeps files it did not write (more in test/hardening/output-folder.test.ts)', async () => {
    const target = join(work, 'replace')
    await build([SHOWCASE], { out: target })
    writeFileSync(join(target, 'stale.html'), 'added by hand, not in the manifest')
    await build([MINI], { out: target })
    expect(readFileSync(join(target, 'stale.html'), 'utf8')).toBe('added by hand, not in the manifest')
    expect(existsSync(join(target, 'showcase'))).toBe(false)
    expect(existsSync(join(target, 'mini/index.html'))).toBe(true)
  })

  it('leaves the previous site untouched when the build is interrupted (Ctrl-C or kill -9)', async () => {
    // Enough policies that the build is still writing when the signal arrives.
    const many = join(work, 'many')
    for (let i = 0; i < 20; i++) {
      mkdirSync(join(many, `p${i}`), { recursive: true })
      writeFileSync(join(many, `p${i}`, 'policy.yaml'), readFileSync(join(root, SHOWCASE, 'policy.yaml'), 'utf8').replace('id: showcase', `id: showcase-${i}`))
    }
    for (const signal of ['SIGINT', 'SIGKILL'] as const) {
      const child = spawn(process.execPath, [cli, 'build', many, '--out', out, '--quiet'], { cwd: work, stdio: 'pipe' })
      const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
      // Wait until the build has started staging files, then interrupt it.
      await waitFor(() => leftovers().some((name) => name.startsWith('.dist-tmp-') && readdirSync(join(work, name)).length > 0))
      child.kill(signal)
      const code = await exited
      expect(hashFiles(out)).toEqual(before)
      if (signal === 'SIGINT') {
        expect(code).toBe(130)
        expect(leftovers()).toEqual([])
      }
      for (const name of leftovers()) rmSync(join(work, name), { recursive: true, force: true })
    }
  })
})

describe('ids that would collide in the site', () => {
  it('refuses two policies with one id, a policy id the site uses, and a section id with the sanitizer prefix', async () => {
    const source = readFileSync(join(root, MINI, 'policy.yaml'), 'utf8')
    const folder = join(work, 'colliding')
    const write = (name: string, text: string) => {
      mkdirSync(join(folder, name), { recursive: true })
      writeFileSync(join(folder, name, 'policy.yaml'), text)
    }
    write('a', source)
    write('b', source)
    write('c', source.replace('id: mini', 'id: assets'))
    write('d', source.replace('id: mini', 'id: other').replace('  - id: intro', '  - id: user-content-intro'))
    const result = await build([folder], { out: join(work, 'colliding-out'), cwd: '/' })
    expect(result.written).toBe(false)
    expect(result.diagnostics.map((d) => d.ruleId).sort()).toEqual(['duplicate-policy-id', 'reserved-policy-id', 'reserved-section-id'])
    expect(existsSync(join(work, 'colliding-out'))).toBe(false)
  })
})

describe('output folder guard', () => {
  const guard = (target: string, options: { sources?: string[]; force?: boolean } = {}) => () => guardOutput(target, { cwd: work, sources: options.sources ?? ['policies'], force: options.force })

  it('refuses the working folder, its parents, the home folder and the filesystem root', () => {
    expect(guard('.')).toThrow(OutputRefused)
    expect(guard('..')).toThrow(/holds the working folder/)
    expect(guard(homedir())).toThrow(/home folder|holds the working folder/)
    expect(guard('/')).toThrow(/root of the filesystem/)
  })

  it('refuses policies/, a folder holding the sources and a folder inside them, even with --force', () => {
    mkdirSync(join(work, 'src-policies', 'one'), { recursive: true })
    expect(guard('policies', { force: true })).toThrow(/policies folder/)
    expect(guard('policies/site', { force: true })).toThrow(/policies folder/)
    expect(guard('src-policies', { sources: ['src-policies/one'], force: true })).toThrow(/holds the sources/)
    expect(guard('src-policies/one/site', { sources: ['src-policies/one'], force: true })).toThrow(/inside the sources/)
  })

  it('refuses a non-empty folder it did not create unless --force, and accepts its own or an empty one', () => {
    const foreign = join(work, 'foreign')
    mkdirSync(foreign)
    expect(guard('foreign')).not.toThrow()
    writeFileSync(join(foreign, 'thesis.docx'), 'precious')
    expect(guard('foreign')).toThrow(/not empty and policyc did not create it/)
    expect(guard('foreign', { force: true })).not.toThrow()
    expect(existsSync(join(out, MARKER))).toBe(true)
    expect(guard('dist')).not.toThrow()
    writeFileSync(join(work, 'file.txt'), '')
    expect(guard('file.txt', { force: true })).toThrow(/is a file/)
  })
})

async function waitFor(condition: () => boolean, timeout = 20_000): Promise<void> {
  const started = Date.now()
  while (!condition()) {
    if (Date.now() - started > timeout) throw new Error('timed out waiting for the build to start writing')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}
