import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPolicies } from '../../src/pipeline.js'
import { FragmentCache } from '../../src/render/fragment-cache.js'
import { expandBody } from '../../src/render/markdown/expand.js'
import { markdownPage } from '../../src/render/markdown/markdown-page.js'
import { planPage } from '../../src/render/markdown/page-plan.js'
import { regionVariant } from '../../src/variant/variants-of.js'
import { rulesFixtures } from './helpers.js'

/** The region page of a rule fixture, as index.md. */
async function page(file: string): Promise<string> {
  const dir = join(rulesFixtures, 'planned-shown-as-current')
  const result = await checkPolicies([join(dir, file)], { cwd: dir, lint: false })
  const model = result.models[0]!
  const variant = regionVariant(model, model.regions[0]!)
  const plan = planPage(variant)
  const sections = variant.sections.map((source) => ({ source, body: expandBody(source.tree, { plan, sectionId: source.section.id, baseDepth: 3, report: () => {} }) }))
  return markdownPage(variant, undefined, sections, new FragmentCache())
}

describe('a purpose marked `planned: true` is rendered as planned', () => {
  it('the purposes table says "(planned)" after its label', async () => {
    const ok = await page('ok.yaml')
    expect(ok).toContain('| Provide AI features (planned) |')
    expect(ok).toContain('| Run your account |')
  })
})
