/**
 * The few lines of JavaScript the preview adds to HTML *responses* (never to the built files):
 * they listen to the server's events, reload the page after a successful rebuild, and show the
 * diagnostics of a failed one as an overlay until the source is fixed. The overlay is built with
 * `textContent` only, so a message can never inject markup, and styled through the CSSOM, which a
 * page's Content-Security-Policy does not block (inline style attributes it would).
 */

export const CLIENT_PATH = '/__policyc/client.js'
export const EVENTS_PATH = '/__policyc/events'
export const STATUS_PATH = '/__policyc/status'

export const CLIENT_SCRIPT = `// policyc dev: live reload and problem overlay (added by the preview server only)
(() => {
  const script = document.currentScript
  const served = Number(script && script.dataset.build)
  // The page says which it is, so a rebuild renders it first (the others when asked for).
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)} + '?page=' + encodeURIComponent(location.pathname))
  let overlay = null
  const style = (el, css) => { for (const [k, v] of Object.entries(css)) el.style.setProperty(k, v) }
  const add = (parent, tag, text, css) => {
    const el = document.createElement(tag)
    if (text !== undefined) el.textContent = text
    if (css) style(el, css)
    parent.append(el)
    return el
  }
  const hide = () => { if (overlay) overlay.remove(); overlay = null }
  const show = (problems) => {
    hide()
    overlay = document.createElement('div')
    overlay.setAttribute('role', 'alertdialog')
    overlay.setAttribute('aria-label', 'policyc: the policy has problems')
    overlay.id = 'policyc-overlay'
    style(overlay, { position: 'fixed', inset: '0', 'z-index': '2147483647', overflow: 'auto', background: 'rgba(20,20,20,.94)', color: '#f5f5f5', font: '14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', padding: '2rem' })
    add(overlay, 'h1', 'The policy has ' + problems.length + ' problem' + (problems.length === 1 ? '' : 's') + ': fix the source and this page reloads by itself.', { 'font-size': '1.1rem', margin: '0 0 1rem' })
    const list = add(overlay, 'ol', undefined, { margin: '0', padding: '0 0 0 1.5rem' })
    for (const p of problems) {
      const item = add(list, 'li', undefined, { margin: '0 0 1rem' })
      add(item, 'div', p.file + ':' + p.line + ':' + p.column, { color: '#ff8a80', 'font-weight': 'bold' })
      add(item, 'div', p.severity + ': ' + p.message + (p.ruleId ? '  (' + p.ruleId + ')' : ''))
      if (p.hint) add(item, 'div', 'hint: ' + p.hint, { color: '#bdbdbd' })
    }
    const close = add(overlay, 'button', 'Hide', { position: 'absolute', top: '1rem', right: '1rem' })
    close.addEventListener('click', hide)
    document.body.append(overlay)
  }
  events.addEventListener('hello', (event) => {
    const state = JSON.parse(event.data)
    if (!state.ok) show(state.problems)
    else if (state.build !== served) location.reload()
  })
  events.addEventListener('reload', () => location.reload())
  events.addEventListener('problems', (event) => show(JSON.parse(event.data).problems))
})()
`

/**
 * Adds the client script to an HTML page as served by the preview: a `<script src>` just before
 * `</body>` carrying the build number the page came from (so a page that missed a reload notices on
 * connect), and the page's Content-Security-Policy widened just enough to run it and open the
 * event stream ('self' for scripts and connections).
 */
export function injectClient(html: string, build: number): string {
  const tag = `<script src="${CLIENT_PATH}" data-build="${build}"></script>`
  const widened = widenMetaCsp(html)
  const close = widened.search(/<\/body\s*>(?![\s\S]*<\/body\s*>)/i)
  return close === -1 ? `${widened}${tag}\n` : `${widened.slice(0, close)}${tag}${widened.slice(close)}`
}

const META_CSP = /<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi
const CONTENT_ATTRIBUTE = /(\bcontent\s*=\s*)("([^"]*)"|'([^']*)')/i

function widenMetaCsp(html: string): string {
  return html.replace(META_CSP, (meta) =>
    meta.replace(CONTENT_ATTRIBUTE, (_all, name: string, _quoted, double: string | undefined, single: string | undefined) => {
      const policy = decodeAttribute(double ?? single ?? '')
      return `${name}"${encodeAttribute(widenCsp(policy))}"`
    }),
  )
}

/** Adds 'self' to script-src and connect-src (creating them when absent), dropping a 'none'. */
export function widenCsp(policy: string): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
  for (const name of ['script-src', 'connect-src']) {
    const index = directives.findIndex((d) => d.toLowerCase().split(/\s+/)[0] === name)
    if (index === -1) {
      directives.push(`${name} 'self'`)
      continue
    }
    const tokens = (directives[index] ?? name).split(/\s+/).filter((t) => t.toLowerCase() !== "'none'")
    if (!tokens.some((t) => t.toLowerCase() === "'self'")) tokens.push("'self'")
    directives[index] = tokens.join(' ')
  }
  return directives.join('; ')
}

function decodeAttribute(value: string): string {
  return value
    .replace(/&quot;|&#34;|&#x22;/gi, '"')
    .replace(/&apos;|&#39;|&#x27;/gi, "'")
    .replace(/&amp;/gi, '&')
}

function encodeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
}
