import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse, stringify } from 'yaml'
import { root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { listFiles, tempFolder } from '../site/site-helpers.js'

/**
 * `note:` is for editors and is never published. The test puts a note, each with its own marker
 * text, on every object of policies/acme that the schema lets carry one (found by walking the
 * schema beside the data, so a new entity with `note` is covered without editing this file),
 * builds the site with every export, and reads every file written: no marker may appear.
 */
type Schema = { $ref?: string; type?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[] }
const schema = JSON.parse(readFileSync(join(root, 'schemas/policy.schema.json'), 'utf8')) as Schema & { $defs: Record<string, Schema> }
const deref = (node: Schema): Schema => (node.$ref ? deref(schema.$defs[node.$ref.replace('#/$defs/', '')]!) : node)

let work: string
const markers: string[] = []

function addNotes(data: unknown, node: Schema): void {
  const s = deref(node)
  if (Array.isArray(data)) {
    if (s.items) for (const item of data) addNotes(item, s.items)
    return
  }
  if (data === null || typeof data !== 'object' || !s.properties) return
  const object = data as Record<string, unknown>
  for (const [key, value] of Object.entries(object)) if (s.properties[key]) addNotes(value, s.properties[key]!)
  if (s.properties.note) {
    const marker = `unpublished-remark-${String(markers.length).padStart(3, '0')}`
    markers.push(marker)
    object.note = `Editors only, ${marker} (the seed gives no period here).`
  }
}

beforeAll(() => {
  work = tempFolder('policyc-note-')
  // One file with every part of the example policy, so every entity is in one tree.
  const merged: Record<string, unknown> = {}
  for (const file of ['policy.yaml', 'data.yaml', 'sections.yaml']) {
    const part = parse(readFileSync(join(root, 'policies/acme', file), 'utf8')) as Record<string, unknown>
    for (const [key, value] of Object.entries(part)) merged[key] = Array.isArray(value) && Array.isArray(merged[key]) ? [...(merged[key] as unknown[]), ...value] : value
  }
  addNotes(merged, schema)
  mkdirSync(join(work, 'policies/acme'), { recursive: true })
  writeFileSync(join(work, 'policies/acme/policy.yaml'), stringify(merged, { lineWidth: 0 }))
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('note:', () => {
  it('is accepted on every entity, and no note reaches any file of the site', async () => {
    // Every kind of entity got one: the policy, controller, representatives, DPO, categories,
    // claims, purposes, recipients, retention rules, cookies, rights and their parts, signals,
    // children, automated decisions, sections and exports.
    expect(markers.length).toBeGreaterThan(60)
    const result = await runCli(['build', 'policies', '--out', 'site', '--base-url', 'https://example.org/privacy/', '--quiet'], { cwd: work })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const files = listFiles(join(work, 'site'))
    for (const expected of ['acme-privacy/index.html', 'acme-privacy/index.md', 'acme-privacy/policy.json', 'acme-privacy/consent.json', 'acme-privacy/eea/policy.jsonld', 'acme-privacy/exports/tilt.json']) {
      expect(files).toContain(expected)
    }
    const leaks: string[] = []
    for (const file of files) {
      const content = readFileSync(join(work, 'site', file)).toString('latin1')
      if (content.includes('unpublished-remark-') || content.includes('Editors only')) leaks.push(file)
    }
    expect(leaks).toEqual([])
  })

  it('is checked like any other value: an empty note is an error at its line', async () => {
    const dir = join(work, 'bad/policies/acme')
    mkdirSync(dir, { recursive: true })
    const text = readFileSync(join(work, 'policies/acme/policy.yaml'), 'utf8').replace(/note: Editors only, unpublished-remark-000 \(the seed gives no period here\)\./, 'note: ""')
    expect(text).toContain('note: ""')
    writeFileSync(join(dir, 'policy.yaml'), text)
    const result = await runCli(['check', 'policies'], { cwd: join(work, 'bad') })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/policy\.yaml:\d+:\d+-\d+:\d+ {2}error {2}`note` is too short/)
  })
})
