import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_CHROMIUM, fileFor, printPdfs, stampDates } from '../../src/export/pdf.js'

/** Under CI=true a missing browser or pdftotext fails the suite instead of skipping it. */
const canPrint = (existsSync(DEFAULT_CHROMIUM) && existsSync('/usr/bin/pdftotext')) || process.env.CI === 'true'

let dist: string
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'policyc-pdf-'))
  await mkdir(join(dist, 'assets'), { recursive: true })
  await mkdir(join(dist, 'shop', 'eea'), { recursive: true })
  // Site-absolute asset paths, as the built pages use them: the interceptor serves them from dist.
  await writeFile(join(dist, 'assets', 'style.css'), 'body { font-family: sans-serif } .hidden-in-print { display: none }')
  const page = (title: string, text: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><title>${title}</title><link rel="stylesheet" href="/assets/style.css"></head><body><h1>${title}</h1><p>${text}</p><p class="hidden-in-print">Screen only</p><img src="https://tracker.example/pixel.gif" alt=""></body></html>`
  await writeFile(join(dist, 'shop', 'index.html'), page('Privacy Notice', 'We collect your account details to run your account.'))
  await writeFile(join(dist, 'shop', 'eea', 'index.html'), page('Privacy Notice (EEA)', 'You can complain to the Autoriteit Persoonsgegevens.'))
})
afterAll(async () => {
  await rm(dist, { recursive: true, force: true })
})

describe.runIf(canPrint)('printPdfs with Chromium', () => {
  // Each call starts a browser (several seconds here), so the suite makes two calls only.
  it('prints every page beside it, and pdftotext reads the notice text back', async () => {
    const result = await printPdfs(dist, ['shop/index.html', 'shop/eea/index.html'], { documentDate: '2026-03-01' })
    expect(result).toEqual({ status: 'written', files: ['shop/eea/index.pdf', 'shop/index.pdf'] })
    const text = execFileSync('pdftotext', ['-layout', join(dist, 'shop', 'eea', 'index.pdf'), '-'], { encoding: 'utf8' })
    expect(text).toContain('Privacy Notice (EEA)')
    expect(text).toContain('Autoriteit Persoonsgegevens')
    expect(text).not.toContain('Screen only')
    const global = execFileSync('pdftotext', [join(dist, 'shop', 'index.pdf'), '-'], { encoding: 'utf8' })
    expect(global).toContain('We collect your account details')
  })

  it('prints the same bytes again through a custom writer, and says which page could not be loaded', async () => {
    const first = await readFile(join(dist, 'shop', 'index.pdf'))
    expect(first.toString('latin1')).toContain('/CreationDate (D:20260301000000')
    const written = new Map<string, Buffer>()
    // Pages print in sorted order: shop/index.html is printed again before the missing one fails.
    const result = await printPdfs(dist, ['shop/missing/index.html', 'shop/index.html'], {
      documentDate: (page) => (page.startsWith('shop/') ? '2026-03-01' : undefined),
      write: async (path, pdf) => void written.set(path, pdf),
    })
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('shop/missing/index.html') })
    expect([...written.keys()]).toEqual(['shop/index.pdf'])
    expect(written.get('shop/index.pdf')!.equals(first)).toBe(true)
  })
})

describe('printPdfs without a browser', () => {
  it('reports the browser as unavailable instead of throwing', async () => {
    const result = await printPdfs(dist, ['shop/index.html'], { executablePath: '/nonexistent/chromium' })
    expect(result.status).toBe('unavailable')
    expect(result).toMatchObject({ message: expect.stringContaining('/nonexistent/chromium') })
  })
})

describe('serving pages to the browser', () => {
  it('maps requests to files inside the output folder only', () => {
    expect(fileFor('/site', 'http://policyc.invalid/shop/')).toBe('/site/shop/index.html')
    expect(fileFor('/site', 'http://policyc.invalid/assets/style.css')).toBe('/site/assets/style.css')
    // Dot segments are resolved by the URL parser (staying inside); encoded slashes are refused.
    expect(fileFor('/site', 'http://policyc.invalid/%2e%2e/etc/passwd')).toBe('/site/etc/passwd')
    expect(fileFor('/site', 'http://policyc.invalid/a%2f..%2f..%2f..%2fetc%2fpasswd')).toBeUndefined()
    expect(fileFor('/site', 'https://tracker.example/pixel.gif')).toBeUndefined()
  })

  it('stamps a fixed date over the clock time, keeping the length', () => {
    const pdf = Buffer.from("<< /CreationDate (D:20251125103455+00'00') /ModDate (D:20251125103455+00'00') >>", 'latin1')
    const stamped = stampDates(pdf, '2026-03-01')
    expect(stamped.toString('latin1')).toBe("<< /CreationDate (D:20260301000000+00'00') /ModDate (D:20260301000000+00'00') >>")
    expect(stamped.length).toBe(pdf.length)
  })
})
