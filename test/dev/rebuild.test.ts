import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scopeOfChanges } from '../../src/dev/builder.js'
import { createRebuildQueue } from '../../src/dev/rebuild-queue.js'

describe('createRebuildQueue', () => {
  it('never runs two builds at once and hands every change made meanwhile to one follow-up', async () => {
    const runs: string[][] = []
    let active = 0
    let most = 0
    const gates: (() => void)[] = []
    const queue = createRebuildQueue(async (paths) => {
      runs.push(paths)
      active++
      most = Math.max(most, active)
      await new Promise<void>((open) => gates.push(open))
      active--
    })
    queue.push(['a'])
    queue.push(['b'])
    queue.push(['c', 'b'])
    expect(runs).toEqual([['a']])
    gates.shift()!()
    await new Promise((wake) => setTimeout(wake, 10))
    expect(runs).toEqual([['a'], ['b', 'c']])
    gates.shift()!()
    await queue.idle()
    expect(runs).toHaveLength(2)
    expect(most).toBe(1)
  })

  it('goes on after a build that throws', async () => {
    const runs: string[][] = []
    const queue = createRebuildQueue(async (paths) => {
      runs.push(paths)
      if (paths.includes('bad')) throw new Error('boom')
    })
    queue.push(['bad'])
    await queue.idle()
    queue.push(['good'])
    await queue.idle()
    expect(runs).toEqual([['bad'], ['good']])
  })
})

describe('scopeOfChanges', () => {
  const root = '/project'
  const known = ['/project/policies/xwms', '/project/policies/acme', '/project/policies/solo.yaml']
  const scope = (...changed: string[]) => scopeOfChanges(changed.map((p) => join(root, p)), { root, policiesDir: 'policies', known })

  it('rebuilds only the policies whose files changed', () => {
    expect(scope('policies/xwms/data.yaml')).toEqual({ kind: 'policies', policies: ['/project/policies/xwms'] })
    expect(scope('policies/xwms/data.yaml', 'policies/acme/new.yaml', 'policies/xwms/sections.yaml')).toEqual({ kind: 'policies', policies: ['/project/policies/acme', '/project/policies/xwms'] })
    expect(scope('policies/solo.yaml')).toEqual({ kind: 'policies', policies: ['/project/policies/solo.yaml'] })
  })

  it('rebuilds everything for schemas, templates, the config, and policies added or removed', () => {
    for (const path of ['schemas/policy.schema.json', 'templates/page.html', 'policyc.config.yaml', 'policies/new/policy.yaml', 'policies/xwms', 'policies']) {
      expect(scope('policies/xwms/data.yaml', path).kind).toBe('all')
    }
  })
})
