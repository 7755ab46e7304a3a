import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

/**
 * The kinds of page a built site holds. Pages are found in the built folder, not listed by hand,
 * so a kind that lands later (history, coverage, translations) is tested as soon as it is built.
 */
export type PageKind =
  | 'index' //          index.html: every policy and variant
  | 'not-found' //      404.html
  | 'global' //         <policy>/index.html
  | 'region' //         <policy>/<region>/index.html
  | 'translation' //    a page whose <html lang> differs from its policy's source language
  | 'coverage' //       <policy>/coverage/…
  | 'changelog' //      <policy>/changes/index.html
  | 'redline' //        <policy>/changes/<date>/[<region>/]index.html: one version against the one before
  | 'version' //        <policy>/versions/<date>/…
  | 'other' //          anything else: still checked, never silently left out

export interface SitePage {
  /** Path inside the site, `/`-separated, e.g. `xwms-privacy/us-ca/index.html`. */
  path: string
  /** The address path a browser asks for: `xwms-privacy/us-ca/`. */
  urlPath: string
  kind: PageKind
  /** The first folder (the policy id), or undefined for site-wide pages. */
  policy: string | undefined
  lang: string
}

function htmlFiles(folder: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else if (name.endsWith('.html')) out.push(relative(folder, path).split('\\').join('/'))
    }
  }
  walk(folder)
  return out
}

function langOf(html: string): string {
  return /<html\b[^>]*\blang="([^"]*)"/i.exec(html)?.[1] ?? ''
}

/** Every HTML page of a built site, each with its kind, in a stable order. */
export function discoverPages(dist: string): SitePage[] {
  const files = htmlFiles(dist)
  const lang = new Map(files.map((file) => [file, langOf(readFileSync(join(dist, file), 'utf8'))]))
  return files.map((path): SitePage => {
    const parts = path.split('/')
    const urlPath = path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path
    const pageLang = lang.get(path) ?? ''
    if (parts.length === 1) return { path, urlPath, kind: path === '404.html' ? 'not-found' : path === 'index.html' ? 'index' : 'other', policy: undefined, lang: pageLang }
    const policy = parts[0]!
    const sourceLang = lang.get(`${policy}/index.html`)
    const second = parts[1]!
    let kind: PageKind
    if (second === 'coverage') kind = 'coverage'
    else if (second === 'changes') kind = /^\d{4}-\d{2}-\d{2}$/.test(parts[2] ?? '') ? 'redline' : 'changelog'
    else if (second === 'versions') kind = 'version'
    else if (sourceLang !== undefined && pageLang !== '' && pageLang.toLowerCase() !== sourceLang.toLowerCase()) kind = 'translation'
    else if (parts.length === 2 && second === 'index.html') kind = 'global'
    else if (parts.length === 3 && parts[2] === 'index.html') kind = 'region'
    else kind = 'other'
    return { path, urlPath, kind, policy, lang: pageLang }
  })
}

/** How many pages of each kind, for the suite's own sanity checks and its summary line. */
export function countKinds(pages: readonly SitePage[]): Partial<Record<PageKind, number>> {
  const counts: Partial<Record<PageKind, number>> = {}
  for (const page of pages) counts[page.kind] = (counts[page.kind] ?? 0) + 1
  return counts
}
