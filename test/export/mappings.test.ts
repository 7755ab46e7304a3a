import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { loadMapping } from '../../src/export/mappings/load.js'
import { EXPORT_TARGETS } from '../../src/export/targets.js'
import { fixtures, root } from '../helpers/paths.js'
import { addFormats } from './helpers.js'

const schema = JSON.parse(readFileSync(`${root}schemas/mappings.schema.json`, 'utf8'))
const ajv = new Ajv2020({ strict: true, allErrors: true })
addFormats(ajv)
const validate = ajv.compile(schema)

/** Every IRI of DPV 2.3 in the pd: and dpv: namespaces, as policies write them. */
const dpvTerms = new Set(
  readFileSync(`${fixtures}dpv/dpv-2.3-terms.tsv`, 'utf8')
    .split('\n')
    .map((line) => line.split('\t')[0] ?? '')
    .map((iri) => iri.replace('https://w3id.org/dpv/pd#', 'pd:').replace('https://w3id.org/dpv#', 'dpv:')),
)

describe('schemas/mappings.schema.json', () => {
  it('describes every property, also those that only refer to a definition', () => {
    const missing: string[] = []
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return
      const object = node as Record<string, unknown>
      if (object.properties) {
        for (const [key, child] of Object.entries(object.properties as Record<string, Record<string, unknown>>)) {
          if (typeof child.description !== 'string' || child.description.length < 8) missing.push(`${path}.${key}`)
          walk(child, `${path}.${key}`)
        }
      }
      for (const [key, child] of Object.entries(object)) if (key !== 'properties') walk(child, `${path}/${key}`)
    }
    walk(schema, '#')
    expect(missing).toEqual([])
  })
})

describe.each(EXPORT_TARGETS)('mapping table %s', (target) => {
  const table = loadMapping(target)
  const keys = new Set(table.values.map((v) => v.key))

  it('is valid against its schema and named for its target', () => {
    const raw = JSON.parse(readFileSync(`${root}src/export/mappings/${target}.json`, 'utf8'))
    expect(validate(raw), JSON.stringify(validate.errors)).toBe(true)
    expect(table.target).toBe(target)
  })

  it('cites a declared source for every value, and declares each key once', () => {
    const sources = new Set(table.sources.map((s) => s.id))
    for (const value of table.values) expect(sources, value.key).toContain(value.source)
    expect(keys.size).toBe(table.values.length)
  })

  it('maps only to keys it declares', () => {
    const rows = [...(table.categories ?? []), ...(table.ccpa ?? []), ...(table.purposes ?? []), ...(table.purposeFlags ?? []), ...(table.legalBases ?? []), ...(table.transfers ?? []), ...(table.rights ?? [])]
    for (const row of rows) for (const key of row.to) expect(keys, `${'from' in row ? row.from : row.flag} → ${key}`).toContain(key)
    for (const key of table.purposeFallback ?? []) expect(keys).toContain(key)
  })

  it('maps from DPV 2.3 terms that exist, each once', () => {
    const froms = [...(table.categories ?? []), ...(table.purposes ?? [])].map((row) => row.from)
    for (const term of froms) expect(dpvTerms, term).toContain(term)
    expect(new Set(froms).size).toBe(froms.length)
  })
})

describe('target vocabularies', () => {
  it('uses Apple key names of the documented form', () => {
    for (const v of loadMapping('apple-privacy-manifest').values) {
      expect(v.key).toMatch(v.kind === 'purpose' ? /^NSPrivacyCollectedDataTypePurpose[A-Z][A-Za-z]+$/ : /^NSPrivacyCollectedDataType[A-Z][A-Za-z]+$/)
    }
  })

  it('groups every Google data type under a PSL_DATA_TYPES_ question', () => {
    for (const v of loadMapping('google-data-safety').values.filter((v) => v.kind === 'data-type')) {
      expect(v.group).toMatch(/^PSL_DATA_TYPES_[A-Z_]+$/)
      expect(v.key).toMatch(/^PSL_[A-Z_]+$/)
    }
  })
})
