import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { checkCase, diffFixture } from './render-case.js'

describe('how rights are exercised: per-region response times, free-request limits, an appeal told at the time', () => {
  it('checks clean of errors as the notice states it', async () => {
    const result = await checkCase('rights-exercise')
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(result.models[0]?.policy.rights?.['free-requests']).toEqual({ count: 2, per: 'P1Y' })
  })

  describe('diff', () => {
    const { diffWith, oldPolicy } = diffFixture('rights-exercise')

    it('a longer response time in one region is material', async () => {
      expect(await diffWith((t) => t.replace('us-ca: P45D', 'us-ca: P90D'))).toContainEqual(expect.objectContaining({ field: 'response-time-by-region', materiality: 'material' }))
    })

    it('fewer free requests is material, more is editorial', async () => {
      expect(await diffWith((t) => t.replace('count: 2', 'count: 1'))).toContainEqual(expect.objectContaining({ field: 'free-requests', materiality: 'material', reason: 'fewer requests are free of charge' }))
      expect(await diffWith((t) => t.replace('count: 2', 'count: 3'))).toContainEqual(expect.objectContaining({ field: 'free-requests', materiality: 'editorial' }))
    })
  })

  it('an appeal with neither channels nor a description is an error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policyc-appeal-'))
    try {
      const text = await readFile(join(fixtures, 'format', 'rights-exercise', 'policy.yaml'), 'utf8')
      await writeFile(join(dir, 'policy.yaml'), text.replace('    description: If we refuse your request, our response tells you how to appeal.\n', '    description: " "\n'))
      const result = await runCli(['check', '.'], { cwd: dir })
      expect(result.code).toBe(1)
      expect(result.stdout).toContain('The appeal says neither where nor how to appeal  empty-appeal')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
