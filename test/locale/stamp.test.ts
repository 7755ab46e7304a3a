import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { stampTranslation } from '../../src/locale/stamp.js'
import { loadModel } from '../../src/pipeline.js'
import type { PolicyModel } from '../../src/resolve/model.js'
import { runCli } from '../helpers/run-cli.js'
import { base, check, copyPolicy, edit, removeCopy, xwms } from './helpers.js'

async function modelOf(dir: string): Promise<PolicyModel> {
  const diagnostics: Diagnostic[] = []
  const model = await loadModel(dir, dir, diagnostics)
  if (!model) throw new Error(`modelOf(): ${JSON.stringify(diagnostics)}`)
  return model
}

/** The lines that differ between two texts of the same length in lines. */
function changedLines(before: string, after: string): { line: number; before: string; after: string }[] {
  const a = before.split('\n')
  const b = after.split('\n')
  expect(b).toHaveLength(a.length)
  return a.flatMap((line, i) => (line === b[i] ? [] : [{ line: i + 1, before: line, after: b[i]! }]))
}

describe('stampTranslation', () => {
  let dir: string | undefined
  afterEach(async () => {
    if (dir) await removeCopy(dir)
    dir = undefined
  })

  it('rewrites only the hash of the stamped entry, and check is clean again', async () => {
    dir = await copyPolicy(base)
    await edit(join(dir, 'policy.yaml'), 'to run your account.', 'to run and secure your account.')
    const file = join(dir, 'locales', 'nl.yaml')
    const before = await readFile(file, 'utf8')
    const result = stampTranslation({ text: before, path: 'locales/nl.yaml', model: await modelOf(dir), keys: ['sections.who-we-are'] })
    expect(result).toMatchObject({ stamped: ['sections.who-we-are'], current: [], problems: [] })
    const changed = changedLines(before, result.text)
    expect(changed).toHaveLength(1)
    expect(changed[0]!.before).toMatch(/^ {4}source-hash: [0-9a-f]{12}$/)
    expect(changed[0]!.after).toMatch(/^ {4}source-hash: [0-9a-f]{12}$/)
    await writeFile(file, result.text)
    expect(await check(dir)).toEqual([])
  })

  it('leaves a file whose entries are all current byte for byte as it was', async () => {
    const text = await readFile(join(base, 'locales', 'nl.yaml'), 'utf8')
    const result = stampTranslation({ text, path: 'nl.yaml', model: await modelOf(base), keys: 'all' })
    expect(result.stamped).toEqual([])
    expect(result.current).toHaveLength(10)
    expect(result.text).toBe(text)
  })

  it('adds a missing hash at the indentation of the entry, in block and in flow style, keeping comments', async () => {
    const original = await readFile(join(base, 'locales', 'nl.yaml'), 'utf8')
    const text = original.replace(/\n {4}source-hash: [0-9a-f]{12}(?=\n {4}title: Wie)/, '').replace(/\{ source-hash: [0-9a-f]{12}, /, '{ ')
    expect(text).not.toBe(original)
    const result = stampTranslation({ text, path: 'nl.yaml', model: await modelOf(base), keys: ['who-we-are', 'mailer'] })
    expect(result.problems).toEqual([])
    expect(result.stamped).toEqual(['sections.who-we-are', 'recipients.mailer'])
    expect(result.text).toBe(original)
  })

  it('refuses names that are unknown, ambiguous or not translated, and writes nothing for them', async () => {
    const text = await readFile(join(base, 'locales', 'nl.yaml'), 'utf8')
    const result = stampTranslation({ text, path: 'nl.yaml', model: await modelOf(base), keys: ['sections.whoweare'] })
    expect(result.problems).toEqual([{ key: 'sections.whoweare', reason: 'The source has no entry `sections.whoweare`', hint: 'did you mean `sections.who-we-are`?' }])

    const withoutIntro = text.replace(/\nintro:\n(?: {2}.*\n)+/, '\n')
    const missing = stampTranslation({ text: withoutIntro, path: 'nl.yaml', model: await modelOf(base), keys: ['intro'] })
    expect(missing.problems).toEqual([{ key: 'intro', reason: 'nl.yaml has no translation of `intro` to stamp', hint: 'Translate it under `intro` first.' }])

    // In XWMS `security` is both a section and a purpose.
    const dutch = await readFile(join(xwms, 'locales', 'nl.yaml'), 'utf8')
    const ambiguous = stampTranslation({ text: dutch, path: 'nl.yaml', model: await modelOf(xwms), keys: ['security'] })
    expect(ambiguous.problems).toEqual([{ key: 'security', reason: '`security` names 2 entries', hint: 'Name one: `sections.security`, `purposes.security`.' }])
    expect(ambiguous.text).toBe(dutch)
  })
})

describe('policyc translate', () => {
  let dir: string | undefined
  afterEach(async () => {
    if (dir) await removeCopy(dir)
    dir = undefined
  })

  it('stamp fixes what check reported, keeping the file’s CRLF line endings; status reports the coverage', async () => {
    dir = await copyPolicy(base)
    await edit(join(dir, 'policy.yaml'), 'Lingo runs a small service.', 'Lingo runs a small, friendly service.')
    const file = join(dir, 'locales', 'nl.yaml')
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\n/g, '\r\n'))

    const stale = await runCli(['check', '.'], { cwd: dir })
    expect(stale.code).toBe(1)
    expect(stale.stdout).toMatch(/locales\/nl\.yaml:16:18-16:30 +error +Dutch translation of section `who-we-are` is out of date/)

    const status = await runCli(['translate', 'status', '.'], { cwd: dir })
    expect(status).toMatchObject({ code: 0, stderr: '' })
    expect(status.stdout).toContain('  nl  Dutch  100% translated (10 of 10), 1 stale, 0 missing, 0 orphaned  locales/nl.yaml\n    stale    sections.who-we-are  (error: states facts)\n')

    const stamped = await runCli(['translate', 'stamp', '.', 'nl', 'sections.who-we-are'], { cwd: dir })
    expect(stamped).toMatchObject({ code: 0, stderr: '', stdout: 'stamped  sections.who-we-are\n1 entry stamped in locales/nl.yaml\n' })
    const after = await readFile(file, 'utf8')
    expect(after.split('\r\n').every((line) => !line.includes('\n'))).toBe(true)
    expect(await check(dir)).toEqual([])
  })

  it('stamp without entries is a usage error', async () => {
    const result = await runCli(['translate', 'stamp', base, 'nl'])
    expect(result).toMatchObject({ code: 2, stderr: 'policyc: name the entries to stamp (such as sections.cookies), or pass --all\n' })
  })
})
