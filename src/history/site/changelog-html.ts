import type { PolicyModel } from '../../resolve/model.js'
import type { ArchivedVersion } from '../archive.js'
import type { Change } from '../diff/change.js'
import type { Policy } from '../../generated/policy.js'
import { plainLine, type Markup } from '../format/describe.js'
import { dayBefore } from '../format/versions.js'
import { escapeHtml } from './html.js'
import { relativeHref } from './links.js'
import { timelineSvg } from './timeline-svg.js'
import { messages, supportedLocale } from '../../i18n/index.js'

/** The site's policy: nothing loads but its own stylesheets, no script runs (as on every page). */
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"

export const htmlMarkup: Markup = {
  code: (text) => `<code>${escapeHtml(text)}</code>`,
  text: escapeHtml,
  inserted: (text) => `<ins>${escapeHtml(text)}</ins>`,
  deleted: (text) => `<del>${escapeHtml(text)}</del>`,
  plus: (item) => `<ins><code>${escapeHtml(item)}</code></ins>`,
  minus: (item) => `<del><code>${escapeHtml(item)}</code></del>`,
}

/** A page in the site's layout (its stylesheets, header and footer), with every text escaped. */
function page(folder: string, model: PolicyModel, title: string, body: string): string {
  const lang = escapeHtml(model.policy.language)
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="generator" content="policyc">
<link rel="stylesheet" href="${relativeHref(folder, 'assets/site.css')}">
<link rel="stylesheet" href="${relativeHref(folder, 'assets/redline.css')}">
<link rel="stylesheet" href="${relativeHref(folder, 'assets/print.css')}" media="print">
<link rel="alternate" type="application/atom+xml" href="${relativeHref(folder, `${model.policy.id}/changes.xml`)}" title="Changes (Atom)">
<title>${escapeHtml(title)}</title>
</head>
<body>
<a class="skip-link" href="#_main">Skip to the changes</a>
<header class="site-header">
<div class="bar">
<p class="site-name"><a href="${relativeHref(folder, 'index.html')}">${escapeHtml(model.policy.controller.name)}</a></p>
</div>
</header>
<main id="_main">
<article class="notice changes">
${body}
</article>
</main>
<footer class="site-footer">
<p class="generator">Published with policyc · <a href="${relativeHref(folder, 'index.html')}">All notices</a></p>
</footer>
</body>
</html>
`
}

function range(entry: ArchivedVersion): string {
  const next = entry.page.next
  return next ? `${entry.version.effective} to ${dayBefore(next.effective)}` : `${entry.version.effective} onwards`
}

function counts(entry: ArchivedVersion): string {
  const changed = entry.page.lastChanged
  if (!changed) return 'the first version'
  return `${changed.material} material, ${changed.editorial} editorial change${changed.editorial === 1 ? '' : 's'}`
}

/** `<policy>/changes/index.html`: every version, newest first, with its material changes and links. */
export function changelogPage(model: PolicyModel, versions: readonly ArchivedVersion[]): string {
  const folder = `${model.policy.id}/changes/`
  const title = `${model.policy.title}: changes`
  const items = [...versions].reverse().map((entry) => {
    const index = versions.indexOf(entry)
    const pair = { from: versions[index - 1]?.version.model.policy, to: entry.version.model.policy }
    const date = entry.version.effective
    const material = entry.changes.filter((c) => c.materiality === 'material')
    const links = [`<a href="${relativeHref(folder, entry.page.folder)}">Read this version</a>`]
    if (entry.page.lastChanged) links.push(`<a href="${relativeHref(folder, entry.page.lastChanged.diff)}">All changes</a>`)
    return `<section class="section version" id="v${date}" aria-labelledby="h${date}">
<h2 id="h${date}">Version of <time datetime="${date}">${date}</time></h2>
<p class="meta">In force ${range(entry)} · ${counts(entry)} · ${links.join(' · ')}</p>
${material.length > 0 ? `<ul class="material">\n${material.map((c) => `<li>${changeItem(c, pair)}</li>`).join('\n')}\n</ul>` : entry.page.lastChanged ? '<p>Editorial changes only: wording, order and formatting.</p>' : ''}
</section>`
  })
  const words = messages(supportedLocale(model.policy.language) ?? 'en').changes.timeline
  const points = versions.map((entry) => ({
    date: entry.version.effective,
    kind: !entry.page.lastChanged ? ('first' as const) : entry.page.lastChanged.material > 0 ? ('material' as const) : ('editorial' as const),
    href: relativeHref(folder, entry.page.lastChanged ? entry.page.lastChanged.diff.replace(/index\.html$/, '') : entry.page.folder),
  }))
  const timeline = `<figure class="timeline-figure">
${timelineSvg(points, model.policy.language)}
<figcaption>${escapeHtml(words.caption)}</figcaption>
</figure>`
  const body = `<header class="notice-header">
<h1>${escapeHtml(title)}</h1>
<p class="meta">Every version of <a href="${relativeHref(folder, `${model.policy.id}/`)}">${escapeHtml(model.policy.title)}</a>, newest first. Material changes are listed; each version links to all its changes. Follow them with the <a href="${relativeHref(folder, `${model.policy.id}/changes.xml`)}" type="application/atom+xml">Atom feed</a>.</p>
</header>
${timeline}
${items.join('\n')}`
  return page(folder, model, title, body)
}

/** `<policy>/changes/<date>/index.html`: every change of one version, material first, prose as a word diff. */
export function diffPage(model: PolicyModel, entry: ArchivedVersion, previous?: Policy): string {
  const pair = { from: previous, to: entry.version.model.policy }
  const date = entry.version.effective
  const folder = `${model.policy.id}/changes/${date}/`
  const title = `${model.policy.title}: changes in the version of ${date}`
  const before = entry.page.previous
  const ordered = [...entry.changes.filter((c) => c.materiality === 'material'), ...entry.changes.filter((c) => c.materiality === 'editorial')]
  const body = `<header class="notice-header">
<h1>${escapeHtml(title)}</h1>
<p class="meta">${counts(entry)}${before ? ` since the <a href="${relativeHref(folder, before.folder)}">version of ${before.effective}</a>` : ''} · <a href="${relativeHref(folder, entry.page.folder)}">Read this version</a> · <a href="${relativeHref(folder, entry.page.changes)}">All versions</a> · <a href="diff.json" type="application/json">As JSON</a></p>
</header>
<ul class="changes">
${ordered.map((c) => `<li class="${c.materiality}"><strong>${c.materiality === 'material' ? 'Material' : 'Editorial'}:</strong> ${changeItem(c, pair)}</li>`).join('\n')}
</ul>`
  return page(folder, model, title, body)
}

function changeItem(change: Change, pair: { from?: Policy | undefined; to?: Policy | undefined } = {}): string {
  return `${plainLine(change, htmlMarkup, pair)} <span class="reason">(${escapeHtml(change.reason)})</span>`
}
