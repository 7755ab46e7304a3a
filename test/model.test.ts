import { describe, expect, it } from 'vitest'
import { checkPolicies } from '../src/pipeline.js'
import { resolvedModel } from '../src/resolve/resolved-json.js'
import { fixtures, root } from './helpers/paths.js'

describe('the resolved Policy model', () => {
  it.each(['xwms', 'acme'])('policies/%s validates and resolves with no schema or reference error', async (name) => {
    const result = await checkPolicies([`policies/${name}`], { cwd: root })
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    expect(result.models).toHaveLength(1)
  })

  it.each(['xwms', 'acme'])('pins the policy.json shape of policies/%s (golden)', async (name) => {
    const result = await checkPolicies([`policies/${name}`], { cwd: root })
    const json = `${JSON.stringify(resolvedModel(result.models[0]!), null, 2)}\n`
    await expect(json).toMatchFileSnapshot(`${fixtures}model/${name}.policy.json`)
  })

  it('is deeply immutable', async () => {
    const { models } = await checkPolicies(['policies/xwms'], { cwd: root })
    const model = models[0]!
    expect(Object.isFrozen(model)).toBe(true)
    expect(Object.isFrozen(model.policy.categories[0])).toBe(true)
    expect(() => {
      ;(model.policy.categories as unknown as unknown[]).push({})
    }).toThrow(TypeError)
  })

  it('expresses the whole XWMS notice: every CCPA letter, the named recipients, US transfers under SCCs', async () => {
    const { models } = await checkPolicies(['policies/xwms'], { cwd: root })
    const policy = models[0]!.policy
    const letters = policy.categories.filter((c) => c.ccpa).map((c) => `${c.ccpa}:${c.collected ? 'yes' : 'no'}`)
    for (const letter of 'ABCDEFGHIJ') expect(letters).toContain(`${letter}:yes`)
    expect(letters).toContain('K:no')
    expect(letters).toContain('L:no')
    const names = (policy.recipients ?? []).map((r) => r.name).join(' | ')
    for (const name of ['Mollie', 'Google Analytics', 'Google Maps', 'Microsoft', 'Facebook', 'OpenAI', 'NVIDIA', 'Amazon', 'Google Cloud']) expect(names).toContain(name)
    const us = (policy.recipients ?? []).filter((r) => r.countries?.includes('US'))
    expect(us.length).toBeGreaterThan(3)
    expect(us.every((r) => r.transfer === 'scc')).toBe(true)
    expect(policy.signals).toEqual({ 'do-not-track': 'ignored', 'global-privacy-control': 'honored' })
    expect(policy.regions).toHaveLength(23)
  })
})
