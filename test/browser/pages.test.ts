import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, root } from '../helpers/paths.js'
import { runCli } from '../helpers/run-cli.js'
import { CHROMIUM, hasChromium, launchChromium, SiteTab } from './browser-session.js'
import {
  axeProblems,
  CheckedBlocks,
  COLOUR_RULES,
  headingProblems,
  headingSizeProblems,
  inShortProblems,
  keyboardProblems,
  loadAxe,
  overflowProblems,
  printProblems,
  tableProblems,
  textMeasure,
} from './page-checks.js'
import { countKinds, discoverPages, type PageKind, type SitePage } from './site-pages.js'
import { serveFolder, type StaticServer } from './static-server.js'
import { addRedlines } from './redlines.js'

/**
 * The published site in a real browser (issue 7). The site is built once with the CLI, served
 * over http from 127.0.0.1, and every page the build wrote is opened in one Chromium: axe-core in
 * light and dark, headings, tables, keyboard, focus, line length, the "in short" layer, a 375px
 * phone, print, and no outside requests or console errors. Screenshots go to test/artifacts/.
 *
 * POLICYC_BROWSER_ALL=1 checks every translated and past-version page and runs axe over every
 * section of every page (see `sample` and `CheckedBlocks`); POLICYC_BROWSER_TIMINGS=1 prints
 * how long each step took on each page.
 */

const ci = process.env.CI === 'true' || process.env.CI === '1'
const ARTIFACTS = join(root, 'test', 'artifacts', 'screenshots')
const PHONE = { width: 375, height: 800 }
const DESKTOP = { width: 1280, height: 900 }

if (!hasChromium && !ci) console.warn(`test/browser: skipped: no Chromium at ${CHROMIUM} (install the "chromium" package; under CI=true this fails instead)`)

describe('the browser suite under CI', () => {
  it.runIf(ci)(`has Chromium at ${CHROMIUM} (CI must run the browser tests, never skip them)`, () => {
    expect(hasChromium, `CI=true but ${CHROMIUM} is missing: .ci/run installs it with "apt-get install chromium"`).toBe(true)
  })
})

describe.skipIf(!hasChromium && !ci)('the published pages in Chromium', () => {
  let work: string
  let dist: string
  let server: StaticServer
  let browser: Browser
  let tab: SiteTab
  let pages: SitePage[] = []
  // POLICYC_BROWSER_ALL=1 runs axe over every block of every page, even those already checked.
  const checked = process.env.POLICYC_BROWSER_ALL ? { run: (_p: unknown, _k: string, check: (e: undefined) => Promise<string[]>) => check(undefined), skipped: 0 } : new CheckedBlocks()

  beforeAll(async () => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: compile first with "npx tsc -p ."`)
    browser = await launchChromium() // first: a missing browser fails at once, before the build
    work = mkdtempSync(join(tmpdir(), 'policyc-browser-'))
    dist = join(work, 'dist')
    const help = await runCli(['build', '--help'], { cwd: root })
    // Past versions and the changelog are built on request; test them as soon as build offers them.
    const extra = help.stdout.includes('--history') ? ['--history'] : []
    const built = await runCli(['build', '--out', dist, '--quiet', ...extra], { cwd: root })
    if (built.code !== 0) throw new Error(`policyc build failed (exit ${built.code}):\n${built.stdout}\n${built.stderr}`)
    await addRedlines(work, dist)
    pages = discoverPages(dist)
    server = await serveFolder(dist)
    tab = await SiteTab.open(browser, server.origin)
  }, 240_000)

  afterAll(async () => {
    await tab?.close()
    await browser?.close()
    await server?.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  const of = (...kinds: PageKind[]) => pages.filter((p) => kinds.includes(p.kind))
  const depth = (p: SitePage) => p.path.split('/').length
  const shallowest = (list: readonly SitePage[]) =>
    [...list].sort((a, b) => depth(a) - depth(b) || Number(b.policy === 'xwms-privacy') - Number(a.policy === 'xwms-privacy'))[0]

  /**
   * Every check on one page, in an order that keeps each one independent: axe in both colour
   * schemes first (on the untouched page), then the DOM checks, the keyboard (which moves focus
   * and the hash), the phone width and print. Returns the problems, each prefixed with the page.
   */
  async function checkPage(page: SitePage, options: { status?: number; url?: string } = {}): Promise<string[]> {
    const problems: string[] = []
    const p = tab.page
    const timings: string[] = []
    let started = performance.now()
    const lap = (step: string) => {
      timings.push(`${step} ${Math.round(performance.now() - started)}`)
      started = performance.now()
    }
    await tab.load(options.url ?? server.url(page.urlPath), options.status)
    await loadAxe(p)
    lap('load')
    const light = await checked.run(p, 'light', (exclude) => axeProblems(p, undefined, exclude))
    problems.push(...light.map((s) => `[light] ${s}`))
    lap('axe')
    await p.emulateMedia({ colorScheme: 'dark' })
    const dark = await checked.run(p, 'dark', (exclude) => axeProblems(p, COLOUR_RULES, exclude))
    problems.push(...dark.map((s) => `[dark] ${s}`))
    await p.emulateMedia({ colorScheme: 'light' })
    lap('axe-dark')

    problems.push(...(await headingProblems(p)), ...(await headingSizeProblems(p)), ...(await tableProblems(p)))
    problems.push(...(await inShortProblems(p)).problems)
    const measure = await textMeasure(p)
    if (measure && (measure.ch < 45 || measure.ch > 85)) problems.push(`line length: the text runs ${measure.ch} characters a line ("${measure.sample}…"), expected 45–85`)

    const needsSkipLink = await p.evaluate(() => {
      const main = document.querySelector('main')
      const focusables = [...document.querySelectorAll('a[href], summary, button, input, select, textarea, [tabindex]')]
      return !!main && focusables.some((el) => !el.closest('main') && main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING && !el.matches('.skip-link'))
    })
    lap('dom')
    problems.push(...(await keyboardProblems(p, { needsSkipLink })).problems)
    lap('keyboard')

    await p.setViewportSize(PHONE)
    problems.push(...(await overflowProblems(p)).problems.map((s) => `[375px] ${s}`))
    await p.setViewportSize(DESKTOP)

    await p.emulateMedia({ media: 'print' })
    problems.push(...(await printProblems(p)))
    await p.emulateMedia({ media: 'screen' })
    lap('phone+print')
    if (process.env.POLICYC_BROWSER_TIMINGS) console.info(`${page.path}: ${timings.join(', ')} ms`)

    problems.push(...tab.take())
    return problems.map((s) => `${page.path}: ${s}`)
  }

  /**
   * Translations and past versions repeat the region pages' layout once per language and per
   * version, so a full check of all of them would grow the suite without bound. Each language and
   * each past version of each policy is checked on its global page and its first region page;
   * coverage, changelog and unknown kinds are checked in full. POLICYC_BROWSER_ALL=1 checks all.
   */
  function sample(list: readonly SitePage[]): { checked: SitePage[]; left: SitePage[] } {
    if (process.env.POLICYC_BROWSER_ALL) return { checked: [...list], left: [] }
    const taken = new Map<string, number>()
    const picked: SitePage[] = []
    const left: SitePage[] = []
    for (const page of list) {
      if (page.kind !== 'translation' && page.kind !== 'version' && page.kind !== 'redline') {
        picked.push(page)
        continue
      }
      // The group: policy + language, or policy + version date (the folder after versions/ or changes/).
      const parts = page.path.split('/')
      const group = page.kind === 'translation' ? `${page.policy}/${page.lang}` : `${parts[0]}/${parts[1]}/${parts[2]}`
      const count = taken.get(group) ?? 0
      const isGlobal = page.path.split('/').length === (page.kind === 'translation' ? 3 : 4)
      if (isGlobal || count < 1) {
        picked.push(page)
        if (!isGlobal) taken.set(group, count + 1)
      } else left.push(page)
    }
    return { checked: picked, left }
  }

  async function checkAll(list: readonly SitePage[]): Promise<string[]> {
    const problems: string[] = []
    for (const page of list) problems.push(...(await checkPage(page)))
    return problems
  }

  it('finds every kind of page the build wrote', () => {
    const counts = countKinds(pages)
    console.info(`test/browser: ${pages.length} pages: ${JSON.stringify(counts)}`)
    expect(counts.index).toBe(1)
    expect(counts['not-found']).toBe(1)
    expect(counts.global ?? 0).toBeGreaterThanOrEqual(2)
    // Every page a global page's switchers link to (each region variant, each language, the
    // changelog) was found, so none is left out of the checks below.
    const paths = new Set(pages.map((p) => p.path))
    for (const global of of('global')) {
      const html = readFileSync(join(dist, global.path), 'utf8')
      const hrefs = [...html.matchAll(/<li><a href="([^"]+)"(?: aria-current="page")?>/g)].map((m) => m[1]!)
      expect(hrefs.length, `${global.path} offers its variants`).toBeGreaterThan(1)
      for (const href of hrefs) expect(paths, `${global.path} links ${href}`).toContain(new URL(href, `http://x/${global.path}`).pathname.slice(1))
    }
  })

  it('the site index', { timeout: 60_000 }, async () => {
    expect(await checkAll(of('index'))).toEqual([])
  })

  it('the 404 page, as a host serves it for a missing address', { timeout: 60_000 }, async () => {
    const [notFound] = of('not-found')
    expect(await checkPage(notFound!, { url: server.url('no/such/page/'), status: 404 })).toEqual([])
    expect(await tab.page.locator('h1').textContent()).toMatch(/not found/i)
  })

  it('every global notice', { timeout: 90_000 }, async () => {
    const globals = of('global')
    expect(await checkAll(globals)).toEqual([])
    // The flagship really exercises the layer and scrolling checks (they are not vacuous).
    await tab.load(server.url('xwms-privacy/'))
    expect((await inShortProblems(tab.page)).count).toBeGreaterThan(5)
    const measure = await textMeasure(tab.page)
    expect(measure?.ch).toBeGreaterThanOrEqual(45)
    await tab.page.setViewportSize(PHONE)
    expect((await overflowProblems(tab.page)).scrollingBoxes).toBeGreaterThan(0)
    await tab.page.setViewportSize(DESKTOP)
    expect(tab.take()).toEqual([])
  })

  it('every region variant of every policy', { timeout: 600_000 }, async () => {
    const regions = of('region')
    expect(regions.length).toBeGreaterThanOrEqual(20)
    expect(await checkAll(regions)).toEqual([])
    console.info(`test/browser: axe left out ${checked.skipped} sections and pictures so far that it had checked on an earlier page in exactly the same form`)
  })

  it('translations, coverage, changelog, past versions and any other page, when the build writes them', { timeout: 300_000 }, async () => {
    const { checked, left } = sample(of('translation', 'coverage', 'changelog', 'version', 'other'))
    console.info(`test/browser: other pages checked: ${checked.length ? checked.map((p) => `${p.path} (${p.kind})`).join(', ') : 'none in this build'}`)
    if (left.length) console.info(`test/browser: ${left.length} more translated and past-version pages share those layouts and were not opened (POLICYC_BROWSER_ALL=1 opens them too)`)
    expect(await checkAll(checked)).toEqual([])
  })

  it('prints a clean document: pdftotext reads the notice without navigation and with link addresses', { timeout: 60_000 }, async () => {
    const pdftotext = '/usr/bin/pdftotext'
    if (!existsSync(pdftotext) && !ci) return void console.warn('test/browser: no pdftotext, the PDF check is left out')
    await tab.load(server.url('xwms-privacy/eea/'))
    await tab.page.emulateMedia({ media: 'print' })
    const pdf = await tab.page.pdf({ format: 'A4', printBackground: true })
    await tab.page.emulateMedia({ media: 'screen' })
    const file = join(work, 'eea.pdf')
    writeFileSync(file, pdf)
    const text = execFileSync(pdftotext, ['-layout', file, '-'], { encoding: 'utf8' })
    const skip = await tab.page.locator('.skip-link').textContent()
    const switcher = await tab.page.locator('details summary').first().textContent()
    expect(text).toContain(await tab.page.locator('h1').textContent())
    expect(text).not.toContain(skip!.trim())
    expect(text).not.toContain(switcher!.trim())
    const external = await tab.page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('main .body a[href^="http"]')].map((a) => a.href))
    expect(external.length).toBeGreaterThan(0)
    const flat = text.replace(/\s+/g, '')
    for (const href of external.slice(0, 5)) expect(flat).toContain(href.replace(/\/$/, ''))
    expect(tab.take()).toEqual([])
  })

  /**
   * The suite can fail: a real page is broken on purpose in the browser, and every fault must be
   * reported by the same checks the pages above pass.
   */
  it('reports a page broken on purpose: no alt, a skipped heading, low contrast, no caption, sideways scrolling, no skip link, no focus ring', { timeout: 60_000 }, async () => {
    const p = tab.page
    await tab.load(server.url('xwms-privacy/us-ca/'))
    await loadAxe(p)
    await p.evaluate(() => {
      const body = document.querySelector('.section .body')!
      const picture = document.createElement('img')
      picture.src = '../../assets/broken-picture.png' // no alt, and a file that is not there
      body.prepend(picture)
      const skipped = document.createElement('h4')
      skipped.textContent = 'A heading two levels down'
      body.prepend(skipped)
      const faint = document.createElement('p')
      faint.textContent = 'Faint grey text that few people can read.'
      faint.style.color = '#bdbdbd' // CSSOM, which the page's CSP allows: about 1.9:1 on white
      body.append(faint)
      document.querySelector('table caption')!.remove()
      const wide = document.createElement('p')
      wide.textContent = 'Datenschutzgrundverordnungsaufsichtsbehörde'.repeat(3) // one word, no break opportunity
      body.append(wide)
    })
    const axe = await axeProblems(p)
    const headings = await headingProblems(p)
    const tables = await tableProblems(p)
    await p.setViewportSize(PHONE)
    const overflow = (await overflowProblems(p)).problems
    await p.setViewportSize(DESKTOP)
    const network = tab.take()

    await tab.load(server.url('xwms-privacy/us-ca/'))
    await p.evaluate(() => {
      document.querySelector('.skip-link')?.remove()
      const sheet = [...document.styleSheets].find((s) => s.href?.endsWith('site.css'))!
      sheet.insertRule(':focus-visible { outline: none !important; box-shadow: none !important; }', sheet.cssRules.length)
    })
    const keyboard = (await keyboardProblems(p, { needsSkipLink: true })).problems
    tab.take()

    const report = { axe, headings, tables, overflow, network, keyboard }
    console.info(`test/browser: what the checks report on the broken page:\n${Object.entries(report).map(([check, lines]) => lines.map((line) => `  [${check}] ${line}`).join('\n')).join('\n')}`)
    expect(axe.some((line) => line.startsWith('axe image-alt '))).toBe(true)
    expect(axe.some((line) => line.startsWith('axe color-contrast '))).toBe(true)
    expect(headings).toContainEqual(expect.stringMatching(/h3 is followed by h4|h2 is followed by h4/))
    expect(tables).toContainEqual(expect.stringContaining('has no <caption>'))
    expect(overflow).toContainEqual(expect.stringContaining('the page scrolls sideways'))
    expect(network).toContainEqual(expect.stringContaining('broken-picture.png answered 404'))
    expect(keyboard).toContainEqual(expect.stringContaining('not on a skip link'))
    expect(keyboard).toContainEqual(expect.stringContaining('shows no visible focus'))
  })

  it('every redline page (a version against the one before, per reader)', { timeout: 300_000 }, async () => {
    const { checked } = sample(of('redline'))
    expect(checked.length).toBeGreaterThanOrEqual(2)
    expect(await checkAll(checked)).toEqual([])
  })

  it('a redline marks changes for the eye without colour and for screen readers in words, and prints them in black', { timeout: 60_000 }, async () => {
    const [redline] = of('redline')
    expect(redline, 'a redline page').toBeDefined()
    await tab.load(server.url(redline!.urlPath))
    const p = tab.page
    const marks = await p.evaluate(() =>
      [...document.querySelectorAll('main del, main ins')].map((el) => ({
        tag: el.tagName.toLowerCase(),
        line: getComputedStyle(el).textDecorationLine,
        said: el.querySelector('.sr-only')?.textContent ?? '',
      })),
    )
    expect(marks.length).toBeGreaterThan(3)
    for (const mark of marks) {
      expect(mark.line).toContain(mark.tag === 'del' ? 'line-through' : 'underline')
      expect(mark.said).toMatch(mark.tag === 'del' ? /deleted/ : /inserted/)
    }
    // Every change in the summary links to a place that exists on the page.
    const dangling = await p.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement>('.rl-changes a[href^="#"]')].filter((a) => !document.getElementById(decodeURIComponent(a.hash.slice(1)))).map((a) => a.hash))
    expect(dangling).toEqual([])
    // An unchanged section opens without JavaScript.
    const folded = p.locator('details.rl-unchanged').first()
    await folded.locator('summary').click()
    expect(await folded.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true)
    await p.emulateMedia({ media: 'print' })
    const printed = await p.evaluate(() => {
      const del = document.querySelector('main del')!
      const style = getComputedStyle(del)
      return { color: style.color, background: style.backgroundColor, line: style.textDecorationLine }
    })
    await p.emulateMedia({ media: 'screen' })
    expect(printed).toEqual({ color: 'rgb(0, 0, 0)', background: 'rgba(0, 0, 0, 0)', line: 'line-through' })
    mkdirSync(ARTIFACTS, { recursive: true })
    await p.emulateMedia({ media: 'print' })
    await p.screenshot({ path: join(ARTIFACTS, 'redline-print.png') })
    await p.emulateMedia({ media: 'screen' })
    expect(tab.take()).toEqual([])
  })

  it('saves screenshots of the main page types at desktop and phone width', { timeout: 240_000 }, async () => {
    mkdirSync(ARTIFACTS, { recursive: true })
    const shots: { name: string; page: SitePage | undefined; url?: string }[] = [
      { name: 'index', page: of('index')[0] },
      { name: 'global', page: pages.find((p) => p.path === 'xwms-privacy/index.html') ?? of('global')[0] },
      { name: 'region-us-ca', page: pages.find((p) => p.path === 'xwms-privacy/us-ca/index.html') ?? of('region')[0] },
      { name: 'not-found', page: of('not-found')[0], url: server.url('no/such/page/') },
      // One page of each later kind: the shallowest (a global page), the flagship's first.
      ...(['translation', 'coverage', 'changelog', 'redline', 'version'] as const).map((kind) => ({ name: kind, page: shallowest(of(kind)) })),
    ]
    const written: string[] = []
    for (const shot of shots) {
      if (!shot.page) continue
      for (const [label, viewport] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
        await tab.page.setViewportSize(viewport)
        await tab.load(shot.url ?? server.url(shot.page.urlPath), shot.page.kind === 'not-found' ? 404 : 200)
        const file = join(ARTIFACTS, `${shot.name}-${label}.png`)
        // The top of the page as a reader first sees it, then the page down to at most 8000px
        // (the flagship's global page is 77000px tall on a phone: too slow to capture whole).
        await tab.page.screenshot({ path: file, timeout: 60_000 })
        const height = Math.min(8000, await tab.page.evaluate(() => document.documentElement.scrollHeight))
        const page = file.replace(/\.png$/, '-page.png')
        await tab.page.screenshot({ path: page, fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height }, timeout: 60_000 })
        written.push(file, page)
        if (label === 'desktop') {
          await tab.page.emulateMedia({ colorScheme: 'dark' })
          await tab.page.screenshot({ path: file.replace(/\.png$/, '-dark.png'), timeout: 60_000 })
          written.push(file.replace(/\.png$/, '-dark.png'))
          await tab.page.emulateMedia({ colorScheme: 'light' })
        }
      }
    }
    await tab.page.setViewportSize(DESKTOP)
    console.info(`test/browser: ${written.length} screenshots in ${ARTIFACTS}: ${written.map((f) => f.slice(ARTIFACTS.length + 1)).join(', ')}`)
    expect(written.length).toBeGreaterThanOrEqual(20)
    expect(tab.take()).toEqual([])
  })
})
