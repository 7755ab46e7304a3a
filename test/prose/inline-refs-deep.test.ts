import { describe, expect, it } from 'vitest'
import { withRefLabelsDeep } from '../../src/prose/inline-refs.js'

describe('withRefLabelsDeep', () => {
  const labelOf = (id: string) => (id === 'mollie' ? 'Mollie B.V.' : undefined)

  it('replaces :ref in every string, copying only what changes and never changing its input', () => {
    const untouched = { name: 'Payments', list: ['a', 'b'] }
    const input = { graph: [untouched, { description: 'Paid through :ref{id=mollie} or :ref{id="other"}.', n: 3 }], flag: true }
    const before = JSON.stringify(input)
    const out = withRefLabelsDeep(input, labelOf)
    expect(out).toEqual({ graph: [untouched, { description: 'Paid through Mollie B.V. or other.', n: 3 }], flag: true })
    expect(JSON.stringify(input)).toBe(before)
    expect(out).not.toBe(input)
    expect(out.graph[0]).toBe(untouched)
    expect(Object.keys(out)).toEqual(Object.keys(input))
  })

  it('gives the input itself when no string names a :ref', () => {
    const input = { a: ['x', { b: 'y' }], c: null }
    expect(withRefLabelsDeep(input, labelOf)).toBe(input)
  })
})
