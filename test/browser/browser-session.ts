import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

/** Debian's Chromium (.ci/run installs it); POLICYC_CHROMIUM points elsewhere, e.g. to try a missing browser. */
export const CHROMIUM = process.env.POLICYC_CHROMIUM ?? '/usr/bin/chromium'
export const hasChromium = existsSync(CHROMIUM)

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 30_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })
}

/**
 * One browser tab on the site with everything a page must not do recorded: requests to any
 * other origin (aborted before they leave the machine), console errors (CSP violations among
 * them), uncaught page errors, and failed or 4xx/5xx loads of the site's own files.
 */
export class SiteTab {
  readonly page: Page
  private problems: string[] = []
  private expectedStatus = new Map<string, number>()

  private constructor(
    readonly context: BrowserContext,
    page: Page,
  ) {
    this.page = page
  }

  static async open(browser: Browser, origin: string): Promise<SiteTab> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', colorScheme: 'light', serviceWorkers: 'block' })
    context.setDefaultTimeout(15_000)
    const page = await context.newPage()
    const tab = new SiteTab(context, page)
    await context.route(
      (url) => url.origin !== origin,
      async (route) => {
        tab.problems.push(`network: request to another origin: ${route.request().method()} ${route.request().url()}`)
        await route.abort('blockedbyclient')
      },
    )
    page.on('console', (message) => {
      // A page served with an expected error status (the 404 page) is logged as a failed load.
      const expected = tab.expectedStatus.get(message.location().url) ?? 200
      if (expected !== 200 && message.text().includes(`status of ${expected}`)) return
      if (message.type() === 'error') tab.problems.push(`console error: ${message.text()}`)
    })
    page.on('pageerror', (error) => tab.problems.push(`page error: ${error.message}`))
    page.on('requestfailed', (request) => {
      if (new URL(request.url()).origin === origin) tab.problems.push(`network: ${request.url()} failed: ${request.failure()?.errorText ?? '?'}`)
    })
    page.on('response', (response) => {
      const expected = tab.expectedStatus.get(response.url()) ?? 200
      if (response.status() >= 400 && response.status() !== expected) tab.problems.push(`network: ${response.url()} answered ${response.status()}`)
    })
    return tab
  }

  /** Loads a page fresh (no focus, no hash, light screen), failing on a status other than `status`. */
  async load(url: string, status = 200): Promise<void> {
    this.expectedStatus.set(url, status)
    await this.page.emulateMedia({ media: 'screen', colorScheme: 'light' })
    const response = await this.page.goto(url, { waitUntil: 'load', timeout: 20_000 })
    if (response?.status() !== status) this.problems.push(`network: ${url} answered ${response?.status() ?? 'nothing'}, expected ${status}`)
  }

  /** The problems recorded since the last call. */
  take(): string[] {
    const taken = this.problems
    this.problems = []
    return taken
  }

  close(): Promise<void> {
    return this.context.close()
  }
}
