/* Generated from schemas/ by `npm run generate`. Do not edit: change the schema instead. */

/**
 * Where in the law this comes from, for example "GDPR Art 13(1)(c)".
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "citation".
 */
export type Citation = string
/**
 * A kind of sensitive data, as the laws list them.
 *
 * This interface was referenced by `Catalog`'s JSON-Schema
 * via the `definition` "sensitiveKind".
 */
export type SensitiveKind =
  | 'racial-ethnic-origin'
  | 'political-opinions'
  | 'religious-beliefs'
  | 'union-membership'
  | 'genetic'
  | 'biometric-identification'
  | 'health'
  | 'sex-life-orientation'
  | 'citizenship-immigration'
  | 'children'
  | 'precise-geolocation'
  | 'government-id'
  | 'account-login'
  | 'financial-account'
  | 'communications-content'
  | 'neural'
  | 'criminal'
  | 'social-assistance'
  | 'transgender-nonbinary'
  | 'crime-victim-status'

/**
 * policyc's built-in jurisdiction catalog: for every region a policy can serve, its laws, the rights and how the law names them, the supervisory authority, the terminology, the ISO 3166 codes a CDN maps to it, and the elements a notice must disclose there.
 */
export interface Catalog {
  /**
   * Deprecated mirror of the EU list in `eea.transfers.adequate`, kept for older readers: countries outside the EEA with an EU adequacy decision (GDPR Art 45).
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
   * The supervisory authority (or, in US states, the enforcer) of this law. Absent where the law has one authority per country (the EEA: see `authorities`).
   */
  authority?: {
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
      /**
       * The date from which the law gives this right, when it is newer than the law.
       */
      since?: string
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
      /**
       * The date from which the law gives this right, when it is newer than the law.
       */
      since?: string
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
    /**
     * The date this fact was last checked against a source that gives its text (YYYY-MM-DD), or null when no source read confirmed it.
     */
    verified?: string | null
    /**
     * Why this fact (or which part of it) is not confirmed by a source read; listed by `policyc regions --unverified`.
     */
    unverified?: string
    /**
     * The pages read to check this fact.
     */
    sources?: string[]
  }[]
  /**
   * Whether a notice names the authority by itself: true where the law gives a right to complain to it (GDPR Art 13(2)(d), FADP, PIPEDA, LGPD, POPIA, APP, NZ IPP 3); false for US state laws, which do not ask a notice to name their enforcer.
   */
  'authority-on-page'?: boolean
  /**
   * For a region of several countries with one authority each (the EEA): every member's authority, the list that readers can consult, and the citations of the lead authority (picked from the controller's establishment) and of the right to complain in one's own Member State.
   */
  authorities?: {
    /**
     * One authority per member country.
     */
    members: {
      /**
       * ISO 3166-1 code of the member.
       */
      country: string
      /**
       * The authority's name.
       */
      name: string
      /**
       * The authority's website.
       */
      url: string
    }[]
    /**
     * The official list of every authority (the EDPB's members page).
     */
    list: {
      /**
       * The name.
       */
      name: string
      /**
       * Its website.
       */
      url: string
    }
    /**
     * Where the law makes the authority of the main establishment the lead one (GDPR Art 56(1)).
     */
    'lead-citation': string
    /**
     * Where the law lets a person complain in the Member State where they live or work or where the infringement happened (GDPR Art 77(1)).
     */
    'complaint-citation': string
    /**
     * The date this fact was last checked against a source that gives its text (YYYY-MM-DD), or null when no source read confirmed it.
     */
    verified?: string | null
    /**
     * Why this fact (or which part of it) is not confirmed by a source read; listed by `policyc regions --unverified`.
     */
    unverified?: string
    /**
     * The pages read to check this fact.
     */
    sources?: string[]
  }
  /**
   * The date the region's main law took effect (YYYY-MM-DD).
   */
  effective: string
  /**
   * The date this entry (its laws, effective date and every fact without its own `verified`) was last checked against the statute or regulator (YYYY-MM-DD); null when it could not be, with `unverified` saying why.
   */
  verified: string | null
  /**
   * Where the entry was checked: the statute, the regulator, or a secondary source that cites them.
   *
   * @minItems 1
   */
  sources: [string, ...string[]]
  /**
   * Whom the law reaches: the readers of this region (always), and any controller established in the listed countries, for all its processing.
   */
  reach: {
    /**
     * Why the law applies to the people of this region (for example GDPR Art 3(2)).
     */
    readers: string
    /**
     * Controllers established in these countries are under this law for everyone whose data they process (GDPR Art 3(1), UK GDPR Art 3(1), LGPD Art 3(I) …). Absent for laws that protect only their own residents (US state laws).
     */
    establishment?: {
      /**
       * ISO 3166-1 countries (or ISO 3166-2 subdivisions, such as CA-QC).
       *
       * @minItems 1
       */
      countries: [string, ...string[]]
      /**
       * The article that makes the law reach an established controller (GDPR Art 3(1)).
       */
      citation: string
    }
  }
  /**
   * How long the law gives to answer a request from a person exercising their rights, and by how much it may be extended.
   */
  deadline?: {
    /**
     * The period, as an ISO 8601 duration (P1M, P45D).
     */
    period?: string
    /**
     * Whether the days of `period` are working days (New Zealand).
     */
    'working-days'?: boolean
    /**
     * The longest extension the law allows, when it allows a fixed one.
     */
    extension?: string
    /**
     * The law sets no fixed period, only "a reasonable period" (APP 12.4).
     */
    'reasonable-period'?: boolean
    /**
     * Where the law sets the period (GDPR Art 12(3)).
     */
    citation: string
    /**
     * The date this fact was last checked against a source that gives its text (YYYY-MM-DD), or null when no source read confirmed it.
     */
    verified?: string | null
    /**
     * Why this fact (or which part of it) is not confirmed by a source read; listed by `policyc regions --unverified`.
     */
    unverified?: string
    /**
     * The pages read to check this fact.
     */
    sources?: string[]
  }
  /**
   * The citation of each legal basis of `legal-bases` in this law (for example consent: GDPR Art 6(1)(a)).
   */
  bases?: {
    [k: string]: Citation
  }
  /**
   * What this law counts as sensitive data, as kinds a category can name in `sensitive-kinds`, with the citation.
   */
  'sensitive-data'?: {
    /**
     * Where in the law this comes from, for example "GDPR Art 13(1)(c)".
     */
    citation: string
    /**
     * The kinds of data the law counts as sensitive.
     */
    kinds: SensitiveKind[]
    /**
     * The date this fact was last checked against a source that gives its text (YYYY-MM-DD), or null when no source read confirmed it.
     */
    verified?: string | null
    /**
     * Why this fact (or which part of it) is not confirmed by a source read; listed by `policyc regions --unverified`.
     */
    unverified?: string
    /**
     * The pages read to check this fact.
     */
    sources?: string[]
  }
  /**
   * The rules of this law for data leaving its territory: the countries it finds adequate and the mechanisms it recognises.
   */
  transfers?: {
    /**
     * Countries this law finds adequate (outside its own territory).
     */
    adequate: string[]
    /**
     * Where in the law this comes from, for example "GDPR Art 13(1)(c)".
     */
    'adequacy-citation': string
    /**
     * The transfer mechanisms this law recognises, keyed as a recipient names them in `safeguards`.
     */
    mechanisms: {
      [k: string]: {
        /**
         * The mechanism as readers see it.
         */
        name: string
        /**
         * Where in the law this comes from, for example "GDPR Art 13(1)(c)".
         */
        citation: string
        /**
         * When the mechanism became available.
         */
        effective?: string
      }
    }
    /**
     * The date this fact was last checked against a source that gives its text (YYYY-MM-DD), or null when no source read confirmed it.
     */
    verified?: string | null
    /**
     * Why this fact (or which part of it) is not confirmed by a source read; listed by `policyc regions --unverified`.
     */
    unverified?: string
    /**
     * The pages read to check this fact.
     */
    sources?: string[]
  }
  /**
   * Why the entry, or part of it, is not confirmed by a source read; listed by `policyc regions --unverified`.
   */
  unverified?: string
}
