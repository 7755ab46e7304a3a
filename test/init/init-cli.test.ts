import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policyc-init-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Every file under a folder with its bytes and modification time, to prove nothing changed. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) await walk(path)
      else out[path.slice(root.length + 1)] = `${(await stat(path)).mtimeMs}:${await readFile(path, 'utf8')}`
    }
  }
  await walk(root)
  return out
}

describe('policyc init', () => {
  it('scaffolds a project that passes check and build at once', async () => {
    const init = await runCli(['init', '--org', 'Example Org', '--regions', 'eea,uk,us-ca'], { cwd: dir })
    expect(init.stderr).toBe('')
    expect(init.code).toBe(0)
    expect(init.stdout).toContain('✔ Created a policy project in . for Example Org (regions: eea, uk, us-ca):')
    for (const file of ['policies/example-org/policy.yaml', 'policyc.config.yaml', '.github/workflows/policy.yml', '.gitignore', 'package.json']) {
      expect(init.stdout).toContain(`  ${file}\n`)
    }
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toMatch(/^dist\/$/m)

    const check = await runCli(['check'], { cwd: dir })
    expect(check.code, check.stdout + check.stderr).toBe(0)
    expect(check.stdout).toContain('1 policy checked')

    const build = await runCli(['build'], { cwd: dir })
    expect(build.code, build.stdout + build.stderr).toBe(0)
    expect((await stat(join(dir, 'dist', 'example-org-privacy', 'us-ca', 'index.html'))).isFile()).toBe(true)
  })

  it('changes nothing when run again, and says why', async () => {
    expect((await runCli(['init', 'project'], { cwd: dir })).code).toBe(0)
    const before = await snapshot(dir)
    const again = await runCli(['init', 'project', '--regions', 'eea'], { cwd: dir })
    expect(again.code).toBe(2)
    expect(again.stdout).toBe('')
    expect(again.stderr).toContain('policyc: init changed nothing: these files exist in project and init never overwrites:')
    expect(again.stderr).toContain('  policies/example-organisation/policy.yaml\n')
    expect(again.stderr).toContain('hint: Run init in an empty folder')
    expect(await snapshot(dir)).toEqual(before)
  })

  it('keeps an existing package.json and .gitignore, and says what to add', async () => {
    await writeFile(join(dir, 'package.json'), '{"name":"mine"}\n')
    await writeFile(join(dir, '.gitignore'), 'node_modules/\n')
    const init = await runCli(['init'], { cwd: dir })
    expect(init.code).toBe(0)
    expect(init.stdout).toContain('kept package.json: it exists already; add policyc with `npm install --save-dev policyc`')
    expect(init.stdout).toContain('kept .gitignore: it exists already; add `dist/` to it')
    expect(await readFile(join(dir, 'package.json'), 'utf8')).toBe('{"name":"mine"}\n')
  })

  it('refuses a region without text in the example, writing nothing', async () => {
    await mkdir(join(dir, 'empty'))
    const init = await runCli(['init', 'empty', '--regions', 'eea,us-tx'], { cwd: dir })
    expect(init.code).toBe(2)
    expect(init.stderr).toContain('policyc: The starter policy has no text for `us-tx` yet\nhint: Start with the regions it covers')
    expect(await readdir(join(dir, 'empty'))).toEqual([])
  })

  it('--quiet prints nothing on success', async () => {
    const init = await runCli(['init', '--quiet'], { cwd: dir })
    expect(init).toMatchObject({ code: 0, stdout: '', stderr: '' })
  })
})
