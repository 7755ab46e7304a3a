import { describe, expect, it } from 'vitest'
import { flowSvg } from '../../src/render/svg/flow-svg.js'
import { layoutFlow } from '../../src/render/svg/flow-layout.js'
import { variantsOf } from '../../src/variant/variants-of.js'
import { loadModel } from './render-helpers.js'

describe('the data-flow picture', () => {
  it('draws categories → purposes → recipients, each recipient with its country and safeguard', async () => {
    const model = await loadModel('test/fixtures/render/showcase')
    const layout = layoutFlow(model)
    const [categories, purposes, recipients] = layout.columns.map((column) => column.map((b) => b.title))
    // Only collected categories that a purpose uses; health is listed as not collected.
    expect(categories!.sort()).toEqual(['Contact details', 'Photos you upload', 'Usage data'])
    expect(purposes).toEqual(['Provide the photo service', 'Understand how the service is used', 'Send the newsletter'])
    // A box names the country only: a safeguard belongs to an exporting law, which the tables and the text alternative name.
    expect(recipients).toEqual(['CloudHost B.V. (Netherlands)', 'Metrics Inc. (United States)', 'Mailer Ltd. (United Kingdom)'])
    expect(layout.edges.map((e) => `${e.from.id}→${e.to.id}`)).toContain('p-analytics→r-metrics')
  })

  it('is accessible and self-contained: title, description, no script, no external reference', async () => {
    const model = await loadModel('test/fixtures/render/showcase')
    const [global, , , california] = variantsOf(model)
    const svg = flowSvg(california!)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="flow" role="img" aria-labelledby="_flow-title _flow-desc"/)
    expect(svg).toContain('<title id="_flow-title">Where your personal information goes</title>')
    expect(svg).toContain('Metrics Inc. (United States, GDPR: Standard contractual clauses (GDPR Art 46(2)(c)))')
    expect(svg).not.toMatch(/<script|href=|xlink|url\(|<image/i)
    expect(flowSvg(global!)).toContain('Where your personal data goes')
  })

  it('is the same picture every time', async () => {
    const model = await loadModel('policies/xwms')
    const variant = variantsOf(model)[0]!
    expect(flowSvg(variant)).toBe(flowSvg(variant))
    const layout = layoutFlow(model)
    // Stays legible on a phone: a fixed size (it scrolls in its wrapper), 13px text, no box too short.
    expect(layout.width).toBeLessThan(1000)
    for (const box of layout.columns.flat()) expect(box.lines.every((line) => line.length <= 30)).toBe(true)
  })
})
