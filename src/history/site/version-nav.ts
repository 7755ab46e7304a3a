import type { VersionPage } from '../archive.js'
import { escapeHtml } from './html.js'
import { relativeHref } from './links.js'

/**
 * The version links of a page, as HTML every part of which is escaped or generated here: this
 * version's date, "last changed on … (what changed)", the previous and next version, and the
 * changelog. Meant for a `{{{versions}}}` slot in `page.html`; `fromFolder` is the folder of the
 * page it goes in.
 */
export function versionNavHtml(page: VersionPage, fromFolder: string): string {
  const link = (to: string, text: string, rel?: string) => `<a href="${escapeHtml(relativeHref(fromFolder, to))}"${rel ? ` rel="${rel}"` : ''}>${escapeHtml(text)}</a>`
  const items: string[] = []
  if (page.lastChanged) {
    items.push(`Last changed on <time datetime="${page.lastChanged.date}">${page.lastChanged.date}</time> (${escapeHtml(page.lastChanged.summary)}; ${link(page.lastChanged.diff, 'what changed')})`)
  } else {
    items.push(`First version, in force from <time datetime="${page.effective}">${page.effective}</time>`)
  }
  if (!page.current && page.next === null) items.push('This is the latest version')
  if (!page.current && page.next !== null) items.push(`An older version: ${link(page.next.folder, `next version (${page.next.effective})`, 'next')}`)
  if (page.previous) items.push(link(page.previous.folder, `Previous version (${page.previous.effective})`, 'prev'))
  items.push(link(page.changes, 'All versions'))
  return `<nav class="versions" aria-label="Versions of this notice">\n<ul>\n${items.map((item) => `<li>${item}</li>`).join('\n')}\n</ul>\n</nav>`
}
