import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixtures } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { checkCase, renderCase } from './render-case.js'

/**
 * The page for readers outside every region a notice lists (`outside-page: true`): worded as
 * such, with only the notice's own facts and no law's requirements. (A notice that names no
 * region at all, `regions: []`, gets only this page: test/real/real-notices.test.ts.)
 */
describe('the page for readers outside every listed region', () => {
  it('says whom it is for and that it states the notice, not any region’s law', async () => {
    const md = (await renderCase('outside-page')).get('elsewhere')!.markdown
    expect(md).toContain('This page is for readers outside European Economic Area and California.\nIt states what this notice says, not what the law of any of those regions requires.')
    expect(md).not.toContain('This notice covers')
  })

  it('keeps the notice’s own facts: purposes, retention, the channels offered everywhere', async () => {
    const md = (await renderCase('outside-page')).get('elsewhere')!.markdown
    expect(md).toContain('| Run your account | Contact details |')
    expect(md).toContain('| Contact details | As long as you have an account | Deleted | — |')
    expect(md).toContain('| Our privacy inbox | <privacy@outside.example> |')
  })

  it('states no law: no rights table, basis, authority, deadline, regional section, `only` block or regional channel', async () => {
    const pages = await renderCase('outside-page')
    const md = pages.get('elsewhere')!.markdown
    for (const law of ['GDPR', 'CCPA', 'Contract (', 'supervisory authority', 'we must answer within', 'Your rights under', 'object at any time', '## California', 'toll-free']) expect(md, law).not.toContain(law)
    // The same notice's region pages still state them.
    expect(pages.get('eea')!.markdown).toContain('Readers in the EEA may object at any time.')
    expect(pages.get('us-ca')!.markdown).toContain('## California')
    const graph = JSON.parse(pages.get('elsewhere')!.jsonld) as { '@graph': Record<string, unknown>[] }
    expect(graph['@graph'][0]).toMatchObject({ 'dpv:hasApplicableLaw': [], 'dpv:hasAuthority': [], 'dpv:hasRight': [], spatialCoverage: [] })
  })

  it('is built into <policy>/elsewhere/ and listed in the region switcher', async () => {
    const out = await mkdtemp(join(tmpdir(), 'policyc-outside-'))
    try {
      const result = await runCli(['build', join(fixtures, 'format', 'outside-page'), '-o', out, '-q'])
      expect(result.code, result.stderr).toBe(0)
      expect((await readdir(join(out, 'outside', 'elsewhere'))).sort()).toEqual(['index.html', 'index.md', 'policy.jsonld'])
      expect(await readFile(join(out, 'outside', 'index.html'), 'utf8')).toContain('<a href="elsewhere/index.html">Outside these regions</a>')
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  })

  it('without `outside-page`, no such page', async () => {
    const { variantsOf } = await import('../../src/variant/variants-of.js')
    const model = (await checkCase('outside-page')).models[0]!
    expect(variantsOf(model).map((v) => v.key)).toEqual(['global', 'eea', 'us-ca', 'elsewhere'])
    expect(variantsOf({ ...model, policy: { ...model.policy, 'outside-page': false } }).map((v) => v.key)).toEqual(['global', 'eea', 'us-ca'])
  })
})
