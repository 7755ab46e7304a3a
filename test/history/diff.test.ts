import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { palette } from '../../src/diagnostics/reporters/color.js'
import { diffSources } from '../../src/history/diff-sources.js'
import type { DiffReport } from '../../src/history/diff/change.js'
import type { PolicyVersions } from '../../src/history/format/describe.js'
import { formatDiffJson } from '../../src/history/format/json.js'
import { formatDiffMarkdown } from '../../src/history/format/markdown.js'
import { formatDiffText } from '../../src/history/format/text.js'
import { fixtures } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { GIT_ENV, makeHistoryRepo, STEPS, stepsDir } from './git-repo.js'

const golden = join(fixtures, 'history', 'diffs')
let repo: string

beforeAll(async () => {
  Object.assign(process.env, GIT_ENV)
  repo = await makeHistoryRepo()
})
afterAll(async () => {
  await rm(repo, { recursive: true, force: true })
})

const policyc = (args: readonly string[], cwd = repo) => runCli(args, { cwd, env: GIT_ENV })

/** Each report's two versions of every policy, which the CLI hands the formats so they say names instead of ids. */
const versionsOf = new WeakMap<DiffReport, PolicyVersions>()

/** The diff as the CLI computes it, in-process (one CLI run costs a second on a busy machine). */
async function diffOf(from: string, to: string): Promise<DiffReport> {
  const result = await diffSources({ from, to, cwd: repo })
  if (!result.ok) throw new Error(`${result.side} does not load: ${JSON.stringify(result.diagnostics)}`)
  const [a, b] = result.sides
  versionsOf.set(result.report, (id) => ({ from: a.models.get(id)?.policy, to: b.models.get(id)?.policy }))
  return result.report
}

const FORMATS = [
  ['text', 'txt', (r: DiffReport) => formatDiffText(r, palette(false), versionsOf.get(r))],
  ['markdown', 'md', (r: DiffReport) => formatDiffMarkdown(r, versionsOf.get(r))],
  ['json', 'json', formatDiffJson],
] as const

/** Each commit against the one before it: the change the step made, and nothing else. */
const pairs = STEPS.slice(1).map((step, index) => ({ step, from: `step-${index + 1}`, to: `step-${index + 2}` }))

describe('policyc diff between revisions of a real repository', () => {
  it.each(pairs)('$step: exact diff in text, markdown and json', async ({ step, from, to }) => {
    const report = await diffOf(from, to)
    for (const [, ext, format] of FORMATS) await expect(format(report)).toMatchFileSnapshot(join(golden, `${step}.${ext}`))
  })

  it('colours text only when asked to (a TTY, or FORCE_COLOR), marking words in git\'s notation either way', async () => {
    const report = await diffOf('step-1', 'step-2')
    expect(formatDiffText(report, palette(false))).not.toMatch(/\u001b\[/)
    expect(formatDiffText(report, palette(true))).toContain('\u001b[31m[-recieve-]\u001b[39m \u001b[32m{+receive+}\u001b[39m')
  })

  it('the CLI prints exactly those outputs, on stdout, in each format', async () => {
    for (const [format, ext] of FORMATS) {
      const result = await policyc(['diff', 'step-2', 'step-3', '--format', format])
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      expect(result.stdout).toBe(await readFile(join(golden, `3-us-recipient.${ext}`), 'utf8'))
    }
  })

  it('classifies each step as the issue lists it', async () => {
    const summary: Record<string, string> = {}
    for (const { step, from, to } of pairs) {
      const report = await diffOf(from, to)
      summary[step] = report.policies[0]!.changes.map((c) => `${c.materiality} ${c.subject} ${c.id} ${c.action}${c.field ? ` ${c.field}` : ''}`).join('; ')
    }
    expect(summary).toEqual({
      '2-wording-fix': 'editorial section what-we-collect changed summary; editorial section what-we-collect changed body',
      '3-us-recipient': 'editorial policy mini changed effective; material recipient openai added; editorial section who-receives changed body',
      '4-retention': 'editorial policy mini changed effective; material retention payment-data changed period',
      '5-renamed-category': 'editorial category contact-details renamed',
      '6-removed-region': 'editorial policy mini changed effective; material region uk removed; material section uk-rights removed',
    })
  })

  it('--fail-on sets the exit code: material only for material changes, any for every change', async () => {
    const code = async (args: string[]) => (await policyc(['diff', ...args, '--format', 'json'])).code
    expect(await code(['step-1', 'step-2', '--fail-on', 'material'])).toBe(0)
    expect(await code(['step-1', 'step-2', '--fail-on', 'any'])).toBe(1)
    expect(await code(['step-2', 'step-3', '--fail-on', 'material'])).toBe(1)
    // No change at all with --fail-on any exits 0: see the working-tree test below.
  })

  it('TO defaults to the working tree, and an unchanged tree is no change', async () => {
    const clean = await policyc(['diff', 'HEAD', '--fail-on', 'any'])
    expect(clean.code).toBe(0)
    expect(clean.stdout).toContain('mini  HEAD:policies/mini (effective 2026-07-01) → policies/mini (effective 2026-07-01)\n  no changes')
    const path = join(repo, 'policies', 'mini', 'policy.yaml')
    const original = await readFile(path, 'utf8')
    try {
      await writeFile(path, original.replace('title: Mini Privacy Notice', 'title: Mini Privacy Statement'))
      const edited = await policyc(['diff', 'HEAD', '--format', 'json', '--fail-on', 'any'])
      expect(edited.code).toBe(1)
      const report = JSON.parse(edited.stdout) as { to: unknown; policies: { changes: unknown[] }[] }
      expect(report.to).toEqual({ label: 'working tree', commit: null })
      expect(report.policies[0]!.changes).toEqual([
        { subject: 'policy', id: 'mini', action: 'changed', field: 'title', words: [{ op: 'same', text: 'Mini Privacy ' }, { op: 'removed', text: 'Notice' }, { op: 'added', text: 'Statement' }], materiality: 'editorial', reason: 'wording' },
      ])
    } finally {
      await writeFile(path, original)
    }
  })

  it('a policy that does not load at a revision is reported with its place, exit 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policyc-broken-'))
    try {
      await cp(join(stepsDir, '1-initial.yaml'), join(dir, 'a', 'policy.yaml'))
      await cp(join(stepsDir, '1-initial.yaml'), join(dir, 'b', 'policy.yaml'))
      await writeFile(join(dir, 'b', 'policy.yaml'), (await readFile(join(dir, 'b', 'policy.yaml'), 'utf8')).replace('basis: consent', 'basis: consnet'))
      const result = await policyc(['diff', 'a', 'b'], dir)
      expect(result.code).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/^b\/policy\.yaml:\d+:\d+-\d+:\d+ {2}error {2}Unexpected `consnet`/m)
      expect(result.stderr).toContain('policyc: the policies in b do not load, so they cannot be compared')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('policyc diff between two paths', () => {
  it('reordering lists and keys, re-wrapping YAML and prose is not a change', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'policyc-reorder-'))
    try {
      const source = await readFile(join(stepsDir, '3-us-recipient.yaml'), 'utf8')
      await cp(join(stepsDir, '3-us-recipient.yaml'), join(dir, 'before', 'policy.yaml'))
      const reordered = source
        .replace('regions: [eea, uk, us-ca]', 'regions:\n  - us-ca\n  - eea\n  - uk')
        .replace('categories: [payment, contact]', 'categories: [contact, payment]')
        .replace('examples: [name, email address]', 'examples: ["email address", name]')
        .replace('when you sign up, and your :ref{id=payment} when you\n      pay.', 'when you sign up,\n      and your :ref{id=payment} when you pay.')
      // Move the recipients list above the categories, and the first purpose to the end.
      const recipients = reordered.slice(reordered.indexOf('recipients:'), reordered.indexOf('retention:'))
      const moved = reordered.replace(recipients, '').replace('categories:\n  - id: contact', `${recipients}categories:\n  - id: contact`)
      const account = moved.slice(moved.indexOf('  - id: account\n'), moved.indexOf('  - id: payments\n'))
      const final = moved.replace(account, '').replace('recipients:\n', `recipients:\n`).replace('    basis: consent\n', `    basis: consent\n${account}`)
      expect(final).not.toBe(source)
      await writeFile(join(dir, 'after.yaml'), final)
      const result = await policyc(['diff', 'before', 'after.yaml', '--format', 'json', '--fail-on', 'any'], dir)
      expect(result.stderr).toBe('')
      const report = JSON.parse(result.stdout) as { policies: { status: string; changes: unknown[] }[] }
      expect(report.policies[0]!.changes).toEqual([
        // Re-wrapping a Markdown paragraph is reported, as formatting only.
        expect.objectContaining({ subject: 'section', id: 'what-we-collect', field: 'body', materiality: 'editorial', reason: 'formatting only (spacing or line breaks)' }),
      ])
      expect(result.code).toBe(1)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
