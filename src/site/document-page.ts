import type { Root } from 'mdast'
import { CSP, footerWords } from '../render/html/html-page.js'
import type { TemplateSet } from '../render/html/template-set.js'
import { bodyToHtml } from '../render/html/to-html.js'
import { trusted } from '../render/html/trusted-html.js'
import type { PolicyModel } from '../resolve/model.js'
import { relativeHref, variantFolder } from './site-paths.js'

/**
 * A policy's English report page (the coverage matrix, a scan report) through the `document`
 * template: its body through the path every notice body takes (mdast → sanitized HTML), linked to
 * the policy's global page and to its own Markdown and JSON. These pages are written once per
 * policy, not per language, so their words and footer are English.
 */
export function documentPage(
  templates: TemplateSet,
  model: PolicyModel,
  page: { folder: string; title: string; description: string; tree: Root; kind: string; json: string },
): ReturnType<TemplateSet['render']> {
  return templates.render('document', {
    lang: 'en',
    title: page.title,
    documentTitle: `${page.title} · ${model.policy.controller.name}`,
    description: page.description,
    csp: CSP,
    home: relativeHref(page.folder, 'index.html'),
    assets: relativeHref(page.folder, 'assets/'),
    controller: model.policy.controller.name,
    notice: relativeHref(page.folder, `${variantFolder(model.policy.id, 'global')}index.html`),
    formats: { markdown: 'index.md', json: page.json },
    body: trusted(bodyToHtml(page.tree, page.kind)),
    footer: footerWords('en'),
  })
}
