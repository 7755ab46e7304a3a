import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { foreignEntries } from '../../src/site/keep-foreign.js'
import { guardOutput, MANIFEST, MARKER, OutputRefused } from '../../src/site/output-guard.js'
import { isSafeOutputPath } from '../../src/site/staging-folder.js'
import { root } from '../helpers/paths.js'
import { build, tempFolder } from '../site/site-helpers.js'
import { leftovers, snapshot } from './support/dist.js'

/**
 * Promise 2: "policyc never deletes a file it did not write". The manifest of the last build
 * says what policyc wrote; everything else in the output folder survives a rebuild, and the
 * dangerous output folders are refused before anything is staged.
 */

const MINI = 'test/fixtures/render/mini'
let work: string

beforeAll(() => {
  work = tempFolder('policyc-keep-')
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** A folder of one-policy folders made from the mini fixture with other ids. */
function policies(name: string, ids: readonly string[]): string {
  const folder = join(work, name)
  const source = readFileSync(join(root, MINI, 'policy.yaml'), 'utf8')
  rmSync(folder, { recursive: true, force: true })
  for (const id of ids) {
    mkdirSync(join(folder, id), { recursive: true })
    writeFileSync(join(folder, id, 'policy.yaml'), source.replace('id: mini', `id: ${id}`))
  }
  return folder
}

/** What a user keeps next to a published site: none of it is policyc's. */
function addForeignFiles(out: string): void {
  writeFileSync(join(out, 'CNAME'), 'privacy.example.com\n')
  mkdirSync(join(out, '.well-known'))
  writeFileSync(join(out, '.well-known', 'security.txt'), 'Contact: mailto:security@example.com\n')
  mkdirSync(join(out, '.git', 'refs'), { recursive: true })
  writeFileSync(join(out, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n')
  writeFileSync(join(out, 'assets', 'custom.css'), 'body { color: teal }\n')
  writeFileSync(join(out, 'alpha', 'notes.txt'), 'kept inside a policy folder\n')
  symlinkSync('alpha/index.html', join(out, 'latest.html'))
}

const foreignOnly = (snap: Record<string, string>) =>
  Object.fromEntries(Object.entries(snap).filter(([path]) => /^(CNAME|\.well-known|\.git|assets\/custom\.css|alpha\/notes\.txt|latest\.html)/.test(path)))

describe('files policyc did not write survive every build', () => {
  it('keeps CNAME, .well-known/, .git/, a file in assets/, a note in a policy folder and a symlink, byte for byte', async () => {
    const out = join(work, 'site')
    const sources = policies('two', ['alpha', 'beta'])
    await build([sources], { out, cwd: '/' })
    addForeignFiles(out)
    const before = foreignOnly(snapshot(out))
    await build([sources], { out, cwd: '/' })
    expect(foreignOnly(snapshot(out))).toEqual(before)
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')) as { files: { path: string }[] }
    expect(manifest.files.map((f) => f.path).filter((p) => Object.keys(before).some((k) => p.startsWith(k)))).toEqual([])
    expect(leftovers(work, 'site')).toEqual([])
  })

  it('removes the pages of a policy deleted or renamed between builds, and keeps the foreign files', async () => {
    const out = join(work, 'site')
    const before = foreignOnly(snapshot(out))
    // beta deleted, alpha kept, gamma new (a rename of beta, as far as the site can tell).
    await build([policies('renamed', ['alpha', 'gamma'])], { out, cwd: '/' })
    expect(existsSync(join(out, 'beta'))).toBe(false)
    expect(existsSync(join(out, 'gamma/index.html'))).toBe(true)
    expect(foreignOnly(snapshot(out))).toEqual(before)
    // alpha deleted too: its pages go, the note a user left in its folder stays.
    await build([policies('only-gamma', ['gamma'])], { out, cwd: '/' })
    expect(existsSync(join(out, 'alpha/index.html'))).toBe(false)
    expect(readFileSync(join(out, 'alpha/notes.txt'), 'utf8')).toBe('kept inside a policy folder\n')
    expect(foreignOnly(snapshot(out))).toEqual(before)
  })

  it('refuses a build that would overwrite a file policyc did not write; the output stays byte-identical', async () => {
    const out = join(work, 'site')
    mkdirSync(join(out, 'delta'))
    writeFileSync(join(out, 'delta', 'index.html'), '<p>hand-made page</p>')
    const before = snapshot(out)
    await expect(build([policies('delta', ['delta'])], { out, cwd: '/' })).rejects.toThrow(
      new OutputRefused(`refusing to replace delta/index.html in the output folder: policyc did not write it (it is not in ${MANIFEST}) and this build would overwrite it. Move or rename it, then build again`),
    )
    expect(snapshot(out)).toEqual(before)
    expect(leftovers(work, 'site')).toEqual([])
  })

  it('a marker without a readable manifest proves nothing was policyc\'s: every file is kept', async () => {
    const out = join(work, 'no-manifest')
    mkdirSync(out)
    writeFileSync(join(out, MARKER), '')
    writeFileSync(join(out, 'old.html'), 'unknown origin')
    expect(await foreignEntries(out)).toEqual(['old.html'])
    writeFileSync(join(out, MANIFEST), '{ not json')
    expect(await foreignEntries(out)).toEqual(['old.html'])
  })

  it('--force replaces a foreign folder but still keeps its .git', async () => {
    const out = join(work, 'forced')
    mkdirSync(join(out, '.git'), { recursive: true })
    writeFileSync(join(out, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n')
    writeFileSync(join(out, 'old-generator.html'), 'replaced, as --force asked')
    await build([MINI], { out, force: true })
    expect(readFileSync(join(out, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages\n')
    expect(existsSync(join(out, 'old-generator.html'))).toBe(false)
    expect(existsSync(join(out, 'mini/index.html'))).toBe(true)
  })
})

describe('dangerous output folders are refused before anything is staged', () => {
  // A repository with its sources, as the CLI sees it from its working folder.
  let repo: string
  beforeAll(() => {
    repo = join(work, 'repo')
    mkdirSync(join(repo, 'policies', 'mini'), { recursive: true })
    mkdirSync(join(repo, '.git'), { recursive: true })
    mkdirSync(join(repo, 'docs'), { recursive: true })
    writeFileSync(join(repo, 'docs', 'handbook.md'), 'precious')
    symlinkSync(homedir(), join(repo, 'home-link'))
    symlinkSync(join(repo, 'policies'), join(repo, 'policies-link'))
    symlinkSync(join(work, 'elsewhere'), join(repo, 'out-link'))
    mkdirSync(join(work, 'elsewhere'), { recursive: true })
  })
  const guard = (out: string, force = false) => () => guardOutput(out, { cwd: repo, sources: ['policies/mini'], force })

  it.each([
    ['.', 'it is the working folder (the repository)'],
    ['..', 'it holds the working folder (the repository)'],
    ['/', 'it is the root of the filesystem'],
    ['policies', 'it is the policies folder, where the sources live'],
    ['policies/mini/site', 'it is the policies folder, where the sources live'],
    ['home-link', 'it is a symbolic link; pass the folder it points to instead'],
    ['out-link', 'it is a symbolic link; pass the folder it points to instead'],
    ['policies-link/site', 'it is the policies folder, where the sources live'],
    ['docs', `it is not empty and policyc did not create it (no ${MARKER} file). Choose another folder, empty it, or pass --force to replace it`],
  ])('refuses %s', (out, why) => {
    expect(guard(out)).toThrow(new OutputRefused(`refusing to write the site to ${out}: ${why}`))
  })

  it('refuses the home folder itself, and the sources (even with --force)', () => {
    expect(guard(homedir(), true)).toThrow(/it is your home folder|holds the working folder/)
    expect(() => guardOutput(join(repo, 'policies'), { cwd: join(work, 'elsewhere'), sources: [join(repo, 'policies', 'mini')], force: true })).toThrow(/holds the sources/)
    expect(() => guardOutput(join(repo, 'policies', 'mini', 'x'), { cwd: join(work, 'elsewhere'), sources: [join(repo, 'policies', 'mini')], force: true })).toThrow(/inside the sources/)
  })

  it('refuses through the CLI with exit 2 and one line, and leaves the folder as it was', async () => {
    const before = snapshot(join(repo, 'docs'))
    const { runPolicyc } = await import('./support/dist.js')
    const result = await runPolicyc(['build', join(root, MINI), '--out', 'docs'], { cwd: repo })
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(`policyc: refusing to write the site to docs: it is not empty and policyc did not create it (no ${MARKER} file). Choose another folder, empty it, or pass --force to replace it\n`)
    expect(snapshot(join(repo, 'docs'))).toEqual(before)
  })
})

describe('output paths', () => {
  it('never climb out of the output folder or use a drive, backslash or NUL', () => {
    for (const bad of ['../x', '/abs', 'a//b', './a', 'a/..', 'C:/x', 'a\\b', 'a\0b', '']) expect(isSafeOutputPath(bad), bad).toBe(false)
    for (const good of ['index.html', 'mini/us-ca/index.html', 'mini/consent/global.en.json', '.well-known/x']) expect(isSafeOutputPath(good), good).toBe(true)
  })
})
