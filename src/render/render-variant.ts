import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js'
import { withRefLabelsDeep } from '../prose/inline-refs.js'
import { bodyLocator } from '../prose/body-locator.js'
import type { Variant } from '../variant/variant.js'
import type { FragmentCache } from './fragment-cache.js'
import { pageData, type PageLinks } from './html/html-page.js'
import type { TemplateSet } from './html/template-set.js'
import type { TrustedHtml } from './html/trusted-html.js'
import { buildJsonLd } from './jsonld/build-jsonld.js'
import { expandBody, type RenderReport } from './markdown/expand.js'
import { markdownPage, type ExpandedSection } from './markdown/markdown-page.js'
import { INTRO, planPage } from './markdown/page-plan.js'
import { flowSvg } from './svg/flow-svg.js'
import type { Root } from 'mdast'
import { pageCookieDuration, pageWords } from './locale-words.js'

export interface RenderOptions {
  templates: TemplateSet
  cache: FragmentCache
  links: PageLinks
  /** Absolute URLs for the JSON-LD, when `--base-url` is given. */
  pageUrl?: string | undefined
  globalUrl?: string | undefined
  /** The version navigation for the `{{{versions}}}` slot (only with `--history`). */
  versions?: TrustedHtml | undefined
}

const flows = new WeakMap<Variant['model'], Map<string, string>>()

/** The picture depends only on the policy's data, its word for personal data and the readers' laws: drawn once per such page. */
function flowOnce(variant: Variant): string {
  let byTerms = flows.get(variant.model)
  if (!byTerms) flows.set(variant.model, (byTerms = new Map()))
  // Its text alternative states each transfer's tools under the laws of the page's readers, so those are part of the key.
  const terms = `${variant.terms['personal-data']}\u0000${variant.laws.map((l) => l.jurisdiction.id).join(' ')}`
  let svg = byTerms.get(terms)
  if (svg === undefined) byTerms.set(terms, (svg = flowSvg(variant)))
  return svg
}

/** The three files of one variant. */
export interface RenderedVariant {
  markdown: string
  html: string
  jsonld: string
  diagnostics: Diagnostic[]
}

/**
 * The render stage for one variant: plan the page, expand each body into mdast once, then write
 * Markdown (remark-stringify) and HTML (remark-rehype → sanitize → template) from those same
 * trees, and JSON-LD from the model.
 */
export function renderVariant(variant: Variant, options: RenderOptions): RenderedVariant {
  const { model } = variant
  const diagnostics: Diagnostic[] = []
  const reporter = (path: (string | number)[]): RenderReport => {
    const locate = bodyLocator(model.source, path)
    return (node, ruleId, reason, hint) =>
      diagnostics.push(diagnose(locate(node.position?.start, node.position?.end), { ruleId, source: 'render', severity: 'warning', reason, hint }))
  }
  const plan = planPage(variant)
  const expandedIntro = variant.intro && expandBody(variant.intro, { plan, sectionId: INTRO, baseDepth: 2, report: reporter(['intro']) })
  const intro = withChangeNotice(expandedIntro, variant)
  const sections: ExpandedSection[] = variant.sections.map((source) => ({
    source,
    body: expandBody(source.tree, { plan, sectionId: source.section.id, baseDepth: 3, report: reporter(['sections', source.index, 'body']) }),
  }))

  // Descriptions in the data may name entities with `:ref{id=…}`: JSON-LD says their labels, as the page does.
  const jsonld = withRefLabelsDeep(buildJsonLd(variant, { pageUrl: options.pageUrl, globalUrl: options.globalUrl }), (id) => model.entities.get(id)?.label ?? model.sections.get(id)?.section.title)
  const flow = flowOnce(variant)
  const data = pageData({ variant, intro, sections, links: options.links, flow, jsonld, cache: options.cache, versions: options.versions })
  const page = options.templates.render('page', data)
  diagnostics.push(...page.diagnostics)
  return {
    markdown: markdownPage(variant, intro, sections, options.cache),
    html: page.html,
    jsonld: `${JSON.stringify(jsonld, null, 2)}\n`,
    diagnostics,
  }
}

/**
 * The notice's promise to tell readers of changes before they take effect (`change-notice`), as
 * the last paragraph of the intro, so both the Markdown and the HTML page say it under the title.
 * Said only when the notice makes the promise.
 */
function withChangeNotice(intro: Root | undefined, variant: Variant): Root | undefined {
  const promise = variant.model.policy['change-notice']
  if (!promise) return intro
  const lang = variant.model.policy.language
  // A promise about new recipients only (a sub-processor list) is worded as that, never as one about every change.
  const say = promise.of === 'new-recipients' ? pageWords(lang).m.words.changeNoticeNewRecipients : pageWords(lang).m.words.changeNotice
  const sentence = say(pageCookieDuration(promise.period, lang).toLowerCase(), promise.how)
  return { type: 'root', children: [...(intro?.children ?? []), { type: 'paragraph', children: [{ type: 'text', value: sentence }] }] }
}
