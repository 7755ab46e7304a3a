/**
 * The fixture site `policyc scan` is tested against, served on 127.0.0.1 by the test itself: the
 * site on one port, and "third parties" on a second port under the names cdn.localhost,
 * analytics.localhost and ads.localhost (Chromium resolves every *.localhost name to the loopback
 * address, RFC 6761 § 6.3), so they are other hosts and other sites for the browser.
 *
 * What it plants (test/fixtures/scan/README.md lists the same, with the finding each gives):
 * - fx_session: a first-party session cookie (HTTP header) on every page;
 * - fx_lb: a 30-day cookie set by script on /pricing, before any consent;
 * - localStorage fx_cart and sessionStorage fx_flow on /about, before consent;
 * - a stylesheet from cdn.localhost on every page, before consent;
 * - a consent button `#accept`: it sets fx_consent (180 days) and loads analytics.localhost/a.js
 *   (cookies _ga for two years and _ga_FIXTURE1) and, unless GPC is on, ads.localhost/ad.js
 *   (cookie ads_id for 90 days); later pages load them again while fx_consent=yes;
 * - links the crawler must not follow: /private/ (robots.txt), /hidden (rel=nofollow), a mailto:
 *   link, another site, and /files/report.zip (a download);
 * - /contact has a form that would record a POST if it were ever submitted.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

export interface FixtureSite {
  url: string
  thirdPartyPort: number
  /** Requests the servers received, as `host path` (`POST host path` for anything not GET; ` gpc` appended when Sec-GPC: 1 came along). */
  requests: string[]
  close(): Promise<void>
}

const DAY = 86_400

export async function startFixtureSite(): Promise<FixtureSite> {
  const requests: string[] = []
  let thirdPartyPort = 0
  const third = createServer((req, res) => {
    log(requests, req)
    const host = (req.headers.host ?? '').split(':')[0]
    if (host === 'cdn.localhost' && req.url === '/style.css') return send(res, 'text/css', 'body { font-family: sans-serif }')
    if (host === 'analytics.localhost' && req.url === '/a.js') {
      return send(res, 'text/javascript', `document.cookie = '_ga=GA1.1.42; max-age=${730 * DAY}; path=/'; document.cookie = '_ga_FIXTURE1=GS1.1; max-age=${730 * DAY}; path=/'`)
    }
    if (host === 'ads.localhost' && req.url === '/ad.js') return send(res, 'text/javascript', `document.cookie = 'ads_id=7; max-age=${90 * DAY}; path=/'`)
    res.writeHead(404).end()
  })
  const site = createServer((req, res) => {
    log(requests, req)
    route(req, res, thirdPartyPort)
  })
  await listen(third)
  await listen(site)
  thirdPartyPort = (third.address() as { port: number }).port
  const port = (site.address() as { port: number }).port
  return {
    url: `http://127.0.0.1:${port}/`,
    thirdPartyPort,
    requests,
    close: async () => {
      await Promise.all([third, site].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))))
    },
  }
}

function route(req: IncomingMessage, res: ServerResponse, tp: number): void {
  const path = (req.url ?? '/').split('?')[0]
  if (path === '/robots.txt') return send(res, 'text/plain', 'User-agent: *\nDisallow: /private/\n')
  if (path === '/site.js') return send(res, 'text/javascript', siteScript(tp))
  if (path === '/files/report.zip') {
    res.writeHead(200, { 'content-type': 'application/zip', 'content-disposition': 'attachment; filename="report.zip"' })
    return void res.end(Buffer.alloc(64))
  }
  const pages: Record<string, string> = {
    '/': `<h1>Fixture shop</h1>
<ul>
<li><a href="/about">About</a></li>
<li><a href="/pricing#plans">Pricing</a></li>
<li><a href="/contact">Contact</a></li>
<li><a href="/private/admin">Admin</a></li>
<li><a href="/hidden" rel="nofollow">Hidden</a></li>
<li><a href="/files/report.zip">Report</a></li>
<li><a href="mailto:shop@fixture.example">Mail us</a></li>
<li><a href="http://cdn.localhost:${tp}/elsewhere">Another site</a></li>
</ul>`,
    '/about': `<h1>About</h1><script>localStorage.setItem('fx_cart', '[]'); sessionStorage.setItem('fx_flow', 'browse')</script><a href="/">Home</a>`,
    '/pricing': `<h1>Pricing</h1><script>document.cookie = 'fx_lb=node-2; max-age=${30 * DAY}; path=/'</script><a href="/">Home</a>`,
    '/contact': `<h1>Contact</h1><form method="post" action="/contact"><input name="email"><button type="submit">Send</button></form>`,
  }
  const body = pages[path ?? '']
  if (body === undefined) return void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>')
  if (req.method !== 'GET') return void res.writeHead(405).end()
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'fx_session=abc; Path=/; HttpOnly' })
  res.end(`<!doctype html><html lang="en"><head><title>Fixture shop</title><link rel="stylesheet" href="http://cdn.localhost:${tp}/style.css"><script src="/site.js"></script></head>
<body><div id="banner"><p>We use cookies.</p><button id="accept" type="button">Accept all</button></div>${body}</body></html>`)
}

/** The site's consent logic: trackers only after consent, and the advertising one never with GPC. */
function siteScript(tp: number): string {
  return `
function loadTrackers() {
  var a = document.createElement('script'); a.src = 'http://analytics.localhost:${tp}/a.js'; document.head.appendChild(a);
  if (!navigator.globalPrivacyControl) { var b = document.createElement('script'); b.src = 'http://ads.localhost:${tp}/ad.js'; document.head.appendChild(b); }
}
if (/(^|; )fx_consent=yes/.test(document.cookie)) loadTrackers();
document.addEventListener('DOMContentLoaded', function () {
  document.getElementById('accept').addEventListener('click', function () {
    document.cookie = 'fx_consent=yes; max-age=${180 * DAY}; path=/';
    loadTrackers();
  });
});
`
}

function log(requests: string[], req: IncomingMessage): void {
  requests.push(`${req.method === 'GET' ? '' : `${req.method} `}${req.headers.host} ${req.url}${req.headers['sec-gpc'] === '1' ? ' gpc' : ''}`)
}

function send(res: ServerResponse, type: string, body: string): void {
  res.writeHead(200, { 'content-type': `${type}; charset=utf-8` })
  res.end(body)
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
}
