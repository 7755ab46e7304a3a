/* Generated from schemas/ by `npm run generate`. Do not edit: change the schema instead. */

/**
 * Where in the law this comes from, for example "GDPR Art 13(1)(c)".
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "citation".
 */
export type Citation = string

/**
 * policyc's built-in jurisdiction catalog: for every region a policy can serve, its laws, the rights and how the law names them, the supervisory authority, the terminology, the ISO 3166 codes a CDN maps to it, and the elements a notice must disclose there.
 */
export interface Catalog {
  /**
   * Countries outside the EEA with an EU adequacy decision (GDPR Art 45), as ISO 3166-1 alpha-2 codes. A transfer to a country that is neither in the EEA nor listed here needs a safeguard. The United States is not listed: the EU-US Data Privacy Framework covers only certified companies, so a recipient declares `transfer: dpf` itself.
   */
  'adequate-countries': string[]
  /**
   * The EEA member countries (EU 27 plus Iceland, Liechtenstein, Norway).
   */
  'eea-countries'?: string[]
  /**
   * One entry per region.
   *
   * @minItems 1
   */
  jurisdictions: [Jurisdiction, ...Jurisdiction[]]
}
/**
 * A region a policy can serve.
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "jurisdiction".
 */
export interface Jurisdiction {
  /**
   * The region id policies use in `regions`.
   */
  id: string
  /**
   * The region's name as readers see it.
   */
  name: string
  /**
   * The family of law the region belongs to; rules that apply to a family (for example the GDPR transfer rules for gdpr) use it.
   */
  family: 'gdpr' | 'fadp' | 'us-state' | 'pipeda' | 'lgpd' | 'popia' | 'app' | 'nz-privacy'
  /**
   * ISO 3166-1 country codes and ISO 3166-2 subdivision codes whose visitors get this region's page (for example US-CA).
   *
   * @minItems 1
   */
  codes: [string, ...string[]]
  /**
   * The laws that apply.
   *
   * @minItems 1
   */
  laws: [
    {
      /**
       * The law's full name.
       */
      name: string
      /**
       * The short name readers know (GDPR, CCPA).
       */
      short: string
      /**
       * Where the official text is published.
       */
      url?: string
      /**
       * The DPV 2.3 law term, where one exists (for example legal-eu:law-GDPR).
       */
      dpv?: string
    },
    ...{
      /**
       * The law's full name.
       */
      name: string
      /**
       * The short name readers know (GDPR, CCPA).
       */
      short: string
      /**
       * Where the official text is published.
       */
      url?: string
      /**
       * The DPV 2.3 law term, where one exists (for example legal-eu:law-GDPR).
       */
      dpv?: string
    }[]
  ]
  /**
   * How the law names things, used in headings and table captions of this region's page.
   */
  terminology: {
    /**
     * The law's term for personal data ("personal information" in US and Canadian law).
     */
    'personal-data': string
    /**
     * The law's term for the controller ("business" in the CCPA, "responsible party" in POPIA).
     */
    controller: string
    /**
     * The law's term for the person ("consumer" in the CCPA).
     */
    'data-subject': string
    /**
     * The law's term for sensitive data ("special categories of personal data" in the GDPR).
     */
    'sensitive-data': string
  }
  /**
   * The supervisory authority people can complain to.
   */
  authority: {
    /**
     * The authority's name.
     */
    name: string
    /**
     * The authority's website.
     */
    url: string
    /**
     * The DPV 2.3 authority term, where one exists (for example legal-nl:DPA-NL).
     */
    dpv?: string
  }
  /**
   * The rights a notice must tell people about in this region, named as its law names them.
   *
   * @minItems 1
   */
  rights: [
    {
      /**
       * The right key from REGULATIONS.md §1.1 (for example right-access).
       */
      key: string
      /**
       * The right's name as the law names it.
       */
      name: string
      /**
       * Where in the law this comes from, for example "GDPR Art 13(1)(c)".
       */
      citation: string
      /**
       * The DPV term for the right, where one exists (for example eu-gdpr:A15).
       */
      dpv?: string
    },
    ...{
      /**
       * The right key from REGULATIONS.md §1.1 (for example right-access).
       */
      key: string
      /**
       * The right's name as the law names it.
       */
      name: string
      /**
       * Where in the law this comes from, for example "GDPR Art 13(1)(c)".
       */
      citation: string
      /**
       * The DPV term for the right, where one exists (for example eu-gdpr:A15).
       */
      dpv?: string
    }[]
  ]
  /**
   * The legal bases a purpose may name in this region; empty when the law lists none.
   */
  'legal-bases': string[]
  /**
   * Whether the law requires the notice to state a legal basis for each purpose.
   */
  'requires-legal-basis'?: boolean
  /**
   * What a notice must (R), must when a condition holds (C), or should (B) disclose here.
   */
  elements: {
    /**
     * The element key from REGULATIONS.md §1 (for example retention-period-or-criteria).
     */
    key: string
    /**
     * R required, C required when the condition holds, B best practice.
     */
    level: 'R' | 'C' | 'B'
    /**
     * For level C: when the element is required, as a condition key policyc evaluates (for example any-legitimate-interests, any-recipient, any-transfer, any-consent, dpo-appointed, sells-or-shares, uses-sensitive, automated-decisions, controller-abroad, any-cookies).
     */
    condition?: string
    /**
     * Where in the law this comes from, for example "GDPR Art 13(1)(c)".
     */
    citation: string
    /**
     * The date from which this element is required, when it is new.
     */
    since?: string
  }[]
}
