import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { palette } from '../../src/diagnostics/reporters/color.js'
import { diffSources } from '../../src/history/diff-sources.js'
import type { DiffReport } from '../../src/history/diff/change.js'
import { formatDiffJson } from '../../src/history/format/json.js'
import { formatDiffMarkdown } from '../../src/history/format/markdown.js'
import { formatDiffText } from '../../src/history/format/text.js'
import { fixtures } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { git, GIT_ENV } from './git-repo.js'

// Issue 10: `policyc diff` reports translation-only changes as editorial. A real repository: the
// small Lingo notice with its Dutch translation (test/fixtures/locale/base), then commits that
// touch only locales/*.yaml.

let repo: string
const policy = () => join(repo, 'policies', 'lingo')
const dutch = () => join(policy(), 'locales', 'nl.yaml')

async function commit(message: string, tag: string): Promise<void> {
  await git(repo, ['add', '-A'])
  await git(repo, ['-c', 'user.name=Translator', '-c', 'user.email=nl@lingo.example', 'commit', '-q', '-m', message], { GIT_AUTHOR_DATE: '2026-02-01T12:00:00+00:00', GIT_COMMITTER_DATE: '2026-02-01T12:00:00+00:00' })
  await git(repo, ['tag', tag])
}

async function replaceIn(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, 'utf8')
  if (!text.includes(from)) throw new Error(`replaceIn(): \`${from}\` not in ${file}`)
  await writeFile(file, text.replace(from, to))
}

beforeAll(async () => {
  Object.assign(process.env, GIT_ENV)
  repo = await mkdtemp(join(tmpdir(), 'policyc-translation-diff-'))
  await git(repo, ['init', '-q', '-b', 'main'])
  await cp(join(fixtures, 'locale', 'base'), policy(), { recursive: true })
  await commit('Lingo notice with its Dutch translation', 'source')
  // Only a Dutch section title changes.
  await replaceIn(dutch(), 'title: Wie wij zijn', 'title: Over ons')
  await commit('Dutch: a better section title', 'dutch-title')
  // A German translation is added: a new locale file, nothing else.
  await writeFile(join(policy(), 'locales', 'de.yaml'), 'language: de\n\ntitle:\n  source-hash: ca198ded8b1c\n  text: Datenschutzerklärung\n')
  await commit('German translation started', 'german')
  // The Dutch file: one entry dropped, one re-confirmed against the source (its hash alone changes).
  await replaceIn(dutch(), 'cookies:\n  session:\n    source-hash: 64c22d21277b\n    name: Sessiecookie\n    description: Houdt u ingelogd.\n', '')
  await replaceIn(dutch(), 'source-hash: 51bc15f69c8a', 'source-hash: 0123456789ab')
  await commit('Dutch: cookies left to the source, channel restamped', 'dutch-entries')
}, 60_000)

afterAll(async () => {
  await rm(repo, { recursive: true, force: true })
})

const policyc = (args: readonly string[]) => runCli(args, { cwd: repo, env: GIT_ENV })

async function diffOf(from: string, to?: string): Promise<DiffReport> {
  const result = await diffSources({ from, to, cwd: repo })
  if (!result.ok) throw new Error(`${result.side} does not load: ${JSON.stringify(result.diagnostics)}`)
  return result.report
}

const WORDING = 'wording of a translation; the facts are the source’s'

describe('policyc diff of translations', () => {
  it('reports a changed Dutch title as an editorial change, with the language and the key', async () => {
    const report = await diffOf('source', 'dutch-title')
    expect(report.summary).toEqual({ policies: 1, changed: 1, material: 0, editorial: 1 })
    expect(report.policies[0]!.changes).toEqual([
      {
        subject: 'translation',
        id: 'nl',
        action: 'changed',
        field: 'sections.who-we-are.title',
        words: [
          { op: 'removed', text: 'Wie wij zijn' },
          { op: 'added', text: 'Over ons' },
        ],
        materiality: 'editorial',
        reason: WORDING,
      },
    ])
    // Plain words for people (the section by its kind, the language by its name); the key only in JSON.
    expect(formatDiffText(report, palette(false))).toContain(`  editorial  Dutch, “Section”, title: reworded: [-Wie wij zijn-] {+Over ons+}\n             ${WORDING}\n`)
    expect(formatDiffMarkdown(report)).toContain(`| editorial | Dutch, “Section”, title: reworded: ~~Wie wij zijn~~ **Over ons** | ${WORDING} |`)
    expect(JSON.parse(formatDiffJson(report))).toEqual(JSON.parse(JSON.stringify(report)))
  })

  it('passes the materiality gate in every format, and fails --fail-on any', async () => {
    for (const format of ['text', 'markdown', 'json']) {
      const gate = await policyc(['diff', 'source', 'dutch-title', '--format', format, '--fail-on', 'material'])
      expect(gate.stderr).toBe('')
      expect(gate.code).toBe(0)
      // The CLI knows both versions, so it names the section by its title; JSON keeps the key.
      expect(gate.stdout).toContain(format === 'json' ? 'sections.who-we-are.title' : 'Dutch, “Who we are”, title: reworded')
    }
    const json = JSON.parse((await policyc(['diff', 'source', 'dutch-title', '--format', 'json'])).stdout) as DiffReport
    expect(json.policies[0]!.changes.map((c) => [c.subject, c.id, c.field, c.materiality])).toEqual([['translation', 'nl', 'sections.who-we-are.title', 'editorial']])
    expect((await policyc(['diff', 'source', 'dutch-title', '--fail-on', 'any'])).code).toBe(1)
  })

  it('reports a new locale file as a new translation', async () => {
    const report = await diffOf('dutch-title', 'german')
    expect(report.policies[0]!.changes).toEqual([
      { subject: 'translation', id: 'de', action: 'added', materiality: 'editorial', reason: 'a new translation; it restates the source, whose facts are classified on their own' },
    ])
    expect(formatDiffText(report, palette(false))).toContain('  editorial  New translation: German\n')
    expect(formatDiffMarkdown(report)).toContain('| editorial | New translation: German |')
    // And the other way round, a translation withdrawn.
    expect((await diffOf('german', 'dutch-title')).policies[0]!.changes).toEqual([expect.objectContaining({ subject: 'translation', id: 'de', action: 'removed', materiality: 'editorial' })])
  })

  it('reports an entry no longer translated, and a restamp as the hash alone', async () => {
    const report = await diffOf('german', 'dutch-entries')
    expect(report.policies[0]!.changes.map((c) => ({ id: c.id, field: c.field, removed: c.removed, before: c.before, after: c.after, materiality: c.materiality }))).toEqual([
      { id: 'nl', field: 'channels.email.source-hash', removed: undefined, before: '51bc15f69c8a', after: '0123456789ab', materiality: 'editorial' },
      { id: 'nl', field: undefined, removed: ['cookies.session'], before: undefined, after: undefined, materiality: 'editorial' },
    ])
    const text = formatDiffText(report, palette(false))
    expect(text).toContain('Dutch, “Way to contact us”, source hash: now 0123456789ab instead of 51bc15f69c8a')
    expect(text).toContain('Translation removed: Dutch: Cookie')
  })

  it('compares the working tree’s translations with a revision’s', async () => {
    expect((await diffOf('HEAD')).policies[0]!.status).toBe('unchanged')
    const original = await readFile(dutch(), 'utf8')
    try {
      await replaceIn(dutch(), 'label: E-mail', 'label: E-mailadres')
      const report = await diffOf('HEAD')
      expect(report.to.label).toBe('working tree')
      expect(report.policies[0]!.changes).toEqual([expect.objectContaining({ subject: 'translation', id: 'nl', field: 'channels.email.label', materiality: 'editorial' })])
      // A source edit next to it is still classified on its own.
      const source = join(policy(), 'policy.yaml')
      const policyText = await readFile(source, 'utf8')
      try {
        await replaceIn(source, 'title: Privacy Notice', 'title: Privacy Statement')
        const both = await diffOf('HEAD')
        expect(both.policies[0]!.changes.map((c) => `${c.subject} ${c.id} ${c.field}`)).toEqual(['policy lingo title', 'translation nl channels.email.label'])
      } finally {
        await writeFile(source, policyText)
      }
    } finally {
      await writeFile(dutch(), original)
    }
  })

  it('refuses a side whose translation does not load, at the file’s place, as check would', async () => {
    const original = await readFile(dutch(), 'utf8')
    try {
      await replaceIn(dutch(), 'language: nl', 'language: nl\nlanguages: [nl]')
      const result = await diffSources({ from: 'HEAD', cwd: repo })
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.side).toBe('working tree')
      expect(result.diagnostics).toEqual([expect.objectContaining({ file: 'policies/lingo/locales/nl.yaml', severity: 'error' })])
    } finally {
      await writeFile(dutch(), original)
    }
  })
})
