import { describe, expect, it } from 'vitest'
import { parseYaml } from '../../src/load/parse-yaml.js'

describe('parseYaml of a file read again unchanged', () => {
  it('gives the same data as the first parse, in objects of its own', () => {
    const text = 'id: memo-test\nregions:\n  - eea\ncontroller:\n  name: Example\n'
    const first = parseYaml(text, 'policies/memo/policy.yaml')
    const data = first.data as { regions: string[]; controller: { name: string } }
    // A caller that changes its data (none should) must not change what the next caller reads.
    data.regions.push('uk')
    data.controller.name = 'Changed'
    const second = parseYaml(text, 'policies/memo/policy.yaml')
    expect(second.data).toEqual({ id: 'memo-test', regions: ['eea'], controller: { name: 'Example' } })
    expect(second.diagnostics).toEqual([])
    expect(second.file?.path).toBe('policies/memo/policy.yaml')
  })

  it('keeps the path it was read under: the same text under another path is that path’s file', () => {
    const text = 'id: memo-path\n'
    expect(parseYaml(text, 'a/policy.yaml').file?.path).toBe('a/policy.yaml')
    expect(parseYaml(text, 'b/policy.yaml').file?.path).toBe('b/policy.yaml')
  })

  it('reports a broken file every time it is read', () => {
    const text = 'id: [unclosed\n'
    const first = parseYaml(text, 'broken.yaml')
    expect(first.file).toBeUndefined()
    expect(first.diagnostics.length).toBeGreaterThan(0)
    expect(parseYaml(text, 'broken.yaml').diagnostics).toEqual(first.diagnostics)
  })
})
