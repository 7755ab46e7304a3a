import type { PolicyModel } from '../../resolve/model.js'
import type { ArchivedVersion } from '../archive.js'
import { plainLine } from '../format/describe.js'
import { htmlMarkup } from './changelog-html.js'
import { escapeXml } from './html.js'
import { stableUuid } from './links.js'

/**
 * `<policy>/changes.xml`: an Atom feed (RFC 4287) with one entry per version, newest first.
 * Dates are effective dates (never the build clock), ids are derived from the policy id and the
 * date (so they never change), and links are relative to the feed unless a base URL is given.
 */
export function atomFeed(model: PolicyModel, versions: readonly ArchivedVersion[], baseUrl?: string): string {
  const id = model.policy.id
  const url = (path: string) => (baseUrl ? new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href : path.slice(`${id}/`.length))
  const newest = [...versions].reverse()
  const updated = newest[0] ? `${newest[0].version.effective}T00:00:00Z` : '1970-01-01T00:00:00Z'
  const entries = newest.map((entry) => {
    const index = versions.indexOf(entry)
    const pair = { from: versions[index - 1]?.version.model.policy, to: entry.version.model.policy }
    const date = entry.version.effective
    const changed = entry.page.lastChanged
    const title = changed ? `Version of ${date}: ${changed.material} material, ${changed.editorial} editorial change${changed.editorial === 1 ? '' : 's'}` : `Version of ${date}: the first version`
    const html = `<ul>${entry.changes.map((c) => `<li>${c.materiality === 'material' ? '<strong>Material:</strong> ' : ''}${plainLine(c, htmlMarkup, pair)}</li>`).join('')}</ul>`
    return `  <entry>
    <id>${stableUuid(`policyc:${id}:${date}`)}</id>
    <title>${escapeXml(title)}</title>
    <updated>${date}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(url(changed ? changed.diff.replace(/index\.html$/, '') : entry.page.folder))}"/>
    <summary>${escapeXml(changed ? changed.summary : 'The first version in the history.')}</summary>
${changed ? `    <content type="html">${escapeXml(html)}</content>\n` : ''}  </entry>`
  })
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(model.policy.language)}">
  <id>${stableUuid(`policyc:${id}:changes`)}</id>
  <title>${escapeXml(`${model.policy.title}: changes`)}</title>
  <updated>${updated}</updated>
  <author><name>${escapeXml(model.policy.controller.name)}</name></author>
  <link rel="self" type="application/atom+xml" href="${escapeXml(url(`${id}/changes.xml`))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(url(`${id}/changes/`))}"/>
  <generator>policyc</generator>
${entries.join('\n')}
</feed>
`
}
