import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { watchProject, type ProjectWatcher } from '../../src/dev/watch.js'
import { waitFor } from './http.js'

let root: string
let watcher: ProjectWatcher | undefined
let batches: string[][]

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'policyc-watch-'))
  await mkdir(join(root, 'policies', 'p'), { recursive: true })
  await writeFile(join(root, 'policies', 'p', 'policy.yaml'), 'id: p\n')
  batches = []
})

afterEach(async () => {
  watcher?.close()
  watcher = undefined
  await rm(root, { recursive: true, force: true })
})

const settle = () => new Promise((wake) => setTimeout(wake, 150))
const seen = (path: string) => async () => (batches.some((batch) => batch.includes(join(root, path))) ? true : undefined)

describe.each([['chokidar', false], ['poll', true]] as const)('watchProject (%s)', (mode, poll) => {
  const start = async () => {
    watcher = watchProject({ root, folders: ['policies', 'schemas'], files: ['policyc.config.yaml'], onChange: (paths) => batches.push(paths), poll, pollIntervalMs: 50 })
    expect(watcher.mode).toBe(mode)
    await watcher.ready
  }
  /** A save as sed -i, vim and many editors make it: a new file renamed over the old one. */
  const renameSave = async (file: string, text: string) => {
    await writeFile(`${file}.tmp`, text)
    await rename(`${file}.tmp`, file)
  }
  /** Waits for a batch with this file after `before` batches. */
  const seenAfter = (before: number, file: string) => waitFor(async () => (batches.slice(before).some((b) => b.includes(file)) ? true : undefined), `a change of ${file}`, 5000)

  it('sees two rename-style saves in a row, and ten (the second such save is what fs.watch lost)', async () => {
    await start()
    for (let i = 1; i <= 10; i++) {
      const before = batches.length
      await renameSave(join(root, 'policies', 'p', 'policy.yaml'), `id: p\ntitle: save ${i}\n`)
      await seenAfter(before, join(root, 'policies', 'p', 'policy.yaml'))
      await settle()
    }
  })

  it('sees a git checkout of another revision', async () => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: root, stdio: 'pipe' })
    git('init', '-q', '-b', 'main')
    git('add', '-A')
    git('commit', '-qm', 'one')
    await writeFile(join(root, 'policies', 'p', 'policy.yaml'), 'id: p\ntitle: two\n')
    git('commit', '-qam', 'two')
    await start()
    const before = batches.length
    git('checkout', '-q', 'HEAD~1')
    await seenAfter(before, join(root, 'policies', 'p', 'policy.yaml'))
    expect(await readFile(join(root, 'policies', 'p', 'policy.yaml'), 'utf8')).toBe('id: p\n')
    const back = batches.length
    await settle()
    git('checkout', '-q', 'main')
    await seenAfter(back, join(root, 'policies', 'p', 'policy.yaml'))
  })

  it('sees saves in a policy folder that was deleted and created again', async () => {
    await start()
    await rm(join(root, 'policies', 'p'), { recursive: true })
    await settle()
    await mkdir(join(root, 'policies', 'p'))
    await writeFile(join(root, 'policies', 'p', 'policy.yaml'), 'id: p\ntitle: back\n')
    await settle()
    const before = batches.length
    await renameSave(join(root, 'policies', 'p', 'policy.yaml'), 'id: p\ntitle: saved again\n')
    await seenAfter(before, join(root, 'policies', 'p', 'policy.yaml'))
  })

  it('reports a burst of saves as one batch, atomic renames included', async () => {
    await start()
    await settle()
    await writeFile(join(root, 'policies', 'p', 'policy.yaml'), 'id: p\ntitle: a\n')
    await writeFile(join(root, 'policies', 'p', '.policy.yaml.swp'), 'x')
    await writeFile(join(root, 'policies', 'p', 'policy.yaml.tmp'), 'id: p\ntitle: b\n')
    await rename(join(root, 'policies', 'p', 'policy.yaml.tmp'), join(root, 'policies', 'p', 'policy.yaml'))
    await waitFor(seen('policies/p/policy.yaml'), 'the save', 5000)
    await settle()
    expect(batches).toHaveLength(1)
    expect(batches[0]!.some((p) => p.endsWith('.swp') || p.endsWith('.tmp'))).toBe(false)
  })

  it('sees the config file and a folder created after the start', async () => {
    await start()
    await settle()
    await writeFile(join(root, 'policyc.config.yaml'), 'rules: {}\n')
    await waitFor(seen('policyc.config.yaml'), 'the config', 5000)
    await mkdir(join(root, 'schemas'))
    await writeFile(join(root, 'schemas', 'x.json'), '{}')
    await waitFor(async () => (batches.flat().some((p) => p.startsWith(join(root, 'schemas'))) ? true : undefined), 'the new folder', 5000)
  })

  it('survives the policies folder being deleted and created again', async () => {
    await start()
    await settle()
    await rm(join(root, 'policies'), { recursive: true })
    await settle()
    await mkdir(join(root, 'policies', 'q'), { recursive: true })
    await settle()
    await writeFile(join(root, 'policies', 'q', 'policy.yaml'), 'id: q\n')
    await settle()
    await writeFile(join(root, 'policies', 'q', 'policy.yaml'), 'id: q\ntitle: again\n')
    await waitFor(seen('policies/q/policy.yaml'), 'a save in the recreated folder', 5000)
  })
})
