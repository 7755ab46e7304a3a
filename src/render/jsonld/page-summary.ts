type Node = Record<string, unknown>

/** The schema.org facts about the page itself that the short block keeps, in this order. */
const PAGE_KEYS = ['@id', 'url', '@type', 'name', 'inLanguage', 'dateModified', 'version', 'isBasedOn', 'spatialCoverage'] as const
/** The publisher's schema.org properties (its DPV types and country stay in the full document). */
const PUBLISHER_KEYS = ['name', 'legalName', 'url', 'email', 'telephone'] as const

/**
 * The short JSON-LD block a page embeds, instead of its whole graph (issue 19 item 4: the full
 * graph, 30 kB on an XWMS page, was repeated in every variant; it stays in the page's
 * `policy.jsonld`, which the page links with `<link rel="alternate">` and in its text).
 *
 * Why keep a block at all: search engines read structured data only from the page itself (they do
 * not follow a link to a separate JSON-LD file), so the facts that name and date the page are
 * embedded: what it is (a WebPage that is a DPV PrivacyNotice), its title, language, date, the
 * regions it is for and who publishes it. `encoding` points to the full graph. Every value is
 * copied from the full document's page node, so the two never disagree.
 */
export function pageJsonLdSummary(full: Node, jsonldHref: string): Node {
  const graph = (full['@graph'] as Node[] | undefined) ?? [full]
  const page = graph[0] ?? {}
  const summary: Node = { '@context': { '@vocab': 'https://schema.org/', dpv: 'https://w3id.org/dpv#' } }
  for (const key of PAGE_KEYS) if (page[key] !== undefined) summary[key] = page[key]
  const publisherId = (page.publisher as Node | undefined)?.['@id']
  const publisher = graph.find((node) => node['@id'] === publisherId)
  if (publisher) {
    const organisation: Node = { '@type': 'Organization' }
    for (const key of PUBLISHER_KEYS) if (publisher[key] !== undefined) organisation[key] = publisher[key]
    summary.publisher = organisation
  }
  summary.encoding = { '@type': 'MediaObject', encodingFormat: 'application/ld+json', contentUrl: jsonldHref }
  return summary
}
