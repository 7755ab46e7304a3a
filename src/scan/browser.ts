/**
 * Starts headless Chromium the way `build --pdf` does (src/export/pdf.ts: Debian's package at
 * /usr/bin/chromium, playwright-core imported only when needed), and says in one line what to
 * install when the browser or the package is missing.
 */
import { access } from 'node:fs/promises'
import { constants } from 'node:fs'
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM } from '../export/pdf.js'

export type Browser = import('playwright-core').Browser

export class BrowserUnavailable extends Error {
  override name = 'BrowserUnavailable'
}

export async function launchBrowser(executablePath: string = DEFAULT_CHROMIUM): Promise<Browser> {
  const found = await access(executablePath, constants.X_OK).then(
    () => true,
    () => false,
  )
  if (!found) throw new BrowserUnavailable(`no Chromium at ${executablePath}: install it (for example \`apt-get install chromium\`) or pass --chromium PATH`)
  let chromium: typeof import('playwright-core').chromium
  try {
    ;({ chromium } = await import('playwright-core'))
  } catch {
    throw new BrowserUnavailable('policyc scan drives Chromium through the package playwright-core, which is not installed: run `npm install --save-dev playwright-core`')
  }
  try {
    // A fresh profile each launch (Playwright's temporary user-data folder) and each pass (a new context).
    return await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS })
  } catch (error) {
    throw new BrowserUnavailable(`Chromium at ${executablePath} did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
  }
}
