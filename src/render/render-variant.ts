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
import { flowAlt, flowImage, type FlowPicture } from './svg/flow-svg.js'
import { pageJsonLdSummary } from './jsonld/page-summary.js'
import { createHash } from 'node:crypto'
import type { Root } from 'mdast'
import { pageCookieDuration, pageWords } from './locale-words.js'
import { withNoticeStatements } from './notice-statements.js'

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

/** A drawn picture and the name of its file: the digest of its bytes, so pages showing the same picture share one file. */
export interface FlowFile extends FlowPicture {
  name: string
}

const flows = new WeakMap<Variant['model'], Map<string, FlowFile | null>>()
const images = new WeakMap<Variant['model'], Map<string, (Omit<FlowFile, 'alt'> & { title: string }) | null>>()

/**
 * The picture depends only on the policy's data and the page's terms: drawn (and its file named)
 * once per policy and terms. Its text alternative states each transfer's tools under the laws of
 * the page's readers, so that is written once per terms and laws.
 */
function flowOnce(variant: Variant): FlowFile | null {
  const termsKey = JSON.stringify(variant.terms)
  let byTerms = images.get(variant.model)
  if (!byTerms) images.set(variant.model, (byTerms = new Map()))
  let image = byTerms.get(termsKey)
  if (image === undefined) {
    const drawn = flowImage(variant)
    image = drawn ? { ...drawn, name: `flow-${createHash('sha256').update(drawn.svg).digest('hex').slice(0, 16)}.svg` } : null
    byTerms.set(termsKey, image)
  }
  if (image === null) return null
  let byLaws = flows.get(variant.model)
  if (!byLaws) flows.set(variant.model, (byLaws = new Map()))
  // The alt reads the laws through transferPairs and safeguardWords: which exporting laws (those with
  // transfer rules) apply, and how many laws in all (a single law's tools go unlabelled).
  const key = `${termsKey}\u0000${variant.laws.length}\u0000${variant.laws.filter((l) => l.jurisdiction.transfers).map((l) => l.jurisdiction.id).join(' ')}`
  let file = byLaws.get(key)
  if (file === undefined) {
    const { title, ...picture } = image
    file = { ...picture, alt: flowAlt(variant, title) }
    byLaws.set(key, file)
  }
  return file
}

/** The three files of one variant. */
export interface RenderedVariant {
  markdown: string
  html: string
  jsonld: string
  /** The data-flow picture the page links (`<img>`): the caller writes it once into the folder `links.flow` points to. */
  flow: FlowFile | undefined
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
  const intro = withNoticeStatements(withChangeNotice(expandedIntro, variant), variant)
  const sections: ExpandedSection[] = variant.sections.map((source) => ({
    source,
    body: expandBody(source.tree, { plan, sectionId: source.section.id, baseDepth: 3, report: reporter(['sections', source.index, 'body']) }),
  }))

  // Descriptions in the data may name entities with `:ref{id=…}`: JSON-LD says their labels, as the page does.
  const jsonld = withRefLabelsDeep(buildJsonLd(variant, { pageUrl: options.pageUrl, globalUrl: options.globalUrl }), (id) => model.entities.get(id)?.label ?? model.sections.get(id)?.section.title)
  const flow = flowOnce(variant) ?? undefined
  // The page embeds only the short block search engines read; the full graph is its policy.jsonld (page-summary.ts says why).
  const summary = pageJsonLdSummary(jsonld, options.pageUrl ? new URL('policy.jsonld', options.pageUrl).href : 'policy.jsonld')
  const data = pageData({ variant, intro, sections, links: options.links, flow, jsonld: summary, cache: options.cache, versions: options.versions })
  const page = options.templates.render('page', data)
  diagnostics.push(...page.diagnostics)
  return {
    markdown: markdownPage(variant, intro, sections, options.cache),
    html: page.html,
    // Compact on disk: indentation made a third of the file (47 kB → 30 kB for an XWMS page); readers are machines.
    jsonld: `${compactJsonLd(jsonld)}\n`,
    flow,
    diagnostics,
  }
}

/** The JSON of graph nodes (`compactJsonLd`); nodes are never changed once made. */
const nodeJson = new WeakMap<object, string>()

/**
 * `JSON.stringify(jsonld)`, with each node of its `@graph` written once: the recipients, retention
 * rules and transfers are the same node objects on every page of a policy (build-jsonld.ts).
 * Any other shape is written whole.
 */
function compactJsonLd(jsonld: Record<string, unknown>): string {
  const keys = Object.keys(jsonld)
  const graph = jsonld['@graph']
  if (keys.length !== 2 || keys[0] !== '@context' || keys[1] !== '@graph' || !Array.isArray(graph) || !graph.every((node) => node !== null && typeof node === 'object')) return JSON.stringify(jsonld)
  const nodes = (graph as object[]).map((node) => {
    let json = nodeJson.get(node)
    if (json === undefined) nodeJson.set(node, (json = JSON.stringify(node)))
    return json
  })
  return `{"@context":${JSON.stringify(jsonld['@context'])},"@graph":[${nodes.join(',')}]}`
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
  const words = pageWords(lang).m.words
  const newRecipients = promise.of === 'new-recipients'
  // A promise without a period ("we will take steps to inform our users about any updates") says no time: none is guessed.
  const sentence = promise.period === undefined
    ? (newRecipients ? words.changeNoticeNewRecipientsUntimed : words.changeNoticeUntimed)(promise.how)
    : (newRecipients ? words.changeNoticeNewRecipients : words.changeNotice)(pageCookieDuration(promise.period, lang).toLowerCase(), promise.how)
  return { type: 'root', children: [...(intro?.children ?? []), { type: 'paragraph', children: [{ type: 'text', value: sentence }] }] }
}
