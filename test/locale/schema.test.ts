import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// @ts-expect-error -- plain ESM script without types; it is what `npm run generate` runs
import { renderTypes, schemaNames } from '../../scripts/render-types.mjs'
import { root } from '../helpers/paths.js'

const schema = JSON.parse(readFileSync(`${root}schemas/locale.schema.json`, 'utf8')) as Record<string, unknown>

/** Every `properties` entry of the schema, with its path. */
function* properties(node: unknown, path: string): Generator<[string, Record<string, unknown>]> {
  if (node === null || typeof node !== 'object') return
  const record = node as Record<string, unknown>
  for (const [key, value] of Object.entries((record.properties ?? {}) as Record<string, Record<string, unknown>>)) yield [`${path}/properties/${key}`, value]
  for (const [key, value] of Object.entries(record)) if (key !== 'examples' && key !== 'enum') yield* properties(value, `${path}/${key}`)
}

describe('schemas/locale.schema.json', () => {
  it('describes every property, so editors can show what each key means', () => {
    const undescribed = [...properties(schema, '')].filter(([, p]) => typeof p.description !== 'string' || (p.description as string).length < 8).map(([path]) => path)
    expect(undescribed).toEqual([])
  })

  it('has its types generated: src/generated/locale.ts is what `npm run generate` writes', async () => {
    expect(schemaNames).toContain('locale')
    expect(readFileSync(`${root}src/generated/locale.ts`, 'utf8')).toBe(await renderTypes(schema))
  })
})
