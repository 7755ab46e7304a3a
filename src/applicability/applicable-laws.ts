import { loadCatalog, type Jurisdiction } from '../catalog/catalog.js'
import type { Policy } from '../generated/policy.js'

/** Why a law reaches a reader: they live in its region, or the controller is established where it reaches. */
export interface Reach {
  readonly kind: 'reader' | 'establishment'
  /** The article that makes the law apply (GDPR Art 3(2) for readers, Art 3(1) for establishments). */
  readonly citation: string
}

/** One law that applies to one reader's data, with every reason it applies. */
export interface ApplicableLaw {
  readonly jurisdiction: Jurisdiction
  readonly reaches: readonly Reach[]
}

/**
 * Where the controller is established: `controller.country` and any `controller.establishments`.
 * Nothing is assumed beyond what the policy states: with neither, the list is empty, so no law
 * reaches the controller by establishment and no lead authority is picked.
 */
export function establishmentsOf(policy: Pick<Policy, 'controller'>): string[] {
  const { country, establishments = [] } = policy.controller
  return [...new Set([...(country ? [country] : []), ...establishments])]
}

/** Whether an establishment code (`IE`, `CA-QC`) lies in one a law reaches (`IE`, `CA`, `CA-QC`). */
function within(establishment: string, reached: readonly string[]): boolean {
  return reached.includes(establishment) || reached.includes(establishment.split('-')[0]!)
}

/**
 * The laws that apply to a reader of `region`: the region's own law (it protects the people there:
 * GDPR Art 3(2), UK GDPR Art 3(2), the US state laws for their residents, PIPEDA, LGPD Art 3(II)…),
 * then every other catalog law that reaches the controller by establishment, for all of its
 * processing whoever the reader is (GDPR Art 3(1), UK GDPR Art 3(1), FADP Art 3(1), LGPD Art 3(I),
 * POPIA s.3(1)(b)(i), Privacy Act 1988 s.5B, NZ Privacy Act s.4(1)). US state laws protect only
 * their own residents, so an establishment never brings one to another region's reader.
 * A law not in this list is never cited on that reader's page.
 *
 * Two laws for one reader (an Irish controller's UK reader: UK GDPR Art 3(2) and GDPR Art 3(1); its
 * Swiss reader: the FADP and the GDPR): the page gives each law its own facts, each labelled with
 * the law and its own article (deadlines, authorities, transfer tools, bases, sensitive marks),
 * rather than only the stricter with both citations. Why: the laws differ in kind, not only in
 * degree (the GDPR's EU–US DPF is no tool under the UK GDPR or the FADP; a FADP 30-day period and a
 * GDPR one-month period extendable by two months are not ranked by one number), so a "stricter"
 * pick would state one law's fact under the other's name; and each law asks that its own facts be
 * given (GDPR Art 13, UK GDPR Art 13, FADP Art 19). The one merged statement is the policy's own
 * `response-time`, said only when shorter than every applicable period. The rights table keeps the
 * reader's own law's rights (the law they invoke); test/applicability/two-laws.test.ts holds this.
 */
export function applicableLaws(policy: Pick<Policy, 'controller'>, region: Jurisdiction): ApplicableLaw[] {
  const establishments = establishmentsOf(policy)
  const laws: ApplicableLaw[] = []
  for (const jurisdiction of loadCatalog().jurisdictions) {
    const reaches: Reach[] = []
    const by = jurisdiction.reach.establishment
    const established = by !== undefined && establishments.some((e) => within(e, by.countries))
    // An established controller is under the law by establishment alone (GDPR Art 3(1)); the
    // readers' article (Art 3(2)) is for controllers established elsewhere, so it is cited only then.
    if (jurisdiction.id === region.id && !established) reaches.push({ kind: 'reader', citation: jurisdiction.reach.readers })
    if (established) reaches.push({ kind: 'establishment', citation: by.citation })
    if (reaches.length) laws.push({ jurisdiction, reaches })
  }
  // A region the policy declares itself (`declared-regions`, src/resolve/declared-region.ts): its law reaches its readers as the notice says.
  if (!laws.some((law) => law.jurisdiction.id === region.id) && !loadCatalog().jurisdictions.some((j) => j.id === region.id)) {
    laws.push({ jurisdiction: region, reaches: [{ kind: 'reader', citation: region.reach.readers }] })
  }
  // The reader's own law first: its words name the page.
  return laws.sort((a, b) => Number(b.jurisdiction.id === region.id) - Number(a.jurisdiction.id === region.id))
}

/** The short name a page labels a law's facts with (GDPR, UK GDPR, CCPA). */
export function lawLabel(jurisdiction: Jurisdiction): string {
  return jurisdiction.laws[0].short
}
