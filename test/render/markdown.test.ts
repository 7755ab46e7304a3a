import type { Root } from 'mdast'
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../../src/catalog/catalog.js'
import { parseProse } from '../../src/prose/parse-prose.js'
import { FragmentCache } from '../../src/render/fragment-cache.js'
import { loadTemplates } from '../../src/render/html/template-set.js'
import { HeadingSlugger } from '../../src/render/markdown/heading-slug.js'
import { expandBody } from '../../src/render/markdown/expand.js'
import { planPage } from '../../src/render/markdown/page-plan.js'
import { breakSentences } from '../../src/render/markdown/sentences.js'
import { toMarkdown } from '../../src/render/markdown/to-markdown.js'
import { renderVariant } from '../../src/render/render-variant.js'
import { regionVariant, variantsOf } from '../../src/variant/variants-of.js'
import { variantFacts } from '../../src/lint/variant-facts.js'
import { loadModel } from './render-helpers.js'

describe('Markdown output', () => {
  it('writes one sentence per line, whatever the source wrapping, and keeps citations whole', () => {
    expect(breakSentences('We collect data.\nWe keep it. It is\nsafe! Really? Yes.')).toBe('We collect data.\nWe keep it.\nIt is safe!\nReally?\nYes.')
    expect(breakSentences('See Cal. Civ. Code §1798.140, e.g. The list, and U.S. law. Mr. Smith agrees (Art. 6). Then X.')).toBe(
      'See Cal. Civ. Code §1798.140, e.g. The list, and U.S. law.\nMr. Smith agrees (Art. 6).\nThen X.',
    )
    expect(breakSentences('Version 2.1 is out. 3 items follow.')).toBe('Version 2.1 is out. 3 items follow.')
  })

  it('slugs headings the way GitHub and markdownlint do, numbering repeats', () => {
    const slugger = new HeadingSlugger()
    expect(slugger.slug('What information do we collect?')).toBe('what-information-do-we-collect')
    expect(slugger.slug('Do-Not-Track & GPC (2026)')).toBe('do-not-track--gpc-2026')
    expect(slugger.slug('What information do we collect?')).toBe('what-information-do-we-collect-1')
  })

  it('moves body headings under the section heading without skipping a level', async () => {
    const model = await loadModel('test/fixtures/render/showcase')
    const plan = planPage(variantsOf(model)[0]!)
    const tree = parseProse('# Top\n\n#### Deep\n\n## Middle\n\nText.').tree
    const markdown = toMarkdown(expandBody(tree, { plan, sectionId: 'what-we-collect', baseDepth: 3, report: () => undefined }))
    expect(markdown).toBe('### Top\n\n#### Deep\n\n#### Middle\n\nText.\n')
  })

  it('links :ref and #id links to rows and sections, and unlinks targets that are not on the page', async () => {
    const model = await loadModel('test/fixtures/render/showcase')
    const [global, eea] = variantsOf(model)
    const reports: string[] = []
    const expand = (variant: typeof global, source: string) =>
      expandBody(parseProse(source).tree, { plan: planPage(variant!), sectionId: 'cookies', baseDepth: 3, report: (_n, rule, reason) => reports.push(`${rule}: ${reason}`) })
    const source = 'See :ref{id=metrics}, :ref{id=ca-phone}, [rights](#rights), [CCPA](#ccpa) and [nowhere](#no-such-id).'
    expect(toMarkdown(expand(global, source))).toBe(
      'See [Metrics Inc.](#who-we-share-it-with), [Toll-free number](#your-rights), [rights](#your-rights), [CCPA](#notice-for-california-residents) and nowhere.\n',
    )
    expect(toMarkdown(expand(eea, source))).toBe('See [Metrics Inc.](#who-we-share-it-with), Toll-free number, [rights](#your-rights), CCPA and nowhere.\n')
    expect(reports).toEqual([
      'dangling-link: Link to `#no-such-id`, which is neither a section nor an entity of this policy',
      'dangling-link: Link to `#no-such-id`, which is neither a section nor an entity of this policy',
    ])
  })

  it('plans and expands a page once for lint and the build, each caller getting the problems found', async () => {
    const model = await loadModel('test/fixtures/render/showcase')
    const region = model.regions[0]!
    // Lint reads the region's page first; the build's variant and plan are then the very same.
    expect(variantFacts(model, region.id).page).not.toBe('')
    const variant = variantsOf(model).find((v) => v.key === region.id)!
    expect(variant).toBe(regionVariant(model, region))
    expect(planPage(variant)).toBe(planPage(regionVariant(model, region)))
    const tree = parseProse('A link to [nowhere](#no-such-place).').tree
    const first: string[] = []
    const second: string[] = []
    const expand = (into: string[]) => expandBody(tree, { plan: planPage(variant), sectionId: 'cookies', baseDepth: 3, report: (_n, rule, reason) => into.push(`${rule}: ${reason}`) })
    const body = expand(first)
    expect(expand(second)).toBe(body)
    expect(first).toEqual(['dangling-link: Link to `#no-such-place`, which is neither a section nor an entity of this policy'])
    expect(second).toEqual(first)
  })

  it('never changes the parsed trees it shares with other variants and formats', async () => {
    const model = await loadModel('test/fixtures/render/showcase')
    const before = new Map([...model.prose].map(([key, prose]) => [key, JSON.stringify(prose.tree)]))
    for (const prose of model.prose.values()) deepFreeze(prose.tree as Root)
    const templates = loadTemplates().templates!
    const cache = new FragmentCache()
    for (const variant of variantsOf(model)) renderVariant(variant, { templates, cache, links: { home: 'index.html', assets: 'assets/', variants: [] } })
    for (const [key, prose] of model.prose) expect(JSON.stringify(prose.tree)).toBe(before.get(key))
  })

  it('renders a section once for every variant in which it reads the same', async () => {
    const model = await loadModel('policies/xwms')
    const templates = loadTemplates().templates!
    const cache = new FragmentCache()
    const variants = variantsOf(model)
    for (const variant of variants) renderVariant(variant, { templates, cache, links: { home: 'index.html', assets: 'assets/', variants: [] } })
    const fragments = variants.reduce((n, v) => n + 2 * v.sections.length + (v.intro ? 1 : 0), 0)
    // Most sections read the same in most regions: far fewer fragments are rendered than asked for.
    expect(cache.misses).toBeLessThan(fragments / 3)
    expect(cache.hits + cache.misses).toBe(fragments)
  })
})
