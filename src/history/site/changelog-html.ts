import type { PolicyModel } from '../../resolve/model.js'
import type { ArchivedVersion } from '../archive.js'
import type { Change } from '../diff/change.js'
import { changeLine, type Markup } from '../format/describe.js'
import { dayBefore } from '../format/versions.js'
import { escapeHtml } from './html.js'
import { relativeHref } from './links.js'

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
    const date = entry.version.effective
    const material = entry.changes.filter((c) => c.materiality === 'material')
    const links = [`<a href="${relativeHref(folder, entry.page.folder)}">Read this version</a>`]
    if (entry.page.lastChanged) links.push(`<a href="${relativeHref(folder, entry.page.lastChanged.diff)}">All changes</a>`)
    return `<section class="section version" id="v${date}" aria-labelledby="h${date}">
<h2 id="h${date}">Version of <time datetime="${date}">${date}</time></h2>
<p class="meta">In force ${range(entry)} · ${counts(entry)} · ${links.join(' · ')}</p>
${material.length > 0 ? `<ul class="material">\n${material.map((c) => `<li>${changeItem(c)}</li>`).join('\n')}\n</ul>` : entry.page.lastChanged ? '<p>Editorial changes only: wording, order and formatting.</p>' : ''}
</section>`
  })
  const body = `<header class="notice-header">
<h1>${escapeHtml(title)}</h1>
<p class="meta">Every version of <a href="${relativeHref(folder, `${model.policy.id}/`)}">${escapeHtml(model.policy.title)}</a>, newest first. Material changes are listed; each version links to all its changes. Follow them with the <a href="${relativeHref(folder, `${model.policy.id}/changes.xml`)}" type="application/atom+xml">Atom feed</a>.</p>
</header>
${items.join('\n')}`
  return page(folder, model, title, body)
}

/** `<policy>/changes/<date>/index.html`: every change of one version, material first, prose as a word diff. */
export function diffPage(model: PolicyModel, entry: ArchivedVersion): string {
  const date = entry.version.effective
  const folder = `${model.policy.id}/changes/${date}/`
  const title = `${model.policy.title}: changes in the version of ${date}`
  const previous = entry.page.previous
  const ordered = [...entry.changes.filter((c) => c.materiality === 'material'), ...entry.changes.filter((c) => c.materiality === 'editorial')]
  const body = `<header class="notice-header">
<h1>${escapeHtml(title)}</h1>
<p class="meta">${counts(entry)}${previous ? ` since the <a href="${relativeHref(folder, previous.folder)}">version of ${previous.effective}</a>` : ''} · <a href="${relativeHref(folder, entry.page.folder)}">Read this version</a> · <a href="${relativeHref(folder, entry.page.changes)}">All versions</a> · <a href="diff.json" type="application/json">As JSON</a></p>
</header>
<ul class="changes">
${ordered.map((c) => `<li class="${c.materiality}"><strong>${c.materiality === 'material' ? 'Material' : 'Editorial'}:</strong> ${changeItem(c)}</li>`).join('\n')}
</ul>`
  return page(folder, model, title, body)
}

function changeItem(change: Change): string {
  return `${changeLine(change, htmlMarkup)} <span class="reason">(${escapeHtml(change.reason)})</span>`
}
