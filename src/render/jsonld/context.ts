/**
 * The inline JSON-LD context of every `policy.jsonld`. DPV publishes no context document
 * (REGULATIONS.md §15.2), and a page must not make a reader's tools fetch one, so the context is
 * written out in full: schema.org is the default vocabulary (unprefixed keys), DPV and its
 * extensions are prefixes (`dpv:hasPurpose`, `eu-gdpr:A6-1-b`, `loc:US-CA`).
 */
export const DPV_PREFIXES = {
  dpv: 'https://w3id.org/dpv#',
  pd: 'https://w3id.org/dpv/pd#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  'legal-eu': 'https://w3id.org/dpv/legal/eu#',
  'legal-gb': 'https://w3id.org/dpv/legal/gb#',
  'legal-nl': 'https://w3id.org/dpv/legal/nl#',
  'legal-ie': 'https://w3id.org/dpv/legal/ie#',
  'legal-de': 'https://w3id.org/dpv/legal/de#',
  'legal-us': 'https://w3id.org/dpv/legal/us#',
  loc: 'https://w3id.org/dpv/loc#',
  tech: 'https://w3id.org/dpv/tech#',
} as const

export const CONTEXT = {
  '@vocab': 'https://schema.org/',
  schema: 'https://schema.org/',
  ...DPV_PREFIXES,
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const

/** Whether a compact IRI uses a prefix the context defines (a catalog typo must not become a bare string). */
export function knownPrefix(curie: string): boolean {
  const prefix = curie.slice(0, curie.indexOf(':'))
  return Object.hasOwn(DPV_PREFIXES, prefix)
}
