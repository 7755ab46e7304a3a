import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { guardOutput, OutputRefused } from '../../src/site/output-guard.js'
import { root } from '../helpers/paths.js'
import { tempFolder } from '../site/site-helpers.js'
import { runPolicyc, snapshot } from './support/dist.js'

/**
 * Issue 20, findings 1 and 2: `--force` only overrides "a folder policyc did not create". It never
 * unlocks a place whose replacement destroys something else: `.git` anywhere, the home folder and
 * its dot-folders, system folders, the sources. No refusal of such a place suggests `--force`.
 */

const MINI = join(root, 'test/fixtures/render/mini')
let work: string
let repo: string
let home: string

beforeAll(() => {
  work = tempFolder('policyc-protected-')
  repo = join(work, 'repo')
  home = join(work, 'home')
  mkdirSync(join(repo, 'policies'), { recursive: true })
  cpSync(MINI, join(repo, 'policies', 'mini'), { recursive: true })
  execFileSync('git', ['init', '-q', repo])
  mkdirSync(join(repo, 'vendor', 'lib', '.git'), { recursive: true })
  writeFileSync(join(repo, 'vendor', 'lib', '.git', 'HEAD'), 'ref: refs/heads/main\n')
  mkdirSync(join(home, '.ssh'), { recursive: true })
  writeFileSync(join(home, '.ssh', 'id_ed25519'), 'PRIVATE KEY\n')
  mkdirSync(join(home, '.config', 'app'), { recursive: true })
  writeFileSync(join(home, '.config', 'app', 'settings'), 'kept\n')
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** guardOutput as the CLI calls it with --force, with HOME pointing at the test's home folder. */
function forced(out: string, cwd = repo): () => string {
  return () => {
    const saved = process.env['HOME']
    process.env['HOME'] = home
    try {
      return guardOutput(out, { cwd, sources: ['policies/mini'], force: true })
    } finally {
      process.env['HOME'] = saved
    }
  }
}

describe('--force never unlocks a protected place', () => {
  it.each([
    ['.git', /it is a \.git folder/],
    ['.git/hooks', /it is inside a \.git folder/],
    ['vendor/lib/.git', /it is a \.git folder/],
    ['vendor/lib/.GIT', /it is a \.git folder/],
  ])('refuses %s, a git repository, even with --force', (out, why) => {
    expect(forced(out)).toThrow(why)
  })

  it.each(['.ssh', '.config', '.config/app', '.gnupg/x'])('refuses ~/%s, a dot-folder of the home folder, even with --force', (sub) => {
    expect(forced(join(home, sub))).toThrow(/it is in a dot-folder of your home folder/)
  })

  it('refuses the home folder and any folder holding it, even with --force', () => {
    expect(forced(home)).toThrow(/it is your home folder/)
    expect(forced(work, root)).toThrow(/it holds your home folder/)
  })

  it.each(['/etc', '/etc/nginx', '/usr', '/usr/local/share/site', '/var', '/var/lib/x', '/bin', '/sbin', '/lib', '/boot', '/proc', '/proc/x/y', '/sys', '/dev', '/dev/shm/x', '/run', '/opt', '/srv', '/home', '/tmp', '/root'])(
    'refuses the system folder %s even with --force',
    (out) => {
      expect(forced(out)).toThrow(/it is a system folder|it is inside the system folder|your home folder|it is the root|holds the working folder/)
    },
  )

  it('no refusal of a protected place suggests --force', () => {
    for (const out of ['.git', 'vendor/lib/.git', join(home, '.ssh'), home, '/etc', '/usr', '/var', '.', '..', '/', 'policies', 'policies/mini/site']) {
      let message = ''
      try {
        forced(out)()
      } catch (error) {
        expect(error).toBeInstanceOf(OutputRefused)
        message = (error as Error).message
      }
      expect(message, out).not.toBe('')
      expect(message, out).not.toMatch(/--force/)
    }
  })

  it('still lets --force replace an ordinary foreign folder, such as /var/www/html would be', () => {
    const site = join(work, 'www', 'html')
    mkdirSync(site, { recursive: true })
    writeFileSync(join(site, 'index.html'), 'old generator')
    expect(forced(site)()).toBe(site)
  })

  it('the CLI: build --out .git --force in a repository exits 2, history kept', async () => {
    const before = snapshot(join(repo, '.git'))
    const result = await runPolicyc(['build', 'policies/mini', '--out', '.git', '--force'], { cwd: repo })
    expect(result.stderr).toBe('policyc: refusing to write the site to .git: it is a .git folder (a git repository); choose another folder\n')
    expect(result.code).toBe(2)
    expect(snapshot(join(repo, '.git'))).toEqual(before)
  })

  it('the CLI: HOME=… build --out ~/.ssh --force exits 2, the key stays', async () => {
    const result = await runPolicyc(['build', 'policies/mini', '--out', join(home, '.ssh'), '--force'], { cwd: repo, env: { HOME: home } })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^policyc: refusing to write the site to .*\.ssh: it is in a dot-folder of your home folder; choose another folder\n$/)
    expect(readFileSync(join(home, '.ssh', 'id_ed25519'), 'utf8')).toBe('PRIVATE KEY\n')
    expect(existsSync(join(home, '.ssh', 'mini'))).toBe(false)
  })
})
