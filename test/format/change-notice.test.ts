import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { classifyChangeNotice } from '../../src/history/diff/rules/notice.js'
import { fixtures } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { renderCase } from './render-case.js'

describe('notice before changes take effect (`change-notice`)', () => {
  it('the page states the promise under the title, in Markdown and HTML', async () => {
    const page = (await renderCase('change-notice')).get('eea')!
    const sentence = 'We will tell you of changes to this notice at least 30 days before they take effect, by email to the address on your account.'
    expect(page.markdown).toContain(sentence)
    expect(page.html).toContain(sentence)
  })

  it('diff: a shorter period or a withdrawn promise is material, a longer one editorial', () => {
    expect(classifyChangeNotice({ period: 'P30D' }, { period: 'P14D' })).toMatchObject({ materiality: 'material', reason: 'less notice before changes take effect (P30D → P14D)' })
    expect(classifyChangeNotice({ period: 'P30D' }, undefined).materiality).toBe('material')
    expect(classifyChangeNotice({ period: 'P30D' }, { period: 'P2M' }).materiality).toBe('editorial')
    expect(classifyChangeNotice(undefined, { period: 'P30D' }).materiality).toBe('editorial')
  })

  describe('policyc diff of two folders', () => {
    let dir: string
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'policyc-change-notice-'))
      await cp(join(fixtures, 'format', 'change-notice'), join(dir, 'old'), { recursive: true })
      await cp(join(fixtures, 'format', 'change-notice'), join(dir, 'new'), { recursive: true })
      const text = await readFile(join(dir, 'new', 'policy.yaml'), 'utf8')
      await writeFile(join(dir, 'new', 'policy.yaml'), text.replace('period: P30D', 'period: P7D'))
    })
    afterAll(() => rm(dir, { recursive: true, force: true }))

    it('reports the shorter period as material, and flags the effective date that did not move', async () => {
      const result = await runCli(['diff', 'old', 'new', '--format', 'json'], { cwd: dir })
      const doc = JSON.parse(result.stdout) as { policies: { changes: { subject: string; field?: string; materiality: string; reason: string }[] }[] }
      const changes = doc.policies[0]!.changes
      expect(changes).toContainEqual(expect.objectContaining({ subject: 'policy', field: 'change-notice', materiality: 'material', reason: 'less notice before changes take effect (P30D → P7D)' }))
      expect(changes).toContainEqual(expect.objectContaining({ subject: 'policy', field: 'effective', materiality: 'material', reason: 'material changes, but the effective date did not move (still 2026-01-15): set `effective` to the date this version takes effect' }))
    })

    it('an editorial change under the same date is not flagged', async () => {
      const text = await readFile(join(dir, 'old', 'policy.yaml'), 'utf8')
      await writeFile(join(dir, 'new', 'policy.yaml'), text.replace('Bases runs a small service.', 'Changes runs a small service.'))
      const result = await runCli(['diff', 'old', 'new', '--format', 'json'], { cwd: dir })
      expect(result.stdout).not.toContain('effective date did not move')
      expect(result.stdout).toContain('"editorial": 1')
    })
  })
})
