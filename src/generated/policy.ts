/* Generated from schemas/ by `npm run generate`. Do not edit: change the schema instead. */

/**
 * A calendar date written YYYY-MM-DD.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "isoDate".
 */
export type IsoDate = string
/**
 * A region id from the built-in jurisdiction catalog, such as eea, uk, ch, us-ca, ca, au, nz, za or br.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "regionId".
 */
export type RegionId = string
/**
 * Lint rules switched off for this one entity, each with the reason why. An unused suppression is itself reported.
 */
export type Suppressions = {
  /**
   * The id of the lint rule to switch off here (see `policyc explain`).
   */
  rule: string
  /**
   * Why the rule does not apply here, in words a reviewer can check.
   */
  reason: string
}[]
/**
 * A lowercase id made of letters, digits and single hyphens.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "slug".
 */
export type Slug = string
/**
 * A legal basis key. GDPR Art 6(1): consent, contract, legal-obligation, vital-interests, public-task, legitimate-interests; UK: recognised-legitimate-interest; consent models elsewhere: express-consent, implied-consent; not-required where the region's law lists no bases. LGPD Art 7 also: public-policy (III), research (IV), legal-claims (VI), health-protection (VIII), credit-protection (X); POPIA s.11(1)(d): data-subject-interest.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "legalBasis".
 */
export type LegalBasis =
  | 'consent'
  | 'contract'
  | 'legal-obligation'
  | 'vital-interests'
  | 'public-task'
  | 'legitimate-interests'
  | 'recognised-legitimate-interest'
  | 'express-consent'
  | 'implied-consent'
  | 'not-required'
  | 'public-policy'
  | 'research'
  | 'legal-claims'
  | 'health-protection'
  | 'credit-protection'
  | 'data-subject-interest'
/**
 * Lint rules switched off for this one entity, each with the reason why. An unused suppression is itself reported.
 */
export type Suppressions1 = {
  /**
   * The id of the lint rule to switch off here (see `policyc explain`).
   */
  rule: string
  /**
   * Why the rule does not apply here, in words a reviewer can check.
   */
  reason: string
}[]
/**
 * An ISO 3166-1 alpha-2 country code in capitals, or EU for the European Union as a whole.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "country".
 */
export type Country = string
/**
 * Lint rules switched off for this one entity, each with the reason why. An unused suppression is itself reported.
 */
export type Suppressions2 = {
  /**
   * The id of the lint rule to switch off here (see `policyc explain`).
   */
  rule: string
  /**
   * Why the rule does not apply here, in words a reviewer can check.
   */
  reason: string
}[]
/**
 * An ISO 8601 duration such as P30D (30 days), P6M (6 months), P2Y (2 years) or PT1H (1 hour).
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "duration".
 */
export type Duration = string
/**
 * Lint rules switched off for this one entity, each with the reason why. An unused suppression is itself reported.
 */
export type Suppressions3 = {
  /**
   * The id of the lint rule to switch off here (see `policyc explain`).
   */
  rule: string
  /**
   * Why the rule does not apply here, in words a reviewer can check.
   */
  reason: string
}[]
/**
 * Lint rules switched off for this one entity, each with the reason why. An unused suppression is itself reported.
 */
export type Suppressions4 = {
  /**
   * The id of the lint rule to switch off here (see `policyc explain`).
   */
  rule: string
  /**
   * Why the rule does not apply here, in words a reviewer can check.
   */
  reason: string
}[]
/**
 * A region id, or a pattern ending in `*` that matches several (for example `us-*` for every US state the policy serves).
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "regionSelector".
 */
export type RegionSelector = string
/**
 * Lint rules switched off for this one entity, each with the reason why. An unused suppression is itself reported.
 */
export type Suppressions5 = {
  /**
   * The id of the lint rule to switch off here (see `policyc explain`).
   */
  rule: string
  /**
   * Why the rule does not apply here, in words a reviewer can check.
   */
  reason: string
}[]
/**
 * Lint rules switched off for this one entity, each with the reason why. An unused suppression is itself reported.
 */
export type Suppressions6 = {
  /**
   * The id of the lint rule to switch off here (see `policyc explain`).
   */
  rule: string
  /**
   * Why the rule does not apply here, in words a reviewer can check.
   */
  reason: string
}[]
/**
 * An absolute https or http address.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "url".
 */
export type Url = string
/**
 * An email address.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "email".
 */
export type Email = string
/**
 * Markdown text. Directives pull data in: `::table{of=categories}` and the other tables, `:ref{id=…}` to name an entity, `:::only{regions="…"}` … `:::` for region-specific text. Raw HTML is not allowed.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "markdown".
 */
export type Markdown = string
/**
 * Lint rules switched off for this one entity, each with the reason why. An unused suppression is itself reported.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "suppressions".
 */
export type Suppressions7 = {
  /**
   * The id of the lint rule to switch off here (see `policyc explain`).
   */
  rule: string
  /**
   * Why the rule does not apply here, in words a reviewer can check.
   */
  reason: string
}[]
/**
 * A postal address on one or more lines.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "address".
 */
export type Address = string
/**
 * A GDPR Art 9(2) condition for processing special-category data.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "specialCondition".
 */
export type SpecialCondition =
  | 'explicit-consent'
  | 'employment-social-security-law'
  | 'vital-interests-incapable'
  | 'not-for-profit-members'
  | 'manifestly-made-public'
  | 'legal-claims'
  | 'substantial-public-interest'
  | 'health-or-social-care'
  | 'public-health'
  | 'archiving-research-statistics'
/**
 * A remark for editors and reviewers, never published. Write a sentence, or leave `note` out.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "note".
 */
export type Note = string

/**
 * A privacy notice kept as data. A policy lives in its own folder under `policies/` and may be split over several YAML files; each file holds some of these top-level keys. Lists (categories, purposes, recipients, retention, cookies, sections) may be spread over files and are joined in file-name order.
 */
export interface Policy {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * The policy's stable id. It names the output folder (`dist/<id>/`) and is used in links, so never change it once published.
   */
  id: string
  /**
   * What kind of document this is.
   */
  kind: 'privacy-notice' | 'cookie-notice'
  /**
   * The title shown at the top of every page of this policy.
   */
  title: string
  /**
   * An optional version label for this text (for example a document number). The effective date remains the authority on which version was in force when.
   */
  version?: string
  /**
   * The date this version takes effect, shown as "last updated". Write it as YYYY-MM-DD. policyc never uses the build date in its place. For a published notice that gives no date, write `not-stated`: every page then says "Last updated: Not stated", the JSON-LD and the sitemap carry no date, and `policyc coverage` judges every element of the law as already in force. Give a date before relying on `--history` or `policyc show`: they order versions by it.
   */
  effective: IsoDate | 'not-stated'
  /**
   * The language the source text is written in, as a BCP 47 tag.
   */
  language: string
  /**
   * An opening paragraph shown above the table of contents (Markdown, the same syntax as section bodies).
   */
  intro?: string
  controller: Controller
  /**
   * Representatives appointed in a region where the controller has no establishment (GDPR Art 27, UK GDPR Art 27, Swiss FADP Art 14).
   */
  representatives?: Representative[]
  dpo?: Dpo
  /**
   * The regions this policy serves, as ids from policyc's built-in jurisdiction catalog. Each region gets its own page with the rights, authority and terms its law uses. Run `policyc coverage` to see what each region requires. For a published notice that names no region, write an empty list: policyc then publishes only the page for readers outside every listed region (see `outside-page`), which states what the notice says and no law's requirements.
   *
   * @minItems 0
   */
  regions: RegionId[]
  /**
   * Regions the built-in catalog lacks, declared by the policy with the law facts the notice itself states: the region's name and ISO 3166 codes, the law and its citation, the rights the notice lists under it, the answer deadline and the authority. Name a declared region in `regions` like a catalog one: it gets its own page, with these facts only, as the policy states them. policyc checks no notice elements for it (it knows none of that law's requirements) and `policyc regions <policy>` lists it beside the catalog's. Never copy a catalog region here: use its id.
   */
  'declared-regions'?: DeclaredRegion[]
  /**
   * Also publish a page for readers outside every region in `regions` (`dist/<policy>/elsewhere/`). It says that it is for readers outside those regions, keeps only the sections and `only` blocks that name no region and the channels offered everywhere, and states what the notice itself says (data, purposes, recipients, retention, cookies, contacts) and no law's rights, authority, deadlines or legal bases. A policy whose `regions` is empty gets this page as its only page, without this key.
   */
  'outside-page'?: boolean
  /**
   * The categories of personal data the policy discusses, collected or not.
   */
  categories: Category[]
  claims?: Claims
  /**
   * Why personal data is processed, each purpose with the categories it uses and its legal basis.
   */
  purposes: Purpose[]
  'change-notice'?: ChangeNotice
  /**
   * The legal bases the notice says it relies on, as a list, for a notice that does not say which purpose uses which. Write what the notice states: the page lists these bases and says that the notice does not map them to purposes, and the lint rule `purpose-basis-unmapped` reports each purpose without a `basis` as the GDPR Art 13(1)(c) gap it is. Never guess a mapping to fill `basis`. For a notice that names no legal basis at all, write an empty list: every purpose then reads "Not stated" and the rule reports each one.
   *
   * @minItems 0
   */
  'bases-relied-on'?: LegalBasis[]
  /**
   * The notice says it will ask for consent where a law requires consent for some processing ("Where consent is required by law in relation to certain processing, we will ask for your consent"), without naming that processing. This is a promise about a basis the notice may rely on later, not a basis relied on today: do not add `consent` to `bases-relied-on` or to a purpose for it. The page states the promise after the purposes table, and `policyc diff` reports its withdrawal as material.
   */
  'consent-where-required'?: boolean
  /**
   * Who receives personal data: processors, third parties, affiliates, business partners, OAuth clients, other users, authorities.
   */
  recipients?: Recipient[]
  /**
   * How long each category is kept, and what happens afterwards.
   */
  retention?: RetentionRule[]
  /**
   * Cookies and similar technologies (pixels, local storage, fingerprinting) used on the service.
   */
  cookies?: Cookie[]
  rights?: RightsExercise
  signals?: Signals
  children?: Children
  /**
   * Decisions made solely by automated means that have legal or similarly significant effects (GDPR Art 22). Leave empty when there are none.
   */
  'automated-decisions'?: AutomatedDecision[]
  /**
   * The text of the notice, in reading order. Each section has a stable id (its page anchor), a title, an "in short" summary and a Markdown body. Directives in the body pull structured data in, so nothing is typed twice.
   *
   * @minItems 1
   */
  sections: [Section, ...Section[]]
  /**
   * The security measures the notice states, each in the notice's own words (hashed passwords, TLS, encryption at rest or end to end, access control, two-factor authentication ...). `::table{of=security-measures}` shows them; the JSON-LD names each with its DPV term where one is given (`dpv`). Write only measures the notice states.
   */
  'security-measures'?: SecurityMeasure[]
  /**
   * The notice's own list of its versions, as the notice states it (version, date or month, and what changed). `::table{of=document-history}` shows it as the notice's statement. It is not the history policyc builds from git (`build --history`): write it only when the notice itself lists its versions.
   */
  'document-history'?: DocumentVersion[]
  /**
   * Warnings the notice gives about processing by others that is not the controller's and that the controller does not direct ("third party Matrix clients may gather usage data"): who, and what they may do, in the notice's words. They are not recipients (the controller does not disclose the data to them) nor purposes of the controller. `::table{of=processing-by-others}` shows them.
   */
  'processing-by-others'?: OthersProcessing[]
  /**
   * Statements about transfers abroad that name no recipient: transfers to destinations the notice does not name ("outside of the EU to other homeservers and services connected with Matrix.org"), or a safeguard promised for suppliers it does not name ("where we engage suppliers ... outside the EU we will ensure that appropriate safeguards such as the Standard Contractual Clauses are in place"). Each is kept in the notice's words and shown by `::table{of=transfer-statements}`. A statement is not a recipient's safeguard: the lint still checks each named recipient's own `safeguards`.
   */
  'transfer-statements'?: TransferStatement[]
  'parent-policy'?: ParentPolicy
  exports?: Exports
  /**
   * Financial incentives or price or service differences tied to personal information (Cal. Civ. Code §1798.125(b); 11 CCR §7016). Each one is published as a notice of financial incentive on the California page. Describe only what the business really offers; leave this out when nothing is offered.
   */
  incentives?: Incentive[]
  /**
   * Lint rules switched off for the whole policy, or only for one region or one required notice element, each with the reason why. Use it for a finding that is not about one entity (a region-level finding such as `notice-element-missing`); switch a finding about one category, purpose or cookie off on that entity instead. An unused suppression is itself reported.
   */
  suppress?: PolicySuppression[]
  /**
   * The supervisory authority to name on a region's page, keyed by region id, where the policy sets it itself (for example a lead authority it has agreed with the regulators). Otherwise policyc picks it from the catalog and the controller's establishments.
   */
  authorities?: {
    [k: string]: Authority1
  }
}
/**
 * The organisation responsible for the processing (the controller, or "business" in US law).
 */
export interface Controller {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * The name people know the organisation by.
   */
  name: string
  /**
   * The registered legal name, if it differs from the name.
   */
  'legal-name'?: string
  /**
   * A company registration number (for example a Dutch KvK number).
   */
  registration?: string
  /**
   * A calendar date written YYYY-MM-DD.
   */
  incorporated?: string
  /**
   * The controller's legal form, in the notice's words, when it states one ("Community Interest Company"). Every page says it under the title.
   */
  'legal-form'?: string
  /**
   * The email address for privacy questions and requests.
   */
  email?: string
  /**
   * A telephone number in international format.
   */
  phone?: string
  /**
   * The organisation's website.
   */
  website?: string
  /**
   * A contact page or form for privacy questions.
   */
  contact?: string
  /**
   * The postal address of the controller.
   */
  address?: string
  /**
   * The country where the controller is established. Leave it out when the source does not say: then no law is applied by establishment (GDPR Art 3(1), UK GDPR Art 3(1) …), no lead supervisory authority is named (GDPR Art 56), EEA pages still tell readers they may complain in their own Member State (GDPR Art 77) with the EDPB's list, pages say the country is not stated, and `policyc check` warns, since GDPR Art 13(1)(a) requires the controller's identity and contact details.
   */
  country?: string
  /**
   * Other countries where the controller has an establishment besides `country` (ISO 3166-1, or ISO 3166-2 such as CA-QC). Decides which laws reach all of its processing (GDPR Art 3(1), UK GDPR Art 3(1), LGPD Art 3 …) and, in the EEA, the lead supervisory authority (GDPR Art 56). Absent: only `country` is known.
   */
  establishments?: string[]
}
/**
 * A representative appointed for one region.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "representative".
 */
export interface Representative {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * The region the representative acts for.
   */
  region: string
  /**
   * The representative's name.
   */
  name: string
  /**
   * How to reach the representative by email.
   */
  email?: string
  /**
   * The representative's postal address.
   */
  address?: string
}
/**
 * The data protection officer (or privacy officer, encarregado, person in charge), if one is appointed. GDPR Art 37(7) requires publishing the contact.
 */
export interface Dpo {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * The officer's name or title.
   */
  name?: string
  /**
   * The officer's email address.
   */
  email: string
  /**
   * The officer's postal address.
   */
  address?: string
}
/**
 * A region the policy declares with its own law facts (see `declared-regions`).
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "declaredRegion".
 */
export interface DeclaredRegion {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * A region id from the built-in jurisdiction catalog, such as eea, uk, ch, us-ca, ca, au, nz, za or br.
   */
  id: string
  /**
   * The region's name, shown on its page.
   */
  name: string
  /**
   * The ISO 3166-1 countries (or ISO 3166-2 subdivisions) whose readers get this region's page.
   *
   * @minItems 1
   */
  codes: [string, ...string[]]
  /**
   * The law the notice names for this region.
   */
  law: {
    /**
     * The law's full name as the notice gives it.
     */
    name: string
    /**
     * A short name for labels ("NDPA").
     */
    short: string
    /**
     * Where the law's text is published.
     */
    url?: string
    /**
     * Where the notice says the law applies to readers there (for example the section on its scope).
     */
    citation?: string
  }
  /**
   * The rights the notice lists under this law, each with its name and citation as the notice gives them. They are the rows of this region's `::table{of=rights}`.
   */
  rights?: {
    /**
     * The right's name.
     */
    name: string
    /**
     * Where in the law it is ("NDPA s.34(1)(a)").
     */
    citation: string
  }[]
  /**
   * How long the notice says the law gives to answer a request.
   */
  deadline?: {
    /**
     * The period (P30D, P1M).
     */
    period: string
    /**
     * Where the law sets it.
     */
    citation: string
  }
  /**
   * The authority the notice names for complaints in this region.
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
  }
}
/**
 * A category of personal data.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "category".
 */
export interface Category {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * A stable id, used in references and as the row anchor.
   */
  id: string
  /**
   * The category's name as readers see it.
   */
  label: string
  /**
   * What the category covers, in a sentence or two.
   */
  description?: string
  /**
   * Typical items of this category, shown in tables.
   */
  examples?: string[]
  /**
   * Where the data comes from: you (the person, directly), automatic (their device, as they use the service), third-party, public (publicly available sources), social-login, clients (the business customers the service works for), other-users (other users of the service, such as someone who invites or mentions the person), inferred (derived by the service from other data), affiliates (companies of the same group), own-service (another service of the same controller, named in `own-services`).
   */
  sources?: (
    | 'you'
    | 'automatic'
    | 'third-party'
    | 'public'
    | 'social-login'
    | 'clients'
    | 'other-users'
    | 'inferred'
    | 'affiliates'
    | 'own-service'
  )[]
  /**
   * The controller's other services the data comes from, by the names the notice gives them ("your Mozilla account profile information" read from the Mozilla account). Write them with `own-service` in `sources`: the table then says the data comes from another of our services and names each.
   *
   * @minItems 1
   */
  'own-services'?: [string, ...string[]]
  /**
   * Whether this category is collected at all. A category listed with `false` documents that it is not.
   */
  collected: boolean
  /**
   * Whether this is sensitive personal information in US state law (CCPA 1798.140(ae) and similar).
   */
  sensitive?: boolean
  /**
   * Whether this is a special category of personal data under GDPR Art 9 (or criminal data under Art 10).
   */
  'special-category'?: boolean
  /**
   * The CCPA personal-information category letter, A to L (Civ. Code 1798.140(v)(1)).
   */
  ccpa?: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L'
  /**
   * W3C DPV 2.3 personal-data terms for this category (prefix pd: or dpv:).
   */
  dpv?: string[]
  /**
   * Whether providing this data is required by law, by contract, to enter a contract, or is voluntary (GDPR Art 13(2)(e)).
   */
  requirement?: 'statutory' | 'contractual' | 'required-for-contract' | 'voluntary'
  /**
   * What happens if a person does not provide this data.
   */
  'if-not-provided'?: string
  /**
   * The group the notice lists this under (its own heading or table), as a short id. `::table{of=categories group=…}` shows only the categories of one group, so the page keeps the notice's grouping.
   */
  group?: string
  suppress?: Suppressions
  /**
   * Which kinds of sensitive data this category is, as the laws list them (racial-ethnic-origin, health, precise-geolocation, financial-account, account-login …). Each region's page marks the category sensitive only when its own law lists one of these kinds. Without it, `sensitive` marks only the California page and `special-category` only the GDPR and FADP pages.
   */
  'sensitive-kinds'?: (
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
  )[]
}
/**
 * What the prose promises, stated as data so the lint stage can check it against the rest of the policy.
 */
export interface Claims {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * What the notice says about sensitive or special-category data.
   */
  'sensitive-data'?: 'not-collected' | 'collected-with-consent' | 'collected'
  /**
   * What the notice says happens when a person asks for deletion.
   */
  erasure?: 'full-deletion' | 'deletion-with-exceptions' | 'account-deactivation-only'
  /**
   * What the notice promises about how long data is kept.
   */
  retention?: 'deleted-when-no-longer-needed' | 'not-beyond-account' | 'as-listed'
  /**
   * What the notice says about selling or sharing personal information (CCPA sense).
   */
  sale?: 'none' | 'sells' | 'shares' | 'sells-and-shares'
  /**
   * Whether the business knowingly sells or shares personal information of consumers under 16.
   */
  'minors-under-16'?: 'not-sold-or-shared' | 'sold-or-shared-with-opt-in'
  /**
   * Whether the business offers financial incentives tied to personal information (CCPA 1798.125).
   */
  'financial-incentives'?: 'none' | 'offered'
  /**
   * Whether personal data is used to train large language models (Connecticut, from 2026-07-01).
   */
  'llm-training'?: 'not-used' | 'used'
  /**
   * What the notice says about sharing personal data with third parties in the ordinary sense ("we don't share any of your data with third parties"), which is wider than the CCPA's selling or sharing (`sale`). `none`: the notice says it shares none; `shares`: it says it does. The page states it after the recipients table; `policyc diff` reports a promise of no sharing withdrawn as material; the lint rule `claim-third-party-sharing-contradicted` warns when a recipient is a `third-party` while the claim is `none`.
   */
  'third-party-sharing'?: 'none' | 'shares'
}
/**
 * A purpose for which personal data is processed.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "purpose".
 */
export interface Purpose {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * A stable id, used in references and as the row anchor.
   */
  id: string
  /**
   * The purpose as readers see it.
   */
  label: string
  /**
   * The purpose in a sentence or two.
   */
  description?: string
  /**
   * Ids of the data categories this purpose uses.
   */
  categories: Slug[]
  /**
   * The legal basis relied on for this purpose, unless a region overrides it. Leave it out only when the notice itself does not say which basis this purpose uses: then list the bases it names in the top-level `bases-relied-on`, and `policyc check` reports the missing mapping (GDPR Art 13(1)(c)).
   */
  basis?:
    | 'consent'
    | 'contract'
    | 'legal-obligation'
    | 'vital-interests'
    | 'public-task'
    | 'legitimate-interests'
    | 'recognised-legitimate-interest'
    | 'express-consent'
    | 'implied-consent'
    | 'not-required'
    | 'public-policy'
    | 'research'
    | 'legal-claims'
    | 'health-protection'
    | 'credit-protection'
    | 'data-subject-interest'
  /**
   * Legal bases that differ by region, keyed by region id (for example `ca: express-consent`).
   */
  'basis-by-region'?: {
    [k: string]: LegalBasis
  }
  /**
   * The GDPR Art 9(2) condition, when the purpose uses special-category data.
   */
  'special-condition'?:
    | 'explicit-consent'
    | 'employment-social-security-law'
    | 'vital-interests-incapable'
    | 'not-for-profit-members'
    | 'manifestly-made-public'
    | 'legal-claims'
    | 'substantial-public-interest'
    | 'health-or-social-care'
    | 'public-health'
    | 'archiving-research-statistics'
  /**
   * The interest pursued, when the basis is legitimate interests (GDPR Art 13(1)(d)).
   */
  'legitimate-interest'?: string
  /**
   * Whether this purpose sells personal information (CCPA 1798.140(ad)).
   */
  sale?: boolean
  /**
   * Whether this purpose shares personal information for cross-context behavioural advertising (CCPA 1798.140(ah)).
   */
  share?: boolean
  /**
   * Whether this purpose is targeted advertising (US state laws).
   */
  'targeted-advertising'?: boolean
  /**
   * Whether this purpose involves profiling.
   */
  profiling?: boolean
  /**
   * The W3C DPV 2.3 purpose term (prefix dpv:).
   */
  dpv?: string
  /**
   * A lowercase id made of letters, digits and single hyphens.
   */
  group?: string
  suppress?: Suppressions1
  /**
   * When the basis is legitimate interests: why the interest is not overridden by the person's interests, rights and reasonable expectations, and what limits the processing (the balancing test of GDPR Art 6(1)(f); EDPB Guidelines 1/2024, adopted 8 October 2024). Needed where the data goes to third parties such as OAuth clients or third-party apps.
   */
  balancing?: string
  /**
   * Whether this purpose is planned rather than pursued today. Its rows are shown as planned on every page; lint checks that a purpose whose recipients are all planned is marked so.
   */
  planned?: boolean
}
/**
 * What the notice promises about telling readers of changes, with the period before they take effect when the notice gives one. `policyc diff` compares it: a shorter period, a period no longer given, or a promise withdrawn, is a material change.
 */
export interface ChangeNotice {
  /**
   * How long before a change takes effect readers are told of it, as an ISO 8601 duration (P30D for 30 days). Leave it out when the notice gives no period: never guess one. `policyc diff` compares periods when both versions give one; a shorter period, or a period no longer given, is a material change.
   */
  period?: string
  /**
   * How readers are told, in the notice's words (for example "by email to the address on your account").
   */
  how?: string
  /**
   * What the promise covers: `notice` (every change to this notice, the default) or `new-recipients` (only new recipients, such as a sub-processor list's promise to publish a new sub-processor before it is authorised to process personal data). The page words the promise accordingly, and `policyc diff` treats a narrower scope as material.
   */
  of?: 'notice' | 'new-recipients'
}
/**
 * Someone who receives personal data.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "recipient".
 */
export interface Recipient {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * A lowercase id made of letters, digits and single hyphens.
   */
  id: string
  /**
   * The recipient's name, or a description of the kind of recipient.
   */
  name: string
  /**
   * The recipient's role: processor (acts on the controller's behalf), third-party, affiliate (a company of the same group), business-partner, oauth-client (an app the person connects), other-users (other users of the service, who see what the person shares with them), public (anyone, for what the person makes public), customer-organisation (the organisation that administers the person's account, such as their employer for a work account), authority (courts, police, regulators), acquirer (a buyer of the business, or a party to a merger), or not-stated when the notice names the recipient without saying in which role it receives the data (the page says "Not stated"; never guess processor or third party).
   */
  role:
    | 'processor'
    | 'third-party'
    | 'affiliate'
    | 'business-partner'
    | 'oauth-client'
    | 'other-users'
    | 'authority'
    | 'acquirer'
    | 'public'
    | 'customer-organisation'
    | 'not-stated'
  /**
   * What the recipient does with the data.
   */
  description?: string
  /**
   * Ids of the purposes for which the recipient receives data.
   */
  purposes?: Slug[]
  /**
   * Ids of the categories the recipient receives.
   */
  categories?: Slug[]
  /**
   * Countries where the recipient processes the data (ISO 3166-1 alpha-2).
   */
  countries?: Country[]
  /**
   * The safeguard for a transfer out of the EEA/UK: adequacy, dpf (EU-US Data Privacy Framework), scc, uk-idta, uk-addendum, bcr, code-of-conduct, certification, ad-hoc-clauses, consent or contract-necessity (Art 49 derogations), or none.
   */
  transfer?:
    | 'adequacy'
    | 'dpf'
    | 'scc'
    | 'uk-idta'
    | 'uk-addendum'
    | 'bcr'
    | 'code-of-conduct'
    | 'certification'
    | 'ad-hoc-clauses'
    | 'consent'
    | 'contract-necessity'
    | 'none'
  /**
   * A condition under which data is shared at all (for example "only after you signed in to them once").
   */
  condition?: string
  /**
   * Whether this recipient is planned rather than in use today.
   */
  planned?: boolean
  /**
   * The recipient's own privacy policy.
   */
  'privacy-policy'?: string
  /**
   * A published list of the recipients this entry stands for, such as a sub-processor list, when the notice names a group ("our sub-processors") and links to where they are listed. The page links it from the recipient's row.
   */
  list?: string
  /**
   * Where a person can stop this recipient receiving their data (a settings page, or the recipient's own opt-out), when the notice gives one. The page links it from the recipient's row.
   */
  'opt-out'?: string
  /**
   * Internet domains the recipient uses to collect data on the service (for tracking-domain exports).
   */
  domains?: string[]
  /**
   * Host names the service's pages send requests to for this recipient (its scripts, pixels, fonts, APIs); each also covers its subdomains. `policyc scan` reports a request to a host that no recipient names here or in `domains`, and a request before consent to a host of a recipient whose purposes need consent.
   */
  hosts?: string[]
  /**
   * A lowercase id made of letters, digits and single hyphens.
   */
  group?: string
  suppress?: Suppressions2
  /**
   * Every transfer mechanism the recipient relies on, for each exporting law: scc (EU SCCs 2021/914), dpf (EU–US DPF), uk-idta, uk-addendum, dpf-uk-extension (UK Extension to the DPF), ch-scc (Swiss-recognised SCCs), swiss-dpf (Swiss–US DPF), bcr, code-of-conduct, certification, ad-hoc-clauses, consent, contract-necessity, br-scc (the ANPD's standard contractual clauses, LGPD Art 33(II)(b)), za-binding-agreement (a binding agreement under POPIA s.72(1)(a)), au-contract (an enforceable contract taken as the reasonable steps of APP 8.1), nz-model-clauses (an agreement with comparable safeguards, such as the Privacy Commissioner's model clauses, IPP 12(1)(f)). Each page shows only those its reader's law recognises, labelled with that law; adequacy is read from each law's own list. Together with `transfer`, if both are given.
   *
   * @minItems 1
   */
  safeguards?: [
    (
      | 'dpf'
      | 'dpf-uk-extension'
      | 'swiss-dpf'
      | 'scc'
      | 'ch-scc'
      | 'uk-idta'
      | 'uk-addendum'
      | 'bcr'
      | 'code-of-conduct'
      | 'certification'
      | 'ad-hoc-clauses'
      | 'consent'
      | 'contract-necessity'
      | 'br-scc'
      | 'za-binding-agreement'
      | 'au-contract'
      | 'nz-model-clauses'
    ),
    ...(
      | 'dpf'
      | 'dpf-uk-extension'
      | 'swiss-dpf'
      | 'scc'
      | 'ch-scc'
      | 'uk-idta'
      | 'uk-addendum'
      | 'bcr'
      | 'code-of-conduct'
      | 'certification'
      | 'ad-hoc-clauses'
      | 'consent'
      | 'contract-necessity'
      | 'br-scc'
      | 'za-binding-agreement'
      | 'au-contract'
      | 'nz-model-clauses'
    )[]
  ]
  /**
   * `various`: the recipient processes data in locations it does not list. Pages say so instead of a country list.
   */
  locations?: 'various'
  /**
   * An ISO 3166-1 alpha-2 country code in capitals, or EU for the European Union as a whole.
   */
  'established-in'?: string
  /**
   * The independent dispute-resolution body the recipient names (for a DPF-certified US company, for example).
   */
  'dispute-resolution'?: {
    /**
     * The body's name.
     */
    name: string
    /**
     * Its website.
     */
    url?: string
  }
}
/**
 * How long some categories are kept.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "retentionRule".
 */
export interface RetentionRule {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * A lowercase id made of letters, digits and single hyphens.
   */
  id: string
  /**
   * Ids of the categories this rule covers.
   *
   * @minItems 1
   */
  categories: [Slug, ...Slug[]]
  /**
   * An ISO 8601 duration such as P7Y (seven years), or a named trigger: account-lifetime, until-consent-withdrawn, until-purpose-fulfilled, session, indefinite, or not-stated when the source gives no period
   */
  period:
    | Duration
    | (
        | 'account-lifetime'
        | 'until-consent-withdrawn'
        | 'until-purpose-fulfilled'
        | 'session'
        | 'indefinite'
        | 'not-stated'
      )
  /**
   * How long, in the notice's own words, when they are neither a duration nor a trigger ("temporarily", "as part of our server logs"). Write `period: not-stated` beside them: the page shows these words where the period goes, and no law check counts them as a stated period (GDPR Art 13(2)(a) asks for a period or the criteria for it).
   */
  'period-words'?: string
  /**
   * What the period is counted from, when it is a duration (for example "the end of the financial year").
   */
  after?: string
  /**
   * What happens when the period ends.
   */
  then?: 'delete' | 'anonymize' | 'isolate' | 'deactivate' | 'review'
  /**
   * Why this period, in a few words (for example the law that requires it).
   */
  reason?: string
  /**
   * Data that may be kept longer than the period, and why.
   */
  exceptions?: string
  suppress?: Suppressions3
}
/**
 * A cookie or similar technology.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "cookie".
 */
export interface Cookie {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * A lowercase id made of letters, digits and single hyphens.
   */
  id: string
  /**
   * The cookie's name as a browser shows it, or the technology's name.
   */
  name: string
  /**
   * What kind of technology this is: cookie, local-storage, pixel, fingerprinting, sdk, script, local-shared-object (Flash and similar plug-in storage), mobile-advertising-id (a device's advertising identifier, such as Apple's IDFA or Google's advertising ID).
   */
  technology?:
    | 'cookie'
    | 'local-storage'
    | 'pixel'
    | 'fingerprinting'
    | 'sdk'
    | 'script'
    | 'local-shared-object'
    | 'mobile-advertising-id'
  /**
   * What the cookie is for, in the usual cookie-notice categories, or `not-stated` when the notice lists the cookie without saying which kind it is (the page says "Not stated", and the lint treats it as needing consent). Never pick a kind the notice does not give.
   */
  type: 'strictly-necessary' | 'functional' | 'analytics' | 'advertising' | 'social-media' | 'not-stated'
  /**
   * A lowercase id made of letters, digits and single hyphens.
   */
  purpose: string
  /**
   * A lowercase id made of letters, digits and single hyphens.
   */
  recipient?: string
  /**
   * An ISO 8601 duration such as P2Y, `session` for a cookie deleted when the browser closes, `persistent` for one the notice says outlives the session without saying for how long (the page says the lifetime is not stated), or `not-stated` when the source gives no lifetime at all (the page says "Not stated", and coverage still reports it missing). Never write a typical lifetime the source does not give.
   */
  duration?: Duration | 'session' | 'persistent' | 'not-stated'
  /**
   * Whether the cookie is set only after consent.
   */
  consent?: boolean
  /**
   * What the cookie stores, in a sentence.
   */
  description?: string
  /**
   * A lowercase id made of letters, digits and single hyphens.
   */
  group?: string
  suppress?: Suppressions4
  /**
   * For a `functional` cookie that needs no consent in the EEA and UK, the exemption it falls under, as the Article 29 Working Party's Opinion 04/2012 on Cookie Consent Exemption (WP194, adopted 7 June 2012) lists them: `user-input` (remembers what you typed or chose during a session, such as a basket), `authentication` (keeps you logged in for a session), `user-security` (protects a service you asked for, such as detecting repeated failed logins), `multimedia-player` (plays a video or audio you asked for, for a session), `load-balancing`, `user-interface` (remembers a preference you set, such as language or layout) or `social-plugin-logged-in` (lets a logged-in member of a social network use its plug-in). Analytics, advertising and tracking are never exempt.
   */
  'consent-exempt'?:
    | 'user-input'
    | 'authentication'
    | 'user-security'
    | 'multimedia-player'
    | 'load-balancing'
    | 'user-interface'
    | 'social-plugin-logged-in'
  /**
   * The lifetime in the notice's own words, when it is an event or differs by region and no `duration` value can say it (for example "until the browser closes or sign-in completes", "13 months in the EEA and UK, 24 months elsewhere"). The lifetime column shows these words (after the duration, if one is also given) instead of "Not stated". Never a typical lifetime the notice does not give.
   */
  expires?: string
}
/**
 * How people exercise their rights. Which rights apply comes from the jurisdiction catalog, per region.
 */
export interface RightsExercise {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * The ways to make a request.
   *
   * @minItems 1
   */
  channels: [Channel, ...Channel[]]
  /**
   * How the identity of the person making a request is verified, and what they must supply.
   */
  verification?: string
  /**
   * An ISO 8601 duration such as P30D (30 days), P6M (6 months), P2Y (2 years) or PT1H (1 hour).
   */
  'response-time'?: string
  /**
   * Response times that differ by region, keyed by region id, as ISO 8601 durations (for example `us-ca: P45D` beside a general `response-time: P1M`).
   */
  'response-time-by-region'?: {
    [k: string]: Duration
  }
  /**
   * Whether requests are free, and when a fee may be charged.
   */
  fee?: string
  'free-requests'?: FreeRequests
  /**
   * How to appeal a refused request (US state laws). Give the `channels` that take appeals; when the notice only says the person will be told how at the time ("as we will tell you in our response"), leave `channels` out and say so in `description`.
   */
  appeal?: {
    /**
     * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
     */
    note?: string
    /**
     * Ids of the channels that take appeals.
     *
     * @minItems 1
     */
    channels?: [Slug, ...Slug[]]
    /**
     * How an appeal is handled, and what a person can do if it is refused.
     */
    description?: string
  }
  /**
   * Whether an authorized agent may make requests for someone, and what they must provide.
   */
  'authorized-agents'?: {
    /**
     * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
     */
    note?: string
    /**
     * Whether authorized agents are accepted.
     */
    allowed: boolean
    /**
     * What an agent must provide (for example signed permission).
     */
    requirements?: string
  }
  /**
   * How to complain to the organisation, and how complaints are handled.
   */
  complaints?: string
  /**
   * Rights that go less far in practice than the law's words.
   */
  limits?: RightLimit[]
  /**
   * The page behind the "Do Not Sell or Share My Personal Information" link (Cal. Civ. Code §1798.135(a)(1); 11 CCR §7013), for a business that sells or shares personal information. The California page links it; policyc never invents one.
   */
  'opt-out-url'?: string
  /**
   * The page behind the "Limit the Use of My Sensitive Personal Information" link (Cal. Civ. Code §1798.135(a)(2); 11 CCR §7014), for a business that uses sensitive personal information beyond 11 CCR §7027(m).
   */
  'limit-use-url'?: string
  /**
   * California's "Shine the Light" law (Cal. Civ. Code §1798.83): a California customer may ask, once a calendar year and free of charge, which categories of personal information the business disclosed to third parties for their own direct marketing in the preceding calendar year, and the names and addresses of those third parties. Write it when the notice states this right (or states that no such disclosure is made). The California page then states it after `::table{of=rights}`, with the channels that take these requests; `policyc coverage` requires it of a business that says it makes such disclosures.
   */
  'shine-the-light'?: {
    /**
     * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
     */
    note?: string
    /**
     * Whether the business discloses personal information to third parties for their direct marketing purposes, as the notice says: `yes`, `no`, or `not-stated` when the notice states the right without saying whether such disclosures happen. With `no`, the page says that none are made instead of describing the request.
     */
    discloses: 'yes' | 'no' | 'not-stated'
    /**
     * Ids of the channels (`rights.channels`) that take these requests: the designated mailing address, email address, or toll-free telephone or fax number of Civ. Code §1798.83(c)(1). Leave out when the notice names none for this request.
     *
     * @minItems 1
     */
    channels?: [Slug, ...Slug[]]
    /**
     * Anything more the notice says about these requests, in its words (Markdown links allowed).
     */
    description?: string
  }
  /**
   * The rights the notice itself lists, in its words, each with the law it names for it ("your rights under GDPR are: …"). Use it when the notice names no region (`regions: []`) or lists rights beyond its regions' laws: the page shows them as what the notice says ("The rights this notice lists"), never as what a law requires. `rights.limits` may name them by `right`.
   */
  listed?: ListedRight[]
  authority?: Authority
  /**
   * `true` when the notice says it answers requests to exercise data protection rights from everyone, regardless of where they live. The page states it after the contact table; `policyc diff` reports the promise withdrawn as material.
   */
  'regardless-of-residence'?: boolean
}
/**
 * A way to exercise rights or ask questions.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "channel".
 */
export interface Channel {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * A lowercase id made of letters, digits and single hyphens.
   */
  id: string
  /**
   * What kind of channel it is.
   */
  type: 'email' | 'web-form' | 'account-settings' | 'phone' | 'postal' | 'support'
  /**
   * How the channel is named to readers.
   */
  label?: string
  /**
   * The address, for an email channel.
   */
  email?: string
  /**
   * The page, for a web form or account settings.
   */
  url?: string
  /**
   * The number, for a phone channel.
   */
  phone?: string
  /**
   * The postal address, for a postal channel.
   */
  address?: string
  /**
   * Regions this channel is offered in; all regions when absent.
   */
  regions?: RegionSelector[]
}
/**
 * A limit on how many requests are answered free of charge, when the notice states one (for example two a year, CCPA 1798.100(d)).
 */
export interface FreeRequests {
  /**
   * How many requests are free in each period.
   */
  count: number
  /**
   * An ISO 8601 duration such as P30D (30 days), P6M (6 months), P2Y (2 years) or PT1H (1 hour).
   */
  per: string
}
/**
 * How far one right really goes, when it is narrower than the law's words.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "rightLimit".
 */
export interface RightLimit {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * The right key, as in the jurisdiction catalog (for example right-erasure), or the `right` of an entry of `rights.listed`.
   */
  right: string
  /**
   * How far the right goes in practice.
   */
  scope: 'full' | 'partial' | 'account-deactivation-only' | 'not-offered'
  /**
   * What a request actually leads to.
   */
  description?: string
  suppress?: Suppressions5
}
/**
 * One right the notice lists itself (see `rights.listed`).
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "listedRight".
 */
export interface ListedRight {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * A key for the right: the jurisdiction catalog's key for the same right where there is one (right-access, right-rectification, right-erasure, right-restriction, right-portability, right-object, right-adm …), else a new one of the same form (right-informed). `rights.limits` names the right by it; `policyc diff` follows it.
   */
  right: string
  /**
   * The right's name, in the notice's words.
   */
  name: string
  /**
   * The law the notice names for this right, in its words ("GDPR"). Leave it out when the notice names none: the page then says "Not stated".
   */
  law?: string
  /**
   * Where in that law the right is, when the notice says ("Art 17").
   */
  citation?: string
}
/**
 * The supervisory authority the notice itself tells every reader they may complain to ("you can contact the ICO … at" its complaints page), whatever region they are in. The page names it after the rights table as the notice's statement. For an authority of one region the policy serves, use the top-level `authorities` instead.
 */
export interface Authority {
  /**
   * The authority's name.
   */
  name: string
  /**
   * Its website.
   */
  url: string
}
/**
 * How the service responds to browser privacy signals.
 */
export interface Signals {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * How the service responds to Do Not Track (DNT).
   */
  'do-not-track'?: 'honored' | 'ignored'
  /**
   * How the service responds to Global Privacy Control (Sec-GPC), an opt-out preference signal.
   */
  'global-privacy-control'?: 'honored' | 'ignored'
}
/**
 * What the notice says about children.
 */
export interface Children {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * The minimum age to use the service.
   */
  'minimum-age': number
  /**
   * Whether data of children below the minimum age is knowingly collected.
   */
  'knowingly-collects'?: boolean
  /**
   * California's content-removal right for minors (Cal. Bus. & Prof. Code §22581): an operator whose service is directed to minors, or who knows a minor uses it, lets a registered user under 18 who lives in California remove, or ask it to remove, content or information they posted, tells them how, and tells them that removal does not ensure complete or comprehensive removal. Write the notice's instructions here; the California page then states the right, the instructions and that warning, after `::table{of=rights}`. `policyc coverage` requires it where `minimum-age` is under 18.
   */
  'content-removal'?: {
    /**
     * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
     */
    note?: string
    /**
     * How a minor removes their content or asks for its removal, in the notice's words (Markdown links allowed).
     */
    instructions: string
  }
}
/**
 * A decision made solely by automated means.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "automatedDecision".
 */
export interface AutomatedDecision {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * A lowercase id made of letters, digits and single hyphens.
   */
  id: string
  /**
   * What is decided.
   */
  description: string
  /**
   * Meaningful information about the logic involved.
   */
  logic: string
  /**
   * The significance and envisaged consequences for the person.
   */
  consequences: string
  /**
   * Ids of the purposes this decision serves.
   */
  purposes?: Slug[]
}
/**
 * A section of the notice.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "section".
 */
export interface Section {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * A lowercase id made of letters, digits and single hyphens.
   */
  id: string
  /**
   * The section heading.
   */
  title: string
  /**
   * The "in short" summary shown above the full text.
   */
  summary?: string
  /**
   * The full text in Markdown. Directives pull data in: `::table{of=categories}` (also ccpa-categories, purposes, recipients, transfers, retention, cookies, rights, channels, security-measures, document-history, processing-by-others, transfer-statements), `:ref{id=…}` to name an entity, `:::only{regions="…"}` … `:::` for region-specific paragraphs. Raw HTML is not allowed.
   */
  body: string
  /**
   * Regions whose pages include this section; every page includes it when absent. `us-*` matches every US state the policy serves.
   *
   * @minItems 1
   */
  regions?: [RegionSelector, ...RegionSelector[]]
  /**
   * Whether this section states facts a reader relies on (default true). A stale translation of a material section is an error.
   */
  material?: boolean
  suppress?: Suppressions6
}
/**
 * One security measure the notice states.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "securityMeasure".
 */
export interface SecurityMeasure {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * A lowercase id made of letters, digits and single hyphens.
   */
  id: string
  /**
   * The measure in the notice's own words, as the page shows it.
   */
  description: string
  /**
   * Whether the notice describes a technical, organisational or physical measure (GDPR Art 32(1) speaks of technical and organisational measures). Leave it out when unclear: the page then says "Not stated".
   */
  kind?: 'technical' | 'organisational' | 'physical'
  /**
   * DPV 2.3 terms for the measure, for the JSON-LD (`dpv:HashFunctions`, `dpv:EncryptionInTransfer`, `dpv:EndToEndEncryption`, `dpv:MultiFactorAuthentication` ...). Leave it out when none fits: the JSON-LD then gives the measure in words only.
   */
  dpv?: (
    | 'dpv:TechnicalMeasure'
    | 'dpv:OrganisationalMeasure'
    | 'dpv:PhysicalMeasure'
    | 'dpv:AccessControlMethod'
    | 'dpv:EnforceAccessControl'
    | 'dpv:PhysicalAccessControlMethod'
    | 'dpv:Encryption'
    | 'dpv:EncryptionAtRest'
    | 'dpv:EncryptionInTransfer'
    | 'dpv:EndToEndEncryption'
    | 'dpv:HashFunctions'
    | 'dpv:CryptographicKeyManagement'
    | 'dpv:CryptographicAuthentication'
    | 'dpv:PasswordAuthentication'
    | 'dpv:MultiFactorAuthentication'
    | 'dpv:Pseudonymisation'
    | 'dpv:NetworkSecurityProtocols'
  )[]
}
/**
 * One version in the notice's own list of its versions.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "documentVersion".
 */
export interface DocumentVersion {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * The version label as the notice writes it.
   */
  version: string
  /**
   * When the notice says this version was made: a year (2018), a month (2018-08) or a day (2018-08-01), only as precisely as the notice states it. Leave it out when the notice gives none: the page says "Not stated".
   */
  date?: string
  /**
   * What changed in this version, in the notice's words.
   */
  summary?: string
}
/**
 * Processing by others that the notice warns about and that is not the controller's.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "othersProcessing".
 */
export interface OthersProcessing {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * A lowercase id made of letters, digits and single hyphens.
   */
  id: string
  /**
   * Who processes, in the notice's words.
   */
  who: string
  /**
   * What the notice says they may do with the data, in its words.
   */
  what: string
}
/**
 * A statement about transfers abroad that names no recipient.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "transferStatement".
 */
export interface TransferStatement {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * A lowercase id made of letters, digits and single hyphens.
   */
  id: string
  /**
   * Who receives the data, in the notice's words (no named recipient).
   */
  who: string
  /**
   * Where the data goes, in the notice's words.
   */
  where: string
  /**
   * Why, in the notice's words, when it says.
   */
  why?: string
  /**
   * The safeguard the notice states or promises, in its words ("appropriate safeguards such as the Standard Contractual Clauses"), or what it says instead ("we have no control over the safeguards adopted by third party recipients"). Leave it out when the notice says nothing: the page says "Not stated".
   */
  safeguard?: string
}
/**
 * A wider policy the notice says it also adheres to or incorporates ("We also adhere to the Mozilla Privacy Policy"). Every page says so under the title, with its link.
 */
export interface ParentPolicy {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * Its title, as the notice names it.
   */
  name: string
  /**
   * Where it is published.
   */
  url: string
  /**
   * What the notice says it adheres to it for, in its words, read after "for" ("how we receive, handle, and share information").
   */
  for?: string
}
/**
 * Extra formats to write next to the notice.
 */
export interface Exports {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * Write an Apple privacy manifest (PrivacyInfo.xcprivacy).
   */
  'apple-privacy-manifest'?: boolean
  /**
   * Write a Google Play Data safety CSV.
   */
  'google-data-safety'?: boolean
  /**
   * Write a TILT (Transparency Information Language and Toolkit) JSON document.
   */
  tilt?: boolean
}
/**
 * One financial incentive, with what 11 CCR §7016(b) requires its notice to say.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "incentive".
 */
export interface Incentive {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * A lowercase id made of letters, digits and single hyphens.
   */
  id: string
  /**
   * The incentive's name as readers see it.
   */
  name: string
  /**
   * A succinct summary of the incentive or price or service difference offered (11 CCR §7016(b)(1)).
   */
  description: string
  /**
   * Ids of the categories of personal information the incentive involves (§7016(b)(2)).
   */
  categories?: Slug[]
  /**
   * How to take part (§7016(b)(3)).
   */
  'how-to-opt-in'?: string
  /**
   * How to withdraw at any time (§7016(b)(4)).
   */
  'how-to-withdraw'?: string
  /**
   * Why the incentive is permitted: a good-faith estimate of the value of the consumer's data and the method used to calculate it (§7016(b)(5)).
   */
  value?: string
}
/**
 * One lint rule switched off for the policy, optionally only for one region and one notice element.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "policySuppression".
 */
export interface PolicySuppression {
  /**
   * The id of the lint rule to switch off (see `policyc explain`).
   */
  rule: string
  /**
   * A region id from the built-in jurisdiction catalog, such as eea, uk, ch, us-ca, ca, au, nz, za or br.
   */
  region?: string
  /**
   * Only the findings about this notice element (an element key from `policyc coverage`, such as `representative`). Without it, every finding of the rule (in the region, if one is given) is off.
   */
  element?: string
  /**
   * Why the rule does not apply here, in words a reviewer can check.
   */
  reason: string
}
/**
 * A supervisory authority a page names.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "authority".
 */
export interface Authority1 {
  /**
   * The authority's name.
   */
  name: string
  /**
   * Its website.
   */
  url: string
}
/**
 * The organisation responsible for the processing (the controller, or "business" in US law).
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "controller".
 */
export interface Controller1 {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * The name people know the organisation by.
   */
  name: string
  /**
   * The registered legal name, if it differs from the name.
   */
  'legal-name'?: string
  /**
   * A company registration number (for example a Dutch KvK number).
   */
  registration?: string
  /**
   * A calendar date written YYYY-MM-DD.
   */
  incorporated?: string
  /**
   * The controller's legal form, in the notice's words, when it states one ("Community Interest Company"). Every page says it under the title.
   */
  'legal-form'?: string
  /**
   * The email address for privacy questions and requests.
   */
  email?: string
  /**
   * A telephone number in international format.
   */
  phone?: string
  /**
   * The organisation's website.
   */
  website?: string
  /**
   * A contact page or form for privacy questions.
   */
  contact?: string
  /**
   * The postal address of the controller.
   */
  address?: string
  /**
   * The country where the controller is established. Leave it out when the source does not say: then no law is applied by establishment (GDPR Art 3(1), UK GDPR Art 3(1) …), no lead supervisory authority is named (GDPR Art 56), EEA pages still tell readers they may complain in their own Member State (GDPR Art 77) with the EDPB's list, pages say the country is not stated, and `policyc check` warns, since GDPR Art 13(1)(a) requires the controller's identity and contact details.
   */
  country?: string
  /**
   * Other countries where the controller has an establishment besides `country` (ISO 3166-1, or ISO 3166-2 such as CA-QC). Decides which laws reach all of its processing (GDPR Art 3(1), UK GDPR Art 3(1), LGPD Art 3 …) and, in the EEA, the lead supervisory authority (GDPR Art 56). Absent: only `country` is known.
   */
  establishments?: string[]
}
/**
 * The data protection officer (or privacy officer, encarregado, person in charge), if one is appointed. GDPR Art 37(7) requires publishing the contact.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "dpo".
 */
export interface Dpo1 {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * The officer's name or title.
   */
  name?: string
  /**
   * The officer's email address.
   */
  email: string
  /**
   * The officer's postal address.
   */
  address?: string
}
/**
 * What the prose promises, stated as data so the lint stage can check it against the rest of the policy.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "claims".
 */
export interface Claims1 {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * What the notice says about sensitive or special-category data.
   */
  'sensitive-data'?: 'not-collected' | 'collected-with-consent' | 'collected'
  /**
   * What the notice says happens when a person asks for deletion.
   */
  erasure?: 'full-deletion' | 'deletion-with-exceptions' | 'account-deactivation-only'
  /**
   * What the notice promises about how long data is kept.
   */
  retention?: 'deleted-when-no-longer-needed' | 'not-beyond-account' | 'as-listed'
  /**
   * What the notice says about selling or sharing personal information (CCPA sense).
   */
  sale?: 'none' | 'sells' | 'shares' | 'sells-and-shares'
  /**
   * Whether the business knowingly sells or shares personal information of consumers under 16.
   */
  'minors-under-16'?: 'not-sold-or-shared' | 'sold-or-shared-with-opt-in'
  /**
   * Whether the business offers financial incentives tied to personal information (CCPA 1798.125).
   */
  'financial-incentives'?: 'none' | 'offered'
  /**
   * Whether personal data is used to train large language models (Connecticut, from 2026-07-01).
   */
  'llm-training'?: 'not-used' | 'used'
  /**
   * What the notice says about sharing personal data with third parties in the ordinary sense ("we don't share any of your data with third parties"), which is wider than the CCPA's selling or sharing (`sale`). `none`: the notice says it shares none; `shares`: it says it does. The page states it after the recipients table; `policyc diff` reports a promise of no sharing withdrawn as material; the lint rule `claim-third-party-sharing-contradicted` warns when a recipient is a `third-party` while the claim is `none`.
   */
  'third-party-sharing'?: 'none' | 'shares'
}
/**
 * How people exercise their rights. Which rights apply comes from the jurisdiction catalog, per region.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "rightsExercise".
 */
export interface RightsExercise1 {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * The ways to make a request.
   *
   * @minItems 1
   */
  channels: [Channel, ...Channel[]]
  /**
   * How the identity of the person making a request is verified, and what they must supply.
   */
  verification?: string
  /**
   * An ISO 8601 duration such as P30D (30 days), P6M (6 months), P2Y (2 years) or PT1H (1 hour).
   */
  'response-time'?: string
  /**
   * Response times that differ by region, keyed by region id, as ISO 8601 durations (for example `us-ca: P45D` beside a general `response-time: P1M`).
   */
  'response-time-by-region'?: {
    [k: string]: Duration
  }
  /**
   * Whether requests are free, and when a fee may be charged.
   */
  fee?: string
  'free-requests'?: FreeRequests
  /**
   * How to appeal a refused request (US state laws). Give the `channels` that take appeals; when the notice only says the person will be told how at the time ("as we will tell you in our response"), leave `channels` out and say so in `description`.
   */
  appeal?: {
    /**
     * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
     */
    note?: string
    /**
     * Ids of the channels that take appeals.
     *
     * @minItems 1
     */
    channels?: [Slug, ...Slug[]]
    /**
     * How an appeal is handled, and what a person can do if it is refused.
     */
    description?: string
  }
  /**
   * Whether an authorized agent may make requests for someone, and what they must provide.
   */
  'authorized-agents'?: {
    /**
     * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
     */
    note?: string
    /**
     * Whether authorized agents are accepted.
     */
    allowed: boolean
    /**
     * What an agent must provide (for example signed permission).
     */
    requirements?: string
  }
  /**
   * How to complain to the organisation, and how complaints are handled.
   */
  complaints?: string
  /**
   * Rights that go less far in practice than the law's words.
   */
  limits?: RightLimit[]
  /**
   * The page behind the "Do Not Sell or Share My Personal Information" link (Cal. Civ. Code §1798.135(a)(1); 11 CCR §7013), for a business that sells or shares personal information. The California page links it; policyc never invents one.
   */
  'opt-out-url'?: string
  /**
   * The page behind the "Limit the Use of My Sensitive Personal Information" link (Cal. Civ. Code §1798.135(a)(2); 11 CCR §7014), for a business that uses sensitive personal information beyond 11 CCR §7027(m).
   */
  'limit-use-url'?: string
  /**
   * California's "Shine the Light" law (Cal. Civ. Code §1798.83): a California customer may ask, once a calendar year and free of charge, which categories of personal information the business disclosed to third parties for their own direct marketing in the preceding calendar year, and the names and addresses of those third parties. Write it when the notice states this right (or states that no such disclosure is made). The California page then states it after `::table{of=rights}`, with the channels that take these requests; `policyc coverage` requires it of a business that says it makes such disclosures.
   */
  'shine-the-light'?: {
    /**
     * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
     */
    note?: string
    /**
     * Whether the business discloses personal information to third parties for their direct marketing purposes, as the notice says: `yes`, `no`, or `not-stated` when the notice states the right without saying whether such disclosures happen. With `no`, the page says that none are made instead of describing the request.
     */
    discloses: 'yes' | 'no' | 'not-stated'
    /**
     * Ids of the channels (`rights.channels`) that take these requests: the designated mailing address, email address, or toll-free telephone or fax number of Civ. Code §1798.83(c)(1). Leave out when the notice names none for this request.
     *
     * @minItems 1
     */
    channels?: [Slug, ...Slug[]]
    /**
     * Anything more the notice says about these requests, in its words (Markdown links allowed).
     */
    description?: string
  }
  /**
   * The rights the notice itself lists, in its words, each with the law it names for it ("your rights under GDPR are: …"). Use it when the notice names no region (`regions: []`) or lists rights beyond its regions' laws: the page shows them as what the notice says ("The rights this notice lists"), never as what a law requires. `rights.limits` may name them by `right`.
   */
  listed?: ListedRight[]
  authority?: Authority
  /**
   * `true` when the notice says it answers requests to exercise data protection rights from everyone, regardless of where they live. The page states it after the contact table; `policyc diff` reports the promise withdrawn as material.
   */
  'regardless-of-residence'?: boolean
}
/**
 * How the service responds to browser privacy signals.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "signals".
 */
export interface Signals1 {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * How the service responds to Do Not Track (DNT).
   */
  'do-not-track'?: 'honored' | 'ignored'
  /**
   * How the service responds to Global Privacy Control (Sec-GPC), an opt-out preference signal.
   */
  'global-privacy-control'?: 'honored' | 'ignored'
}
/**
 * What the notice says about children.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "children".
 */
export interface Children1 {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * The minimum age to use the service.
   */
  'minimum-age': number
  /**
   * Whether data of children below the minimum age is knowingly collected.
   */
  'knowingly-collects'?: boolean
  /**
   * California's content-removal right for minors (Cal. Bus. & Prof. Code §22581): an operator whose service is directed to minors, or who knows a minor uses it, lets a registered user under 18 who lives in California remove, or ask it to remove, content or information they posted, tells them how, and tells them that removal does not ensure complete or comprehensive removal. Write the notice's instructions here; the California page then states the right, the instructions and that warning, after `::table{of=rights}`. `policyc coverage` requires it where `minimum-age` is under 18.
   */
  'content-removal'?: {
    /**
     * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
     */
    note?: string
    /**
     * How a minor removes their content or asks for its removal, in the notice's words (Markdown links allowed).
     */
    instructions: string
  }
}
/**
 * Extra formats to write next to the notice.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "exports".
 */
export interface Exports1 {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * Write an Apple privacy manifest (PrivacyInfo.xcprivacy).
   */
  'apple-privacy-manifest'?: boolean
  /**
   * Write a Google Play Data safety CSV.
   */
  'google-data-safety'?: boolean
  /**
   * Write a TILT (Transparency Information Language and Toolkit) JSON document.
   */
  tilt?: boolean
}
/**
 * A promise to tell readers of changes. With `period`, readers are told that long before a change takes effect; without it, the notice promises to tell readers of changes but says nothing of when ("we will take steps to inform our users about any updates"), and the page says no more than that.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "changeNotice".
 */
export interface ChangeNotice1 {
  /**
   * How long before a change takes effect readers are told of it, as an ISO 8601 duration (P30D for 30 days). Leave it out when the notice gives no period: never guess one. `policyc diff` compares periods when both versions give one; a shorter period, or a period no longer given, is a material change.
   */
  period?: string
  /**
   * How readers are told, in the notice's words (for example "by email to the address on your account").
   */
  how?: string
  /**
   * What the promise covers: `notice` (every change to this notice, the default) or `new-recipients` (only new recipients, such as a sub-processor list's promise to publish a new sub-processor before it is authorised to process personal data). The page words the promise accordingly, and `policyc diff` treats a narrower scope as material.
   */
  of?: 'notice' | 'new-recipients'
}
/**
 * How many requests a person may make free of charge in a period.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "freeRequests".
 */
export interface FreeRequests1 {
  /**
   * How many requests are free in each period.
   */
  count: number
  /**
   * An ISO 8601 duration such as P30D (30 days), P6M (6 months), P2Y (2 years) or PT1H (1 hour).
   */
  per: string
}
/**
 * A wider policy the notice adheres to or incorporates.
 *
 * This interface was referenced by `Policy`'s JSON-Schema
 * via the `definition` "parentPolicy".
 */
export interface ParentPolicy1 {
  /**
   * A remark for editors and reviewers that is never published: policyc leaves it out of every page (HTML, Markdown), the JSON-LD, policy.json, consent.json and the exports. Use it for where a fact comes from, what the source does not say, or a doubt to settle; never for text readers should see.
   */
  note?: string
  /**
   * Its title, as the notice names it.
   */
  name: string
  /**
   * Where it is published.
   */
  url: string
  /**
   * What the notice says it adheres to it for, in its words, read after "for" ("how we receive, handle, and share information").
   */
  for?: string
}
