import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { check } from '../../src/api/check.js'
import { cachedTree, proseCacheInProject, useProseCache } from '../../src/prose/parse-cache.js'
import { parseProse } from '../../src/prose/parse-prose.js'
import { tempFolder } from '../site/site-helpers.js'

/** Every file under a folder, recursively (relative paths). */
const filesIn = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))

describe('the persistent parse cache of section bodies (issue 19 item 6)', () => {
  let project: string
  beforeAll(() => {
    project = tempFolder('policyc-parse-cache-')
    cpSync('policies/xwms', join(project, 'policies', 'xwms'), { recursive: true })
  })
  afterAll(() => {
    useProseCache(undefined)
    rmSync(project, { recursive: true, force: true })
  })

  it('is written by check into the project, and a second check reports exactly the same', async () => {
    const first = await check({ cwd: project, paths: ['policies'] })
    const stored = filesIn(proseCacheInProject(project))
    expect(stored.length).toBeGreaterThan(10)
    expect(stored.every((file) => file.endsWith('.json'))).toBe(true)
    const second = await check({ cwd: project, paths: ['policies'] })
    expect(second.diagnostics).toEqual(first.diagnostics)
  })

  it('gives back the very tree the parser makes, positions included', () => {
    useProseCache(proseCacheInProject(project))
    const body = 'Some **text** with a [link](https://example.com) and :ref{id=x}.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n::table{of=categories}\n'
    const parsed = parseProse(body).tree
    expect(cachedTree(body)).toEqual(parsed)
    expect(JSON.stringify(cachedTree(body))).toBe(JSON.stringify(parsed))
  })

  it('ignores a damaged entry: the body is parsed again and check still reports the same', async () => {
    const before = await check({ cwd: project, paths: ['policies'] })
    for (const file of filesIn(proseCacheInProject(project))) writeFileSync(file, '{"type":"root","chil')
    expect(filesIn(proseCacheInProject(project)).map((file) => readFileSync(file, 'utf8'))[0]).toBe('{"type":"root","chil')
    // A fresh text (so the process's own memo does not answer) whose entry is damaged reads as absent.
    const body = `A body seen once ${project}.\n`
    parseProse(body)
    const [entry] = filesIn(proseCacheInProject(project)).filter((file) => readFileSync(file, 'utf8') !== '{"type":"root","chil')
    writeFileSync(entry!, 'not json')
    expect(cachedTree(body)).toBeUndefined()
    const after = await check({ cwd: project, paths: ['policies'] })
    expect(after.diagnostics).toEqual(before.diagnostics)
  })
})
