import type { Jurisdiction } from '../../resolve/model.js'
import type { Basis, Safeguard } from '../words.js'

/**
 * The DPV 2.3 terms policyc emits for the format's enumerations; every one is listed in
 * dpv-2.3-terms.tsv (a test checks the output against it). Where DPV has no term, the value is
 * undefined and the JSON-LD describes the thing in words instead of inventing an IRI.
 */

/** GDPR Art 6(1) bases (REGULATIONS.md §13.1); the UK's 6(1)(ea) has no term. */
const GDPR_BASIS: Partial<Record<Basis, string>> = {
  consent: 'eu-gdpr:A6-1-a',
  contract: 'eu-gdpr:A6-1-b',
  'legal-obligation': 'eu-gdpr:A6-1-c',
  'vital-interests': 'eu-gdpr:A6-1-d',
  'public-task': 'eu-gdpr:A6-1-e',
  'legitimate-interests': 'eu-gdpr:A6-1-f',
  'recognised-legitimate-interest': 'dpv:LegitimateInterest',
}

/** Generic DPV bases for laws without DPV extension terms. */
const GENERIC_BASIS: Partial<Record<Basis, string>> = {
  consent: 'dpv:Consent',
  'express-consent': 'dpv:ExpressedConsent',
  'implied-consent': 'dpv:ImpliedConsent',
  contract: 'dpv:Contract',
  'legal-obligation': 'dpv:LegalObligation',
  'vital-interests': 'dpv:VitalInterest',
  'public-task': 'dpv:PublicInterest',
  'legitimate-interests': 'dpv:LegitimateInterest',
  'recognised-legitimate-interest': 'dpv:LegitimateInterest',
}

/**
 * The legal-basis term for a basis in a region, or undefined when none applies. The eu-gdpr terms
 * name articles of the EU GDPR, so only the EEA gets them; the UK GDPR's bases take DPV's generic
 * terms, as every other law does.
 */
export function basisTerm(basis: Basis, region: Jurisdiction): string | undefined {
  return region.id === 'eea' ? GDPR_BASIS[basis] : GENERIC_BASIS[basis]
}

/** GDPR Chapter V transfer bases (REGULATIONS.md §15.4); UK-only tools have no DPV term. */
export const SAFEGUARD_TERM: Record<Safeguard, string | undefined> = {
  adequacy: 'eu-gdpr:A45-3',
  dpf: 'eu-gdpr:A45-3',
  scc: 'eu-gdpr:A46-2-c',
  'uk-idta': undefined,
  'uk-addendum': undefined,
  bcr: 'eu-gdpr:A46-2-b',
  'code-of-conduct': 'eu-gdpr:A46-2-e',
  certification: 'eu-gdpr:A46-2-f',
  'ad-hoc-clauses': 'eu-gdpr:A46-3-a',
  consent: 'eu-gdpr:A49-1-a',
  'contract-necessity': 'eu-gdpr:A49-1-b',
  none: undefined,
  'dpf-uk-extension': undefined,
  'swiss-dpf': undefined,
  'ch-scc': undefined,
  // DPV has no terms for the LGPD, POPIA, APP or NZ Privacy Act tools: none rather than a GDPR one.
  'br-scc': undefined,
  'za-binding-agreement': undefined,
  'au-contract': undefined,
  'nz-model-clauses': undefined,
}

/** A region's place in DPV's location vocabulary: the EEA as a whole, else its ISO 3166 code. */
export function regionLocation(region: Jurisdiction): string {
  if (region.id === 'eea') return 'loc:EEA'
  return `loc:${region.codes[0]}`
}

/** A country (ISO 3166-1 alpha-2, or EU) as a DPV location. */
export function countryLocation(code: string): string {
  return `loc:${code}`
}
