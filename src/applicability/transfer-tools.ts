import { loadCatalog, type Jurisdiction } from '../catalog/catalog.js'
import type { Recipient } from '../generated/policy.js'
import type { ApplicableLaw } from './applicable-laws.js'

/** A transfer mechanism key: what a recipient can name in `safeguards` (or the older `transfer`). */
export type Mechanism = NonNullable<Recipient['safeguards']>[number] | 'adequacy'

/** One mechanism under one exporting law, as a page states it. */
export interface TransferTool {
  readonly mechanism: Mechanism
  readonly citation: string
  /** The catalog's name of the tool under this law (undefined for adequacy). */
  readonly name?: string
}

/** What one exporting law says of one recipient country: its tools, or none stated. */
export interface LawTransfer {
  readonly law: Jurisdiction
  readonly tools: readonly TransferTool[]
}

/** The territory of an exporting law: its region's countries (the EEA adds `EU`). */
export function territoryOf(law: Jurisdiction): Set<string> {
  const countries = law.codes.map((code) => code.split('-')[0]!)
  if (law.id === 'eea') countries.push(...(loadCatalog()['eea-countries'] ?? []), 'EU')
  return new Set(countries)
}

/**
 * The countries a law lets data go to without a safeguard: its own territory and the countries on
 * its adequacy list (the EU, UK and Swiss lists differ: Brazil is on the EU's alone). `EU`, as a
 * recipient's country, counts where the list holds every EEA state, as the UK's and Switzerland's
 * do. One answer for the page (transferToolsFor) and for lint (src/lint/facts.ts).
 */
export function adequateUnder(law: Jurisdiction): ReadonlySet<string> {
  let found = adequate.get(law)
  if (!found) {
    const list = law.transfers?.adequate ?? []
    found = new Set([...territoryOf(law), ...list])
    if ((loadCatalog()['eea-countries'] ?? []).every((country) => list.includes(country))) found.add('EU')
    adequate.set(law, found)
  }
  return found
}

const adequate = new WeakMap<Jurisdiction, Set<string>>()

/**
 * The mechanisms a recipient declares. The older single `transfer` was written for the EU
 * ("EEA/UK" in its description): its generic keys count for the GDPR only, the UK keys for the
 * UK, and the Art 49-style derogations (consent, contract) for every law that has them.
 */
function declared(recipient: Recipient, law: Jurisdiction): Mechanism[] {
  const out = new Set<Mechanism>(recipient.safeguards ?? [])
  const legacy = recipient.transfer
  if (legacy && legacy !== 'none' && legacy !== 'adequacy') {
    const uk = legacy === 'uk-idta' || legacy === 'uk-addendum'
    const everywhere = legacy === 'consent' || legacy === 'contract-necessity'
    if (everywhere || (uk ? law.id === 'uk' : law.id === 'eea')) out.add(legacy)
  }
  return [...out]
}

/**
 * For each exporting law that applies to this reader and has transfer rules (GDPR Chapter V,
 * UK GDPR Chapter V, FADP Art 16-17, LGPD Art 33, POPIA s.72, APP 8 with s.16C, NZ IPP 12), the tools that carry one recipient country out of that law's
 * territory: adequacy from that law's own list (EU, UK and Swiss lists differ), then every
 * mechanism the recipient names that this law recognises. A law under which the country is at
 * home, or which has no transfer rules, says nothing. An empty `tools` means: not stated.
 */
export function transferToolsFor(recipient: Recipient, country: string, laws: readonly ApplicableLaw[]): LawTransfer[] {
  const out: LawTransfer[] = []
  for (const { jurisdiction: law } of laws) {
    const rules = law.transfers
    if (!rules || territoryOf(law).has(country)) continue
    const tools: TransferTool[] = []
    if (adequateUnder(law).has(country)) tools.push({ mechanism: 'adequacy', citation: rules['adequacy-citation'] })
    for (const mechanism of declared(recipient, law)) {
      const known = rules.mechanisms[mechanism]
      if (known) tools.push({ mechanism, citation: known.citation, name: known.name })
    }
    out.push({ law, tools })
  }
  return out
}

/**
 * Laws whose transfer tools a page names in the law's own words, from the catalog: the LGPD's
 * "specific and highlighted consent" (Art 33(VIII)) is not the GDPR's "explicit consent" (Art
 * 49(1)(a)), nor is an APP 8.1 contract a set of standard contractual clauses. The GDPR family and
 * the FADP keep the translated labels of the page's language, which were written for their tools.
 */
const OWN_WORDS: ReadonlySet<Jurisdiction['family']> = new Set(['lgpd', 'popia', 'app', 'nz-privacy'])

/** The label of a tool under its law: the catalog's words for the laws of OWN_WORDS, else `translated`. */
export function toolLabel(law: Jurisdiction, tool: TransferTool, translated: string): string {
  return OWN_WORDS.has(law.family) && tool.name ? tool.name : translated
}
