import type { Root } from 'mdast'
import type { Variant } from '../../variant/variant.js'
import type { FragmentCache } from '../fragment-cache.js'
import type { ExpandedSection } from '../markdown/markdown-page.js'
import { dateWords, joinWords } from '../words.js'
import { bodyToHtml } from './to-html.js'
import { jsonForScript, trusted, type TrustedHtml } from './trusted-html.js'

/**
 * The Content-Security-Policy of every page: nothing loads but the site's own stylesheets, no
 * script runs (the JSON-LD block is data, not script), no form posts, no `<base>` rewrites links.
 */
export const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'"

/** Relative links from one page to the rest of the site. */
export interface PageLinks {
  /** The site index (`../../index.html`). */
  home: string
  /** The assets folder, ending in `/`. */
  assets: string
  /** Every variant of the policy, for the region switcher. */
  variants: readonly { key: string; name: string; href: string }[]
}

/** The names `page.html` can use; templates/README.md documents each. */
export interface PageData {
  lang: string
  title: string
  /** The law's word for personal data ("personal information" in California). */
  terms: string
  documentTitle: string
  description: string
  csp: string
  home: string
  assets: string
  controller: { name: string; website: string | null; email: string | null }
  effective: { iso: string; words: string }
  version: string | null
  region: { name: string; authority: { name: string; url: string } } | null
  covers: string | null
  formats: { markdown: string; jsonld: string }
  variants: { name: string; href: string; current: boolean }[]
  currentVariant: string
  intro: TrustedHtml | null
  toc: { id: string; title: string }[]
  flow: TrustedHtml | null
  sections: { id: string; title: string; summary: string | null; applies: string | null; body: TrustedHtml }[]
  jsonld: TrustedHtml
}

export interface HtmlPageInput {
  variant: Variant
  intro: Root | undefined
  sections: readonly ExpandedSection[]
  links: PageLinks
  flow: string
  jsonld: object
  cache: FragmentCache
}

/** Everything `page.html` needs for one variant; bodies come from the fragment cache. */
export function pageData({ variant, intro, sections, links, flow, jsonld, cache }: HtmlPageInput): PageData {
  const { policy } = variant.model
  const controller = policy.controller
  const html = (tree: Root, id: string) => trusted(cache.get(`html\u0000${id}\u0000${cache.digest(tree)}`, () => bodyToHtml(tree, id)))
  const where = variant.region ? variant.region.name : 'all regions'
  return {
    lang: policy.language,
    title: policy.title,
    terms: variant.terms['personal-data'],
    documentTitle: `${policy.title} · ${controller.name}${variant.region ? ` · ${variant.region.name}` : ''}`,
    description: `How ${controller.name} handles ${variant.terms['personal-data']}: ${policy.title}, ${where}, last updated ${dateWords(policy.effective)}.`,
    csp: CSP,
    home: links.home,
    assets: links.assets,
    controller: { name: controller.name, website: controller.website ?? null, email: controller.email ?? null },
    effective: { iso: policy.effective, words: dateWords(policy.effective) },
    version: policy.version ?? null,
    region: variant.region ? { name: variant.region.name, authority: { name: variant.region.authority.name, url: variant.region.authority.url } } : null,
    covers: variant.region ? null : joinWords(variant.regions.map((r) => r.name)),
    formats: { markdown: 'index.md', jsonld: 'policy.jsonld' },
    variants: links.variants.map((v) => ({ name: v.name, href: v.href, current: v.key === variant.key })),
    currentVariant: links.variants.find((v) => v.key === variant.key)?.name ?? where,
    intro: intro ? html(intro, '_intro') : null,
    toc: sections.map(({ source }) => ({ id: source.section.id, title: source.section.title })),
    flow: flow ? trusted(flow) : null,
    sections: sections.map(({ source, body }) => ({
      id: source.section.id,
      title: source.section.title,
      summary: source.section.summary ?? null,
      applies: !variant.region && source.scoped ? `Applies in ${joinWords(source.regions.map((r) => r.name))}.` : null,
      body: html(body, source.section.id),
    })),
    jsonld: jsonForScript(jsonld),
  }
}
