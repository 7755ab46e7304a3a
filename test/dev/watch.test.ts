import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
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

describe.each([['fs.watch', false], ['poll', true]] as const)('watchProject (%s)', (mode, poll) => {
  const start = () => {
    watcher = watchProject({ root, folders: ['policies', 'schemas'], files: ['policyc.config.yaml'], onChange: (paths) => batches.push(paths), poll, pollIntervalMs: 50 })
    expect(watcher.mode).toBe(mode)
  }

  it('reports a burst of saves as one batch, atomic renames included', async () => {
    start()
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
    start()
    await settle()
    await writeFile(join(root, 'policyc.config.yaml'), 'rules: {}\n')
    await waitFor(seen('policyc.config.yaml'), 'the config', 5000)
    await mkdir(join(root, 'schemas'))
    await writeFile(join(root, 'schemas', 'x.json'), '{}')
    await waitFor(async () => (batches.flat().some((p) => p.startsWith(join(root, 'schemas'))) ? true : undefined), 'the new folder', 5000)
  })

  it('survives the policies folder being deleted and created again', async () => {
    start()
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
