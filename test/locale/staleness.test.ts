import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fixtures } from '../helpers/paths.js'
import { base, check, copyPolicy, edit, formatDiagnostics, lineOf, removeCopy, xwms } from './helpers.js'

/**
 * Each case copies test/fixtures/locale/base (an English policy and its Dutch translation, in
 * step), makes one edit, runs `check` and compares every diagnostic with the golden file
 * test/fixtures/locale/cases/<case>.txt (regenerate with `npx vitest run test/locale -u`, then
 * review the diff).
 */
const cases: { name: string; edit(dir: string): Promise<void> }[] = [
  { name: 'in-step', edit: async () => {} },
  {
    name: 'source-body-edited',
    edit: (dir) => edit(join(dir, 'policy.yaml'), 'to run your account.', 'to run and secure your account.'),
  },
  {
    // Re-wrapping a paragraph changes no word a reader sees: the hash reads soft line breaks as spaces.
    name: 'source-body-rewrapped',
    edit: (dir) => edit(join(dir, 'policy.yaml'), 'We collect your :ref{id=contact} to run your account.', 'We collect your :ref{id=contact}\n      to run your account.'),
  },
  {
    name: 'non-material-section-edited',
    edit: (dir) => edit(join(dir, 'policy.yaml'), 'on our blog.', 'on our website.'),
  },
  {
    name: 'source-title-edited',
    edit: (dir) => edit(join(dir, 'policy.yaml'), 'title: Privacy Notice', 'title: Privacy Statement'),
  },
  {
    name: 'dutch-entry-deleted',
    edit: (dir) => edit(join(dir, 'locales', 'nl.yaml'), /\npurposes:\n(?: {2}.*\n)+/, '\n'),
  },
  {
    name: 'dutch-field-deleted',
    edit: (dir) => edit(join(dir, 'locales', 'nl.yaml'), '    summary: Lingo levert een kleine dienst.\n', ''),
  },
  {
    name: 'source-section-removed',
    edit: (dir) => edit(join(dir, 'policy.yaml'), /  - id: news\n(?: {4}.*\n|\n)+/, ''),
  },
  {
    name: 'source-field-removed',
    edit: (dir) => edit(join(dir, 'policy.yaml'), '    description: Sends our emails.\n', ''),
  },
  {
    name: 'dutch-directive-dropped',
    edit: (dir) => edit(join(dir, 'locales', 'nl.yaml'), '      ::table{of=categories}\n', ''),
  },
  {
    name: 'dutch-directive-changed',
    edit: (dir) => edit(join(dir, 'locales', 'nl.yaml'), 'via :ref{id=email}', 'via :ref{id=emial}'),
  },
  {
    name: 'dutch-language-mismatch',
    edit: (dir) => edit(join(dir, 'locales', 'nl.yaml'), 'language: nl', 'language: de'),
  },
  {
    name: 'dutch-hash-malformed',
    edit: (dir) => edit(join(dir, 'locales', 'nl.yaml'), /source-hash: [0-9a-f]{12}\n {4}title: Wie/, 'source-hash: 1a2b\n    title: Wie'),
  },
]

describe('translation staleness (golden diagnostics)', () => {
  let dir: string | undefined
  afterEach(async () => {
    if (dir) await removeCopy(dir)
    dir = undefined
  })

  it.each(cases)('$name', async (c) => {
    dir = await copyPolicy(base)
    await c.edit(dir)
    const actual = formatDiagnostics(await check(dir)).replaceAll(dir, '<policy>')
    await expect(actual).toMatchFileSnapshot(join(fixtures, 'locale', 'cases', `${c.name}.txt`))
  })

  it('puts a stale entry at the line of its source-hash in the locale file', async () => {
    dir = await copyPolicy(base)
    await edit(join(dir, 'policy.yaml'), 'to run your account.', 'to run and secure your account.')
    const [stale, ...rest] = await check(dir)
    const dutch = await readFile(join(dir, 'locales', 'nl.yaml'), 'utf8')
    expect(rest).toEqual([])
    expect(stale).toMatchObject({ ruleId: 'translation-stale', severity: 'error', file: 'locales/nl.yaml' })
    expect(stale!.start.line).toBe(lineOf(dutch, /^ {2}who-we-are:$/, /^ {4}source-hash:/))
    expect(stale!.start.column).toBe('    source-hash: '.length + 1)
  })
})

describe('the Dutch translation of XWMS', () => {
  let dir: string | undefined
  afterEach(async () => {
    if (dir) await removeCopy(dir)
    dir = undefined
  })

  it('is complete and in step: check reports nothing about it', async () => {
    const diagnostics = await check(xwms)
    expect(diagnostics.filter((d) => d.file.includes('locales'))).toEqual([])
  })

  it('goes stale at the right line when an English section body is edited', async () => {
    dir = await copyPolicy(xwms)
    await edit(join(dir, 'sections.yaml'), 'Cookies and comparable tracking tools', 'Cookies and similar tracking tools')
    const diagnostics = (await check(dir)).filter((d) => d.file.includes('locales'))
    const dutch = await readFile(join(dir, 'locales', 'nl.yaml'), 'utf8')
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      ruleId: 'translation-stale',
      severity: 'error',
      file: 'locales/nl.yaml',
      reason: 'Dutch translation of section `cookies` is out of date: the English source changed since it was translated',
      start: { line: lineOf(dutch, /^sections:$/, /^ {2}cookies:$/) + 1, column: 18 },
    })
    expect(diagnostics[0]!.hint).toMatch(/^Bring the translation in line with the source \(sections\.yaml:\d+\), then run `policyc translate stamp .+ nl sections\.cookies`\.$/)
  })

  it('reports a deleted Dutch entry as missing, with the coverage', async () => {
    dir = await copyPolicy(xwms)
    await edit(join(dir, 'locales', 'nl.yaml'), /\n {2}marketing:\n(?: {4}.*\n| {6}.*\n)+/, '\n')
    const diagnostics = (await check(dir)).filter((d) => d.file.includes('locales'))
    const dutch = await readFile(join(dir, 'locales', 'nl.yaml'), 'utf8')
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      ruleId: 'translation-missing',
      severity: 'warning',
      reason: 'No Dutch translation of purpose `marketing`; the Dutch translation covers 99% of the source (102 of 103 entries)',
      start: { line: dutch.split('\n').indexOf('purposes:') + 1, column: 1 },
    })
  })

  it('reports the Dutch entry of a removed English section as an orphan', async () => {
    dir = await copyPolicy(xwms)
    await edit(join(dir, 'sections.yaml'), /\n {2}- id: updates\n(?: {4}.*\n|\n)+?(?= {2}- id:)/, '\n')
    const diagnostics = (await check(dir)).filter((d) => d.file.includes('locales'))
    const dutch = await readFile(join(dir, 'locales', 'nl.yaml'), 'utf8')
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]).toMatchObject({
      ruleId: 'translation-orphan',
      severity: 'warning',
      reason: 'The source has no section `updates`',
      start: { line: lineOf(dutch, /^sections:$/, /^ {2}updates:$/), column: 3 },
    })
  })
})
