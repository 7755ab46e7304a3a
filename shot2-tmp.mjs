import { chromium } from 'playwright-core'
const [url, out, width = '1280', y = '0', h = '900', media = 'screen'] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(h) } })
await page.goto(url.startsWith('/') ? `file://${url}` : url)
await page.emulateMedia({ media })
await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: Number(y), width: Number(width), height: Number(h) } })
await browser.close()
