import { createHash } from 'node:crypto'
import { compareText } from '../diagnostics/diagnostic.js'
import { CSP, footerWords } from '../render/html/html-page.js'
import { trusted } from '../render/html/trusted-html.js'
import { dateWords } from '../render/words.js'
import type { PolicyModel } from '../resolve/model.js'
import type { Variant } from '../variant/variant.js'
import { absoluteUrl, folderOf, variantFolder } from './site-paths.js'

/**
 * What the site-wide files (index, regions.json, sitemap.xml) need of one policy: a few facts, not
 * the model, so a build of a thousand policies does not keep every model until the end.
 */
export interface IndexedPolicy {
  id: string
  title: string
  language: string
  controller: string
  effective: string
  variants: readonly {
    name: string
    folder: string
    codes: readonly string[]
  }[]
  /** The languages the policy is translated into (each has `<policy>/<language>/` pages). */
  translations?: readonly string[]
}

/** The summary of a policy and its variants for the site-wide files. */
export function indexedPolicy(model: PolicyModel, variants: readonly Variant[], translations: readonly string[]): IndexedPolicy {
  const { policy } = model
  return {
    id: policy.id,
    title: policy.title,
    language: policy.language,
    controller: policy.controller.name,
    effective: policy.effective,
    variants: variants.map((variant) => ({
      name: variantName(variant),
      folder: folderOf(variant),
      codes: variant.region?.codes ?? [],
    })),
    translations,
  }
}

export function variantName(variant: Variant): string {
  if (variant.outside) return variant.model.regions.length ? 'Outside these regions' : 'All readers'
  return variant.region ? variant.region.name : 'All regions'
}

/** The names `index.html` can use; templates/README.md documents each. */
export function indexData(policies: readonly IndexedPolicy[]) {
  const variantCount = policies.reduce((n, p) => n + p.variants.length, 0)
  return {
    title: 'Privacy notices',
    description: `${policies.length} notice${policies.length === 1 ? '' : 's'} in ${variantCount} regional version${variantCount === 1 ? '' : 's'}.`,
    csp: CSP,
    home: 'index.html',
    assets: 'assets/',
    // The site index is in English (index.html has lang="en"), and so is its footer.
    footer: footerWords('en'),
    policies: policies.map((policy) => ({
      id: policy.id,
      title: policy.title,
      lang: policy.language,
      href: `${variantFolder(policy.id, 'global')}index.html`,
      controller: policy.controller,
      effective: { iso: policy.effective, words: dateWords(policy.effective) },
      json: `${policy.id}/policy.json`,
      coverage: `${policy.id}/coverage/index.html`,
      variants: policy.variants.map((variant) => ({
        name: variant.name,
        href: `${variant.folder}index.html`,
        markdown: `${variant.folder}index.md`,
        jsonld: `${variant.folder}policy.jsonld`,
      })),
    })),
  }
}

/**
 * The names `404.html` can use. Hosts serve it at any missing address, at any depth, so it links
 * home through `--base-url` when given (else the site root) and inlines its stylesheet; the
 * Content-Security-Policy allows exactly that stylesheet by its hash, and nothing else.
 */
export function notFoundData(style: string, baseUrl: string | undefined) {
  const hash = createHash('sha256').update(style).digest('base64')
  return {
    csp: CSP.replace("style-src 'self'", `style-src 'sha256-${hash}'`),
    home: baseUrl ?? '/',
    style: trusted(style),
  }
}

/** `regions.json`: per policy, each ISO 3166 country and subdivision code → the variant to serve. */
export function regionsJson(policies: readonly IndexedPolicy[]): string {
  const out: Record<string, { default: string; codes: Record<string, string> }> = {}
  for (const policy of [...policies].sort((a, b) => compareText(a.id, b.id))) {
    const codes: Record<string, string> = {}
    for (const variant of policy.variants) {
      for (const code of variant.codes) codes[code] ??= variant.folder
    }
    const sorted = Object.fromEntries(
      Object.keys(codes)
        .sort(compareText)
        .map((code) => [code, codes[code]!]),
    )
    out[policy.id] = {
      default: variantFolder(policy.id, 'global'),
      codes: sorted,
    }
  }
  return `${JSON.stringify({ format: 'policyc-regions/1', policies: out }, null, 2)}\n`
}

/**
 * `sitemap.xml`: every page with its absolute URL (so only with `--base-url`) and the policy's date.
 * A page with translations (`alternates`, by the source page's folder) is listed in every language,
 * each entry with `xhtml:link` alternates to all of them.
 */
export function sitemapXml(policies: readonly IndexedPolicy[], baseUrl: string, alternates: ReadonlyMap<string, readonly { hreflang: string; folder: string }[]> = new Map()): string {
  const entries: {
    loc: string
    lastmod?: string
    links?: readonly { hreflang: string; folder: string }[]
  }[] = [{ loc: absoluteUrl(baseUrl, '')! }]
  for (const policy of policies) {
    for (const variant of policy.variants) {
      const links = alternates.get(variant.folder)
      if (!links?.length) {
        entries.push({
          loc: absoluteUrl(baseUrl, variant.folder)!,
          ...(policy.effective !== 'not-stated' ? { lastmod: policy.effective } : {}),
        })
        continue
      }
      // The source page and each translation, once each (x-default repeats the source's folder).
      for (const folder of new Set(links.map((l) => l.folder)))
        entries.push({
          loc: absoluteUrl(baseUrl, folder)!,
          ...(policy.effective !== 'not-stated' ? { lastmod: policy.effective } : {}),
          links,
        })
    }
  }
  entries.sort((a, b) => compareText(a.loc, b.loc))
  const link = (l: { hreflang: string; folder: string }) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(l.hreflang)}" href="${escapeXml(absoluteUrl(baseUrl, l.folder)!)}"/>\n`
  const xml = entries.map((e) => `  <url>\n    <loc>${escapeXml(e.loc)}</loc>\n${e.lastmod ? `    <lastmod>${e.lastmod}</lastmod>\n` : ''}${(e.links ?? []).map(link).join('')}  </url>`)
  const xhtml = entries.some((e) => e.links?.length) ? ' xmlns:xhtml="http://www.w3.org/1999/xhtml"' : ''
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"${xhtml}>\n${xml.join('\n')}\n</urlset>\n`
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}
