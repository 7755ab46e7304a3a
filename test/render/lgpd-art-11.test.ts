import type { Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { TABLES } from '../../src/render/markdown/tables/index.js'
import { variantsOf } from '../../src/variant/variants-of.js'
import { loadModel } from './render-helpers.js'

/** The purposes table's basis cell of each purpose on one region page of policies/acme. */
async function basisCells(region: string): Promise<Map<string, string>> {
  const model = await loadModel('policies/acme')
  const variant = variantsOf(model).find((v) => v.region?.id === region)!
  const table = TABLES.purposes(variant)!
  const cell = (nodes: readonly unknown[]) => toString({ type: 'paragraph', children: nodes } as Nodes)
  return new Map(table.rows.map((row, i) => [model.policy.purposes[i]!.id, cell(row.cells[2]!)]))
}

describe('LGPD Art 11 for a purpose with a special-category condition (issue 15)', () => {
  it('names LGPD Art 11(I) on the Brazilian page for explicit consent, and nowhere else', async () => {
    const model = await loadModel('policies/acme')
    const withCondition = model.policy.purposes.filter((p) => p['special-condition'] === 'explicit-consent').map((p) => p.id)
    expect(withCondition.length).toBeGreaterThan(0)
    const br = await basisCells('br')
    for (const id of withCondition) expect(br.get(id)).toMatch(/LGPD Art 11\(I\)/)
    // Purposes without a condition, and other regions' pages, cite no Art 11 basis.
    for (const [id, text] of br) if (!withCondition.includes(id)) expect(text, id).not.toMatch(/Art 11/)
    const eea = await basisCells('eea')
    for (const text of eea.values()) expect(text).not.toMatch(/LGPD/)
  })
})
