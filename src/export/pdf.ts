/**
 * Prints built HTML pages to PDF with headless Chromium through playwright-core, so every variant
 * can be handed out as a document. The pages are served to the browser from the output folder by
 * request interception (no port is opened, nothing outside the folder is reachable, every other
 * request is refused), so a page prints exactly as it is published.
 */
import { access, readFile, writeFile } from 'node:fs/promises'
import { constants } from 'node:fs'
import { extname, resolve, sep } from 'node:path'

export interface PdfOptions {
  /** The Chromium to drive; Debian's package by default (CI installs it there). */
  executablePath?: string
  /**
   * The date written into each PDF's CreationDate and ModDate (YYYY-MM-DD: the policy's effective
   * date), in place of the clock time Chromium writes, so the same site prints the same bytes.
   * A function gives each page its own date (several policies in one run).
   */
  documentDate?: string | ((pagePath: string) => string | undefined)
  /**
   * Where each PDF goes (`path` relative to the output folder). Default: written beside its page in
   * `distDir`. The site build passes its staging folder's writer, so PDFs are part of the atomic
   * swap and of the build manifest.
   */
  write?: (path: string, pdf: Buffer) => Promise<void>
}

export type PdfResult =
  /** Every page was printed; `files` are the PDFs, relative to the output folder. */
  | { status: 'written'; files: string[] }
  /** No browser at the path: nothing was printed. A build that did not ask for PDFs just says so. */
  | { status: 'unavailable'; message: string }
  /** The browser is there but printing failed (a broken install, a page that does not load). */
  | { status: 'failed'; message: string }

export const DEFAULT_CHROMIUM = '/usr/bin/chromium'

/**
 * Where Chrome or Chromium is usually installed, in the order tried: Debian/Ubuntu and other
 * Linux packages, then the macOS application bundles, then the Windows installers' folders
 * (per-machine, then per-user).
 */
export function chromiumCandidates(env: Readonly<Record<string, string | undefined>> = process.env, platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'darwin') {
    return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r))
    return roots.flatMap((root) => [`${root}\\Google\\Chrome\\Application\\chrome.exe`, `${root}\\Chromium\\Application\\chrome.exe`, `${root}\\Microsoft\\Edge\\Application\\msedge.exe`])
  }
  return [DEFAULT_CHROMIUM, '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium']
}

/** The browser to print with: CHROME_PATH when set, else the first usual location that exists (else the Debian default, reported as missing). */
export async function findChromium(env: Readonly<Record<string, string | undefined>> = process.env, platform: NodeJS.Platform = process.platform): Promise<string> {
  if (env.CHROME_PATH) return env.CHROME_PATH
  for (const candidate of chromiumCandidates(env, platform)) if (await isExecutable(candidate)) return candidate
  return chromiumCandidates(env, platform)[0] ?? DEFAULT_CHROMIUM
}

/** What a build with PDFs says when the optional peer dependency is not installed. */
export const PLAYWRIGHT_MISSING = 'PDFs are printed through the playwright-core package, which is not installed: run `npm install --save-dev playwright-core` in this project (policyc drives your own Chromium with it and downloads no browser).'

/** Arguments for a headless, offline, sandbox-less run (containers and CI have no user namespaces). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** A made-up origin the pages are served under; `.invalid` can never resolve (RFC 2606). */
const ORIGIN = 'http://policyc.invalid'

/**
 * Prints each page (a path relative to `distDir`, such as `acme-privacy/eea/index.html`) to a PDF
 * beside it (`acme-privacy/eea/index.pdf`). Never throws for a missing or broken browser: the
 * result says what happened, and the caller decides whether that fails the build (only when the
 * user asked for `--pdf`).
 */
export async function printPdfs(distDir: string, pagePaths: readonly string[], options: PdfOptions = {}): Promise<PdfResult> {
  // playwright-core is an optional peer dependency (package.json): most projects never print PDFs.
  // Imported here so builds without --pdf never load it.
  let chromium: typeof import('playwright-core').chromium
  try {
    ;({ chromium } = await import('playwright-core'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error
    return { status: 'unavailable', message: PLAYWRIGHT_MISSING }
  }
  const executablePath = options.executablePath ?? (await findChromium())
  if (!(await isExecutable(executablePath))) {
    return {
      status: 'unavailable',
      message: `No Chromium at ${executablePath}, so no PDFs were printed. Install it (for example \`apt-get install chromium\`), or name it with --chrome-path or CHROME_PATH.`,
    }
  }
  const root = resolve(distDir)
  const write = options.write ?? ((path: string, pdf: Buffer) => writeFile(resolve(root, path), pdf))
  let browser: import('playwright-core').Browser | undefined
  try {
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS })
    const context = await browser.newContext({ javaScriptEnabled: false })
    await context.route('**/*', async (route) => {
      const file = fileFor(root, route.request().url())
      const body = file ? await readFile(file).catch(() => undefined) : undefined
      if (!body) return route.fulfill({ status: 404, body: '' })
      return route.fulfill({ status: 200, body, contentType: contentTypeOf(file!) })
    })
    const page = await context.newPage()
    const files: string[] = []
    for (const pagePath of [...pagePaths].sort()) {
      const response = await page.goto(`${ORIGIN}/${pagePath.split(sep).join('/')}`, { waitUntil: 'load' })
      if (!response || !response.ok()) return { status: 'failed', message: `Could not load ${pagePath} to print it (HTTP ${response?.status() ?? 'no response'}).` }
      const pdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } })
      const target = pagePath.replace(/\.html$/, '') + '.pdf'
      const date = typeof options.documentDate === 'function' ? options.documentDate(pagePath) : options.documentDate
      await write(target, date ? stampDates(pdf, date) : pdf)
      files.push(target)
    }
    return { status: 'written', files }
  } catch (error) {
    return { status: 'failed', message: `Chromium at ${executablePath} could not print the pages: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` }
  } finally {
    await browser?.close()
  }
}

async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  )
}

/** The file under `root` a request asks for, or undefined when it is outside the site or another origin. */
export function fileFor(root: string, url: string): string | undefined {
  const parsed = new URL(url)
  if (parsed.origin !== ORIGIN) return undefined
  let path = decodeURIComponent(parsed.pathname)
  if (path.endsWith('/')) path += 'index.html'
  const file = resolve(root, `.${path}`)
  return file === root || file.startsWith(root + sep) ? file : undefined
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.jsonld': 'application/ld+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
}

function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Replaces the clock time in the PDF's CreationDate and ModDate with the given date. The new date
 * string has the same length as Chromium's (`D:YYYYMMDDHHmmSS+00'00'`), so the cross-reference
 * offsets stay valid.
 */
export function stampDates(pdf: Buffer, date: string): Buffer {
  const stamp = `D:${date.replaceAll('-', '')}000000`
  const text = pdf.toString('latin1')
  const stamped = text.replace(/\/(CreationDate|ModDate) \(D:(\d{14})([^)]*)\)/g, (_match, key: string, _time: string, zone: string) => `/${key} (${stamp}${zone.replace(/\d/g, '0')})`)
  return Buffer.from(stamped, 'latin1')
}
