import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lint } from 'markdownlint/sync'
// @ts-expect-error -- plain ESM script without types; it is what `npm run generate` runs
import { renderFormatDoc } from '../scripts/render-format-doc.mjs'
// @ts-expect-error -- plain ESM script without types; it is what `npm run generate` runs
import { renderPartSchema, renderTypes, schemaNames } from '../scripts/render-types.mjs'
import { validateAgainst } from '../src/validate/validator.js'
import { root } from './helpers/paths.js'

type Schema = Record<string, unknown>
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8')
const schemaFiles = readdirSync(`${root}schemas`).filter((f) => f.endsWith('.schema.json')).sort()

/** Every object schema's `properties`, with a path for the failure message. */
function* propertiesOf(schema: unknown, path: string): Generator<[string, Schema]> {
  if (schema === null || typeof schema !== 'object') return
  const node = schema as Schema
  if (node.properties && typeof node.properties === 'object') {
    for (const [key, value] of Object.entries(node.properties as Record<string, Schema>)) yield [`${path}/properties/${key}`, value]
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'enum' || key === 'examples' || key === 'const') continue
    yield* propertiesOf(value, `${path}/${key}`)
  }
}

describe('schemas', () => {
  it.each(schemaFiles)('%s gives every property a description (editors show it)', (file) => {
    const missing = [...propertiesOf(JSON.parse(read(`schemas/${file}`)), file)].filter(([, s]) => typeof s.description !== 'string' || s.description.length < 8).map(([p]) => p)
    expect(missing).toEqual([])
  })

  it.each(schemaNames as string[])('src/generated/%s.ts is what `npm run generate` writes', async (name) => {
    const schema = JSON.parse(read(`schemas/${name}.schema.json`))
    expect(read(`src/generated/${name}.ts`)).toBe(await renderTypes(schema))
  })

  it('schemas/policy-part.schema.json is what `npm run generate` writes', () => {
    expect(read('schemas/policy-part.schema.json')).toBe(renderPartSchema(JSON.parse(read('schemas/policy.schema.json'))))
  })

  it('docs/format.md is generated from the schema descriptions and up to date', () => {
    const policySchema = JSON.parse(read('schemas/policy.schema.json'))
    expect(read('docs/format.md')).toBe(renderFormatDoc(policySchema))
    // Every property of every definition appears in the reference with its description.
    for (const [, property] of propertiesOf(policySchema, '')) {
      if (typeof property.description === 'string') expect(read('docs/format.md')).toContain(property.description.replaceAll('|', '\\|'))
    }
  })

  it('docs/format.md and README.md pass markdownlint', () => {
    const result = lint({ files: [`${root}docs/format.md`, `${root}README.md`], config: JSON.parse(read('.markdownlint.json')) })
    expect(result.toString()).toBe('')
  })

  it('the jurisdiction catalog is valid against its schema', () => {
    const errors = validateAgainst('catalog', JSON.parse(read('src/catalog/jurisdictions.json')))
    expect(errors.map((e) => `${e.instancePath} ${e.message}`)).toEqual([])
  })
})
