import type { Root } from 'mdast'
import { withRefLabels } from '../../prose/inline-refs.js'
import type { Variant } from '../../variant/variant.js'
import type { FragmentCache } from '../fragment-cache.js'
import type { ExpandedSection } from '../markdown/markdown-page.js'
import { headerAuthority } from '../page-authority.js'
import { localWords, outsideWords, pageDate, pageList, pageRegionName, pageTerms, pageWords } from '../locale-words.js'
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
  /** The policy's compliance coverage page, when the site has one (archived versions do not). */
  coverage?: string | undefined
  /** The same page in other languages (`<link rel="alternate" hreflang>`); empty or unset when the policy has no translations. */
  alternates?: readonly { hreflang: string; href: string }[] | undefined
  /** The language switcher; unset when the policy has no translations. */
  languages?: readonly { hreflang: string; name: string; href: string; current: boolean }[] | undefined
  /** The folder (relative, ending in `/`) where the policy's data-flow pictures are written; unset: the page's own. */
  flow?: string | undefined
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
  /** `iso` is null when the notice states no date (`effective: not-stated`). */
  effective: { iso: string | null; words: string }
  version: string | null
  region: { name: string; authority: { name: string; url: string } | null } | null
  covers: string | null
  /** On the page for readers outside every listed region: who it is for, and that it states no law. */
  outside: string | null
  formats: { markdown: string; jsonld: string }
  coverage: string | null
  /** Raw: the version navigation (`policyc build --history`), or unset. */
  versions: TrustedHtml | null
  variants: { name: string; href: string; current: boolean }[]
  currentVariant: string
  intro: TrustedHtml | null
  toc: { id: string; title: string }[]
  /** The data-flow picture: its file (relative link), its text alternative and its size, or null when there is none. */
  flow: { src: string; alt: string; width: number; height: number } | null
  sections: { id: string; title: string; summary: string | null; applies: string | null; body: TrustedHtml }[]
  jsonld: TrustedHtml
  /** The page's own words in its language (English: exactly the words the template had). */
  words: PageTemplateWords
  /** Every language version of this page, for `<link rel="alternate" hreflang>`; empty without translations. */
  alternates: { hreflang: string; href: string }[]
  /** The language switcher, or null when the policy has no translations. */
  languages: { label: string; nav: string; current: string; links: { hreflang: string; name: string; href: string; current: boolean }[] } | null
  /** The words of `_footer.html`, in the page's language. */
  footer: FooterWords
}

/**
 * The words of the `_footer.html` partial, which every page with a footer includes (notices,
 * the site index, the coverage page): each offers them as `footer`, in its own language.
 */
export interface FooterWords {
  publishedWith: string
  allNotices: string
}

export function footerWords(language: string): FooterWords {
  const { m } = pageWords(language)
  return { publishedWith: m.site.publishedWith, allNotices: m.site.allNotices }
}

export interface PageTemplateWords {
  skipToContent: string
  regionLabel: string
  regionsNav: string
  lastUpdated: string
  version: string
  forReaders: { before: string; after: string }
  supervisoryAuthority: string
  covers: string
  chooseRegion: string
  alsoAvailableAs: { before: string; between: string; after: string }
  contents: string
  flowLabel: string
  flowCaption: string
  inShort: string
  inShortLead: string
  /** Around the link to the compliance coverage page. */
  coverage: { before: string; link: string; after: string }
}

export interface HtmlPageInput {
  variant: Variant
  intro: Root | undefined
  sections: readonly ExpandedSection[]
  links: PageLinks
  flow: { name: string; alt: string; width: number; height: number } | undefined
  jsonld: object
  cache: FragmentCache
  /** The version navigation, made and escaped by the history stage. */
  versions?: TrustedHtml | undefined
}

/** Everything `page.html` needs for one variant; bodies come from the fragment cache. */
export function pageData({ variant, intro, sections, links, flow, jsonld, cache, versions }: HtmlPageInput): PageData {
  const { policy } = variant.model
  const controller = policy.controller
  // Each block of a body is written once per content too (to-html.ts, bodyByBlocks).
  const html = (tree: Root, id: string) => trusted(cache.get(`html\u0000${id}\u0000${cache.digest(tree)}`, () => bodyToHtml(tree, id, (block, write) => cache.htmlOfBlock(block, id, write))))
  const lang = policy.language
  const m = localWords(lang)
  const regionName = variant.region ? pageRegionName(variant.region, lang) : undefined
  const terms = pageTerms(variant.terms, lang)
  const date = pageDate(policy.effective, lang)
  const where = regionName ?? (m ? m.page.allRegions.toLowerCase() : 'all regions')
  const covers = variant.region || variant.outside ? null : pageList(variant.regions.map((r) => pageRegionName(r, lang)), lang)
  const currentVariant = links.variants.find((v) => v.key === variant.key)?.name ?? where
  const words: PageTemplateWords = m
    ? {
        skipToContent: m.page.skipToContent,
        regionLabel: m.page.region(currentVariant),
        regionsNav: m.page.regionsNav,
        lastUpdated: m.page.lastUpdated,
        version: policy.version === undefined ? '' : m.page.version(policy.version),
        forReaders: m.page.forReadersIn,
        supervisoryAuthority: m.page.supervisoryAuthority,
        covers: covers === null ? '' : m.page.covers(covers),
        chooseRegion: m.page.chooseRegion,
        alsoAvailableAs: m.page.alsoAvailableAs,
        contents: m.page.contents,
        flowLabel: m.flow.label,
        flowCaption: m.flow.caption(terms),
        inShort: m.page.inShort,
        inShortLead: m.page.inShortLead,
        coverage: m.page.coverage,
      }
    : {
        skipToContent: 'Skip to the notice',
        regionLabel: `Region: ${currentVariant}`,
        regionsNav: 'Versions of this notice by region',
        lastUpdated: 'Last updated',
        version: policy.version === undefined ? '' : `Version ${policy.version}`,
        forReaders: { before: 'This is the version of the notice for readers in ', after: '.' },
        supervisoryAuthority: 'Supervisory authority: ',
        covers: covers === null ? '' : `This notice covers ${covers}.`,
        chooseRegion: 'Choose your region above for the version that applies to you.',
        alsoAvailableAs: { before: 'Also available as ', between: ' and ', after: '.' },
        contents: 'Contents',
        flowLabel: 'Data flow picture, scrollable',
        flowCaption: `At a glance: which ${terms['personal-data']} we use, what for, and who receives it. The tables below give the details.`,
        inShort: 'In short',
        inShortLead: 'In short:',
        coverage: { before: "How it meets each region's law: ", link: 'compliance coverage', after: '.' },
      }
  const description = m
    ? m.page.description({ controller: controller.name, title: policy.title, region: regionName, date, terms })
    : `How ${controller.name} handles ${terms['personal-data']}: ${policy.title}, ${where}, last updated ${date}.`
  const languages = links.languages?.length ? links.languages : undefined
  return {
    lang,
    title: policy.title,
    terms: terms['personal-data'],
    documentTitle: `${policy.title} · ${controller.name}${regionName ? ` · ${regionName}` : ''}`,
    description,
    csp: CSP,
    home: links.home,
    assets: links.assets,
    controller: { name: controller.name, website: controller.website ?? null, email: controller.email ?? null },
    effective: { iso: policy.effective === 'not-stated' ? null : policy.effective, words: date },
    version: policy.version ?? null,
    region: variant.region && regionName ? { name: regionName, authority: headerAuthority(variant) ?? null } : null,
    covers,
    outside: variant.outside ? outsideWords(variant) : null,
    formats: { markdown: 'index.md', jsonld: 'policy.jsonld' },
    coverage: links.coverage ?? null,
    versions: versions ?? null,
    variants: links.variants.map((v) => ({ name: v.name, href: v.href, current: v.key === variant.key })),
    currentVariant,
    intro: intro ? html(intro, '_intro') : null,
    toc: sections.map(({ source }) => ({ id: source.section.id, title: source.section.title })),
    flow: flow ? { src: `${links.flow ?? ''}${flow.name}`, alt: flow.alt, width: flow.width, height: flow.height } : null,
    sections: sections.map(({ source, body }) => ({
      id: source.section.id,
      title: source.section.title,
      // `:ref` in a summary reads as the label it names, as in the Markdown file (the template escapes it).
      summary: source.section.summary === undefined ? null : withRefLabels(source.section.summary, (id) => variant.model.entities.get(id)?.label ?? variant.model.sections.get(id)?.section.title),
      applies: !variant.region && source.scoped ? appliesIn(source.regions.map((r) => pageRegionName(r, lang)), lang) : null,
      body: html(body, source.section.id),
    })),
    words,
    alternates: [...(links.alternates ?? [])],
    languages: languages
      ? { label: m ? m.page.language : 'Language', nav: m ? m.page.languagesNav : 'This notice in other languages', current: languages.find((l) => l.current)?.name ?? lang, links: languages.map((l) => ({ ...l })) }
      : null,
    jsonld: jsonForScript(jsonld),
    footer: footerWords(lang),
  }
}

/** "Applies in EEA and UK." in the page's language. */
export function appliesIn(regions: readonly string[], language: string): string {
  const m = localWords(language)
  return m ? m.page.appliesIn(pageList(regions, language)) : `Applies in ${pageList(regions, language)}.`
}
