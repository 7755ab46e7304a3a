import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Change } from '../../src/history/diff/change.js'
import { plainSentence } from '../../src/history/format/plain.js'
import { runCli } from '../helpers/run-cli.js'
import { nuErrors } from '../site/validators.js'
import { git, GIT_ENV, stepsDir } from './git-repo.js'

/**
 * The redline (issue 21) on a real repository: policies/mini committed, then one commit that
 * rewords a sentence, changes a table cell (an example of a category), makes a retention period
 * longer and removes a recipient. `policyc diff HEAD~1 --format html` must mark each where the
 * reader sees it and say each in plain words, linked to its place; `build --history` must write
 * one redline per reader.
 */
let repo: string
let html: string
const policy = () => join(repo, 'policies', 'mini', 'policy.yaml')

async function edit(from: string, to: string): Promise<void> {
  const text = await readFile(policy(), 'utf8')
  if (!text.includes(from)) throw new Error(`edit(): \`${from}\` is not in the fixture`)
  await writeFile(policy(), text.replace(from, to))
}

async function commit(message: string, date: string): Promise<void> {
  await git(repo, ['add', '-A'])
  await git(repo, ['-c', 'user.name=Legal Editor', '-c', 'user.email=legal@mini.example', 'commit', '-q', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date })
}

/** The `<tr>` with this id, or of this class containing this text. */
function row(id: string): string {
  const found = new RegExp(`<tr id="${id}"[^>]*>[\\s\\S]*?</tr>`).exec(html)?.[0]
  if (!found) throw new Error(`no row #${id} in the redline`)
  return found
}

/** The plain-words summary (above the redline). */
const summary = () => /<section class="rl-summary"[\s\S]*?<\/section>/.exec(html)![0]
const itemOf = (text: string) => {
  const found = summary().split('\n').find((line) => line.includes(text))
  if (!found) throw new Error(`the summary does not say "${text}":\n${summary()}`)
  return found
}

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'policyc-redline-'))
  await git(repo, ['init', '-q', '-b', 'main'])
  await mkdir(join(repo, 'policies', 'mini'), { recursive: true })
  await copyFile(join(stepsDir, '3-us-recipient.yaml'), policy())
  await commit('The notice as published', '2026-03-01T12:00:00+00:00')
  await edit('effective: 2026-03-01', 'effective: 2026-06-01')
  await edit('when you sign up, and your', 'when you create an account, and your') // a sentence
  await edit('examples: [IBAN, invoices]', 'examples: [IBAN, invoices, receipts]') // a table cell
  await edit('period: P7Y', 'period: P10Y') // a retention period
  // A recipient removed, with the sentence that named it.
  await edit(' Support answers are drafted with :ref{id=openai}.', '')
  const text = await readFile(policy(), 'utf8')
  await writeFile(policy(), text.replace(/  - id: openai\n(    .*\n)+/, ''))
  await commit('Ten years for payment data, OpenAI no longer used', '2026-05-20T12:00:00+00:00')
  const result = await runCli(['diff', 'HEAD~1', '--format', 'html'], { cwd: repo, env: GIT_ENV })
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  html = result.stdout
}, 120_000)

afterAll(async () => {
  await rm(repo, { recursive: true, force: true })
})

describe('policyc diff --format html', () => {
  it('marks a reworded sentence word by word, inside its section', () => {
    const section = /<section class="section rl-section rl-changed" aria-labelledby="what-we-collect">[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''
    expect(section).toMatch(/<del><span class="sr-only">\[deleted: <\/span>sign up,<span class="sr-only">\]<\/span><\/del> <ins><span class="sr-only">\[inserted: <\/span>create an account,<span class="sr-only">\]<\/span><\/ins>/)
    expect(itemOf('“What we collect”, text: reworded')).toContain('href="#what-we-collect"')
  })

  it('marks a changed table cell inside its row, and says it in plain words', () => {
    expect(row('user-content-category-payment')).toMatch(/<ins><span class="sr-only">\[inserted: <\/span>[^<]*receipts[^<]*<span class="sr-only">\]<\/span><\/ins>/)
    expect(itemOf('“Payment details”, examples: now also receipts')).toContain('href="#user-content-category-payment"')
  })

  it('marks a longer retention period in the retention table and says it in years, as material', () => {
    const retention = row('user-content-retention-payment-data')
    // Word by word: the number changes, "years" stays.
    expect(retention).toMatch(/<del><span class="sr-only">\[deleted: <\/span>7<span class="sr-only">\]<\/span><\/del> <ins><span class="sr-only">\[inserted: <\/span>10<span class="sr-only">\]<\/span><\/ins> years/)
    const item = itemOf('Payment details is now kept for 10 years instead of 7 years')
    expect(item).toContain('class="rl-material"')
    expect(item).toContain('href="#user-content-retention-payment-data"')
  })

  it('shows a removed recipient as a removed table row, announced as such, and names it', () => {
    const removed = row('user-content-recipient-openai')
    expect(removed).toContain('class="rl-row-removed"')
    expect(removed).toContain('<span class="sr-only">Row removed: </span>')
    expect(removed).toContain('OpenAI')
    expect(itemOf('OpenAI no longer receives personal data')).toContain('href="#user-content-recipient-openai"')
    // The sentence that named it is struck in the text above the table.
    expect(html).toContain('Payments go through <a href="#user-content-recipient-mollie">Mollie</a>. <del><span class="sr-only">[deleted: </span>Support answers are drafted with<span class="sr-only">]</span></del>')
  })

  it('lists material changes first, in plain words: no ids or ISO durations in the summary', () => {
    const kinds = [...summary().matchAll(/<li class="rl-(material|editorial)">/g)].map((m) => m[1])
    expect(kinds.length).toBeGreaterThanOrEqual(4)
    expect(kinds).toEqual([...kinds].sort((a, b) => Number(a === 'editorial') - Number(b === 'editorial')))
    const words = summary().replace(/<[^>]+>/g, '')
    for (const raw of ['P10Y', 'P7Y', 'openai', 'payment-data', 'what-we-collect']) expect(words).not.toContain(raw)
  })

  it('folds unchanged sections into <details>, keeping their headings; no script anywhere', () => {
    expect(html).toMatch(/<h2 id="how-long">How long we keep it<\/h2>/)
    expect(html).toMatch(/<section class="section rl-section rl-same" aria-labelledby="uk-rights"><h2 id="uk-rights">Your rights in the UK<\/h2>\n<details class="rl-unchanged"><summary>Unchanged: show the text<\/summary>/)
    expect(html).not.toMatch(/<script|javascript:/i)
  })

  it('is one valid, self-contained HTML file, the same bytes every time', async () => {
    const file = join(repo, 'r.html')
    await writeFile(file, html)
    // The Nu checker's CSS grammar predates CSS containment 3 (`container-type`, `cqi`), which the
    // site's own stylesheet uses; on the site it is linked and not checked, here it is inlined.
    const unknownToNu = /CSS: “(container-type|max-width)”: (Property “container-type” doesn't exist|Unknown dimension)\.$/
    expect((await nuErrors([file])).filter((e) => !unknownToNu.test(e))).toEqual([])
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[A-Za-z0-9+/=]+&#39;/)
    expect(html).not.toMatch(/<link rel="stylesheet"/)
    const again = await runCli(['diff', 'HEAD~1', '--format', 'html'], { cwd: repo, env: GIT_ENV })
    expect(again.stdout).toBe(html)
  }, 120_000)

  it('shows one region’s reader their own notice, and refuses a region or language the policy does not have', async () => {
    const uk = await runCli(['diff', 'HEAD~1', '--format', 'html', '--region', 'uk'], { cwd: repo, env: GIT_ENV })
    expect(uk.code).toBe(0)
    expect(uk.stdout).toContain('The notice as readers in United Kingdom read it.')
    const nowhere = await runCli(['diff', 'HEAD~1', '--format', 'html', '--region', 'ch'], { cwd: repo, env: GIT_ENV })
    expect(nowhere.code).toBe(2)
    expect(nowhere.stderr).toContain('does not serve region `ch`')
    const dutch = await runCli(['diff', 'HEAD~1', '--format', 'html', '--lang', 'nl'], { cwd: repo, env: GIT_ENV })
    expect(dutch.code).toBe(2)
    expect(dutch.stderr).toContain('has no nl translation')
  }, 120_000)

  it('build --history writes a redline per version pair and region, and a timeline linking them', async () => {
    const built = await runCli(['build', '--history', '--out', 'dist', '--quiet'], { cwd: repo, env: GIT_ENV })
    expect(built.code, built.stderr).toBe(0)
    const pages = ['index.html', 'eea/index.html', 'uk/index.html', 'us-ca/index.html'].map((p) => join(repo, 'dist', 'mini', 'changes', '2026-06-01', p))
    for (const page of pages) expect(await readFile(page, 'utf8')).toContain('Payment details is now kept for 10 years instead of 7 years')
    const changelog = await readFile(join(repo, 'dist', 'mini', 'changes', 'index.html'), 'utf8')
    expect(changelog).toMatch(/<svg class="timeline"[\s\S]*<a href="2026-06-01\/" aria-label="Version of 1 June 2026: material changes">[\s\S]*<circle class="tl-material"/)
    expect(await nuErrors([...pages, join(repo, 'dist', 'mini', 'changes', 'index.html')])).toEqual([])
  }, 240_000)
})

describe('plain words in every catalog language', () => {
  const from = { title: 'Mini', retention: [{ id: 'r', categories: ['pay'], period: 'P7Y' }], categories: [{ id: 'pay', label: 'Payment details' }] }
  const to = { ...from, retention: [{ id: 'r', categories: ['pay'], period: 'P10Y' }] }
  const longer: Change = { subject: 'retention', id: 'r', action: 'changed', field: 'period', before: 'P7Y', after: 'P10Y', materiality: 'material', reason: 'longer retention' }
  const removed: Change = { subject: 'recipient', id: 'openai', action: 'removed', before: { id: 'openai', name: 'OpenAI' }, materiality: 'editorial', reason: '' }
  const basis: Change = { subject: 'purpose', id: 'news', action: 'changed', field: 'basis', regions: ['eea'], before: 'consent', after: 'legitimate-interests', materiality: 'material', reason: '' }
  it.each([
    ['en', 'Payment details is now kept for 10 years instead of 7 years', 'OpenAI no longer receives personal data', 'now Legitimate interests instead of Consent'],
    ['nl', 'Payment details wordt nu 10 jaar bewaard in plaats van 7 jaar', 'OpenAI ontvangt geen persoonsgegevens meer', 'Gerechtvaardigd belang'],
    ['de', 'Payment details: werden jetzt 10 Jahre statt 7 Jahre aufbewahrt', 'OpenAI erhält keine personenbezogenen Daten mehr', 'Berechtigte Interessen'],
    ['fr', 'Payment details : désormais conservées 10 ans au lieu de 7 ans', 'OpenAI ne reçoit plus de données personnelles', 'Intérêts légitimes'],
    ['es', 'Payment details: ahora se conservan 10 años en lugar de 7 años', 'OpenAI ya no recibe datos personales', 'Intereses legítimos'],
  ])('%s', (language, kept, gone, interests) => {
    const ctx = { from: from as never, to: to as never, language }
    expect(plainSentence(longer, ctx)).toBe(kept)
    expect(plainSentence(removed, ctx)).toBe(gone)
    const said = plainSentence(basis, ctx)
    expect(said).toContain(interests)
    expect(said).not.toMatch(/legitimate-interests|consent\b|eea/)
  })
})
