import AxeBuilder from '@axe-core/playwright'
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build, SHOWCASE, tempFolder, XWMS } from './site-helpers.js'

const CHROMIUM = '/usr/bin/chromium'
/**
 * axe is slow on big pages, so it checks pages that hold every component once: the site index,
 * the showcase's global page (every table kind, only-blocks, footnotes, the picture) and 404.
 * The XWMS pages use the same components; the Nu checker validates every one of them. The
 * coverage page (document.html, one wide matrix) is checked once too.
 */
const LIGHT = ['index.html', 'showcase/index.html', '404.html', 'xwms-privacy/coverage/index.html']
const DARK = ['showcase/index.html']
const PHONE = ['showcase/us-ca/index.html']

let work: string
let browser: Browser | undefined

beforeAll(async () => {
  work = tempFolder('policyc-a11y-')
  await build([XWMS, SHOWCASE], { out: join(work, 'dist') })
  if (existsSync(CHROMIUM)) browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
})

afterAll(async () => {
  await browser?.close()
  rmSync(work, { recursive: true, force: true })
})

/** axe-core's WCAG 2.x A and AA rules, contrast included, in a real browser. */
describe.skipIf(!existsSync(CHROMIUM))('accessibility (axe-core in Chromium)', () => {
  const runs = [
    { scheme: 'light', width: 1280, pages: LIGHT },
    { scheme: 'dark', width: 1280, pages: DARK },
    { scheme: 'light', width: 375, pages: PHONE },
  ] as const
  for (const { scheme, width, pages } of runs) {
    it(`finds no WCAG 2.1 A/AA violation, contrast included, in the ${scheme} colour scheme at ${width}px`, async () => {
      const context = await browser!.newContext({ colorScheme: scheme, viewport: { width, height: 800 } })
      const page = await context.newPage()
      for (const file of pages) {
        await page.goto(pathToFileURL(join(work, 'dist', file)).href)
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
        const violations = results.violations.map((v) => `${file}: ${v.id} ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`)
        expect(violations).toEqual([])
      }
      await context.close()
    })
  }

  it('never scrolls the page sideways on a 375px phone: wide tables and the picture scroll in their own box', async () => {
    const page = await browser!.newPage({ viewport: { width: 375, height: 800 } })
    await page.goto(pathToFileURL(join(work, 'dist', 'xwms-privacy/us-ca/index.html')).href)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    expect(await page.evaluate(() => [...document.querySelectorAll('.table-wrap, .flow-wrap')].some((el) => el.scrollWidth > el.clientWidth))).toBe(true)
    await page.close()
  })
})
