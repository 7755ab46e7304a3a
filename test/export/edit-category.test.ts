import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseDocument, type YAMLSeq } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildExports } from '../../src/export/index.js'
import { ALL_EXPORTS, csvAnswers, modelOf, readManifest, SHOP, type TiltDoc } from './helpers.js'

/**
 * One source, every place: editing one category in the YAML changes the Apple manifest, the Play
 * form, the TILT document and the consent hashes together, and nothing has to be retyped.
 */
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policyc-edit-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Copies the fixture to a temp folder, applies `edit` to the `location` category in data.yaml, builds. */
async function buildEdited(name: string, edit: (category: Map<string, unknown>) => void) {
  const copy = join(dir, name)
  await cp(SHOP, copy, { recursive: true })
  const file = join(copy, 'data.yaml')
  const doc = parseDocument(await readFile(file, 'utf8'))
  const categories = doc.get('categories') as YAMLSeq
  const index = categories.items.findIndex((item) => (item as { get(k: string): unknown }).get('id') === 'location')
  const values = new Map<string, unknown>()
  edit(values)
  for (const [key, value] of values) doc.setIn(['categories', index, key], doc.createNode(value))
  await writeFile(file, doc.toString())
  return exportsOf(await modelOf(copy, dir))
}

function exportsOf(model: Awaited<ReturnType<typeof modelOf>>) {
  const { files } = buildExports(model, { exports: ALL_EXPORTS })
  const id = model.policy.id
  return {
    appleTypes: readManifest(files.get(`${id}/exports/PrivacyInfo.xcprivacy`)!).NSPrivacyCollectedDataTypes.map((t) => t.NSPrivacyCollectedDataType),
    answers: csvAnswers(files.get(`${id}/exports/data-safety.csv`)!),
    tilt: JSON.parse(files.get(`${id}/exports/tilt.json`)!) as TiltDoc,
    hashes: (JSON.parse(files.get(`${id}/consent.json`)!) as { notices: { variant: string; contentHash: { value: string } }[] }).notices.map((n) => [n.variant, n.contentHash.value]),
  }
}

describe('editing a category in the YAML', () => {
  it('changes every export accordingly: approximate location becomes precise location', async () => {
    const before = exportsOf(await modelOf(SHOP))
    const after = await buildEdited('precise', (c) => {
      c.set('label', 'Precise delivery location')
      c.set('dpv', ['pd:GPSCoordinate'])
    })

    // Apple: Coarse Location is gone, Precise Location is declared instead.
    expect(before.appleTypes).toContain('NSPrivacyCollectedDataTypeCoarseLocation')
    expect(after.appleTypes).not.toContain('NSPrivacyCollectedDataTypeCoarseLocation')
    expect(after.appleTypes).toContain('NSPrivacyCollectedDataTypePreciseLocation')

    // Google Play: the Location answers move from approximate to precise, sharing included.
    expect(before.answers.get('PSL_DATA_TYPES_LOCATION|PSL_APPROX_LOCATION')).toBe('true')
    expect(after.answers.get('PSL_DATA_TYPES_LOCATION|PSL_APPROX_LOCATION')).toBe('')
    expect(after.answers.get('PSL_DATA_TYPES_LOCATION|PSL_PRECISE_LOCATION')).toBe('true')
    expect(after.answers.get('PSL_DATA_USAGE_RESPONSES:PSL_PRECISE_LOCATION:DATA_USAGE_SHARING_PURPOSE|PSL_ADVERTISING')).toBe('true')

    // TILT: the category is disclosed under its new name.
    expect(before.tilt.dataDisclosed.find((d) => d._id === 'location')?.category).toBe('Delivery location')
    expect(after.tilt.dataDisclosed.find((d) => d._id === 'location')?.category).toBe('Precise delivery location')

    // Consent records: every notice shows the category, so every hash changes (and TILT's with it).
    for (const [i, [variant, hash]] of after.hashes.entries()) expect(hash, variant).not.toBe(before.hashes[i]![1])
    expect(after.tilt.meta._hash).not.toBe(before.tilt.meta._hash)
  })

  it('removes the category from every export when it is no longer collected', async () => {
    const after = await buildEdited('not-collected', (c) => c.set('collected', false))
    expect(after.appleTypes).not.toContain('NSPrivacyCollectedDataTypeCoarseLocation')
    expect(after.answers.get('PSL_DATA_TYPES_LOCATION|PSL_APPROX_LOCATION')).toBe('')
    expect(after.answers.get('PSL_DATA_USAGE_RESPONSES:PSL_APPROX_LOCATION:PSL_DATA_USAGE_EPHEMERAL|')).toBe('')
    expect(after.tilt.dataDisclosed.map((d) => d._id)).not.toContain('location')
  })
})
