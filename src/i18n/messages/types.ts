import type { Jurisdiction } from '../../generated/catalog.js'
import type { Category, Channel, Cookie, LegalBasis, Recipient, RetentionRule, RightLimit } from '../../generated/policy.js'
import type { ChangeWords } from './changes/types.js'

/**
 * The shape of one language's catalog of the words policyc itself writes. Every language file is
 * typed `Messages`, so the compiler refuses a language that lacks a key (and test/i18n checks the
 * same at run time). Enumerations are keyed by the generated policy types: adding a value to the
 * schema makes every catalog fail to compile until it is translated.
 */
export interface Messages {
  /** The language's name in itself, for the language switcher ("Nederlands"). */
  autonym: string
  /** The words of a change between two versions: the redline, the timeline, diff sentences (src/history). */
  changes: ChangeWords
  page: PageWords
  site: SiteWords
  flow: FlowWords
  words: CommonWords
  tables: TableWords
  basis: Readonly<Record<LegalBasis, string>>
  role: Readonly<Record<Recipient['role'], string>>
  safeguard: Readonly<Record<Safeguard, string>>
  /** Short forms for tight spaces (the data-flow picture). */
  safeguardShort: Readonly<Record<Safeguard, string>>
  source: Readonly<Record<DataSource, string>>
  /** Retention periods that are named triggers rather than durations. */
  trigger: Readonly<Record<PeriodTrigger, string>>
  /** "7 years after the end of the financial year". */
  durationAfter: (duration: string, after: string) => string
  then: Readonly<Record<NonNullable<RetentionRule['then']>, string>>
  cookieType: Readonly<Record<Cookie['type'], string>>
  technology: Readonly<Record<NonNullable<Cookie['technology']>, string>>
  cookieDuration: { session: string; notStated: string; persistent: string }
  channelType: Readonly<Record<Channel['type'], string>>
  /** How far a right goes in practice (`rights.limits[].scope`). */
  scope: Readonly<Record<RightLimit['scope'], string>>
  /** Duration units, with a form per plural category of the language (Intl.PluralRules); `{n}` is the number. */
  units: Readonly<Record<DurationUnit, PluralForms>>
  /** The CCPA personal-information categories A to L (Cal. Civ. Code §1798.140(v)(1)). */
  ccpaCategory: Readonly<Record<CcpaLetter, string>>
  /** The California page's statements (11 CCR §7011(e), §7016): each one restates a fact of the model. */
  ccpa: CcpaWords
  /** "European Union" (the `EU` pseudo-country of `countries`). */
  europeanUnion: string
  /** A citation of an article, in the language's style: "GDPR Art 6(1)(b)", "art. 6(1)(b) AVG". */
  article: (law: string, reference: string) => string
}

/** Text around a piece of markup that the template places itself: `before` <strong>California</strong> `after`. */
export interface Around {
  before: string
  after: string
}

/**
 * The words of the page around the sections (templates/page.html and the render stage's page
 * data). Where the template puts markup inside a sentence (a link, <strong>), the words come as
 * the pieces around it, so each language keeps its own word order without HTML in a catalog.
 */
export interface PageWords {
  /** The label of an "in short" summary (its aria-label). */
  inShort: string
  /** Before the summary text: "In short:" (French puts a space before the colon). */
  inShortLead: string
  contents: string
  lastUpdated: string
  version: (label: string) => string
  /** The skip link of a notice page. */
  skipToContent: string
  /** Label of the language switcher. */
  language: string
  /** aria-label of the list of languages. */
  languagesNav: string
  /** The region switcher's summary: "Region: California". */
  region: (name: string) => string
  /** aria-label of the list of regional versions. */
  regionsNav: string
  /** The name of the global variant, which has every region's text. */
  allRegions: string
  /** Around the region's name: "This is the version of the notice for readers in <strong>California</strong>." */
  forReadersIn: Around
  /** Before the supervisory authority's linked name. */
  supervisoryAuthority: string
  /** On the global page: "This notice covers …." */
  covers: (regions: string) => string
  /** On the page for readers outside every listed region (`outside-page`): who it is for, and that it states no law. */
  outside: (regions: string) => string
  /** The same page when the notice names no region at all (`regions: []`). */
  outsideNone: string
  /** After `covers` where the page has a region switcher. */
  chooseRegion: string
  /** In the HTML page: "Also available as <a>Markdown</a> and <a>JSON-LD</a>." */
  alsoAvailableAs: { before: string; between: string; after: string }
  /** In the Markdown page: "Also available as <a>a web page</a> and as <a>JSON-LD</a>." */
  markdownAlsoAvailableAs: { before: string; webPage: string; between: string; after: string }
  /** On the global page, under a section written for some regions only. */
  appliesIn: (regions: string) => string
  /** On the global page, before a passage (`:::only`) written for some regions only. */
  onlyIn: (regions: string) => string
  /** The page's meta description. */
  description: (page: { controller: string; title: string; region: string | undefined; date: string; terms: Terminology }) => string
  /** Link to the changelog. */
  changes: string
  /** Heading of the list of earlier versions. */
  versions: string
  backToTop: string
  /** Said where a translated page shows a passage still in the source language. */
  untranslated: string
  /** After the formats, in the HTML page: " How it meets each region's law: <a>compliance coverage</a>." */
  coverage: { before: string; link: string; after: string }
}

/** The words of the data-flow picture (src/render/svg) and its caption. */
export interface FlowWords {
  /** The picture's title: "Where your personal data goes". */
  title: Phrase
  /** Its three column headers. */
  data: Phrase
  purposes: string
  recipients: string
  /** The text alternative's first sentence: "13 categories of personal data are used for 21 purposes and shared with 22 recipients." */
  counts: (counts: { categories: number; purposes: number; recipients: number }, terms: Terminology) => string
  /** One transfer in that sentence: "Mollie (United States, standard contractual clauses)"; `safeguard` (the `safeguard` words) is undefined when none is stated. */
  transfer: (recipient: string, country: string, safeguard: string | undefined) => string
  /** The text alternative's sentence on transfers: "Recipients outside the controller's country: …." */
  abroad: (recipients: string) => string
  /** The text alternative's last sentence. */
  tablesNote: string
  /** The figure's caption. */
  caption: Phrase
  /** aria-label of the scrollable figure. */
  label: string
}

/** The words of the site around the notices: the index, 404.html and the footer. */
export interface SiteWords {
  indexTitle: string
  /** "2 notices in 27 regional versions." */
  indexDescription: (notices: number, versions: number) => string
  skipToList: string
  resolvedModel: string
  notFoundTitle: string
  /** "There is no page at this address. The notices are listed on the <a>home page</a>." */
  notFound: { before: string; link: string; after: string }
  publishedWith: string
  allNotices: string
}

export interface CommonWords {
  yes: string
  no: string
  /** An empty cell. */
  none: string
  notStated: string
  /** A recipient's `locations: various`: where it processes data, when it does not list the countries. */
  variousLocations: string
  /** Before the dispute-resolution body a recipient names (`dispute-resolution`). */
  disputeResolution: string
  /** Before the country a recipient is established in (`established-in`). */
  establishedIn: string
  /** "Mollie (planned)". */
  planned: (name: string) => string
  /** "Examples: name, email address." */
  examples: (list: string) => string
  /** Before a recipient's condition: "Only when: ". */
  onlyWhen: string
  theirPrivacyPolicy: string
  /** The link to a recipient's published list (`list`), such as a sub-processor list. */
  publishedList: string
  /** The link to a recipient's opt-out (`opt-out`). */
  howToOptOut: string
  /** Before the legitimate interest of a purpose: "Our interest: ". */
  ourInterest: string
  /** The basis cell of a purpose the notice maps no basis to (`bases-relied-on`). */
  basisNotStated: string
  /** After the purposes table when the notice lists its bases without mapping them: the list is the bases' names. */
  basesReliedOn: (list: string) => string
  /** Under the intro: the promise of notice before changes (`change-notice`); `how` in the notice's words, or undefined. */
  changeNotice: (period: string, how: string | undefined) => string
  /** The same promise when it covers only new recipients (`change-notice.of: new-recipients`). */
  changeNoticeNewRecipients: (period: string, how: string | undefined) => string
  /** The promise of notice of changes when the notice gives no period (`change-notice` without `period`): no time is said. */
  changeNoticeUntimed: (how: string | undefined) => string
  /** The same, covering only new recipients. */
  changeNoticeNewRecipientsUntimed: (how: string | undefined) => string
  /** After the purposes table: the notice's promise to ask for consent where a law requires it (`consent-where-required`). */
  consentWhereRequired: string
  /** After the recipients table: what the notice says about sharing with third parties (`claims.third-party-sharing`). */
  thirdPartySharing: { none: string; shares: string }
  /** After the contact table: requests are answered whatever the reader's residence (`rights.regardless-of-residence`). */
  regardlessOfResidence: string
  /** Before a retention rule's exceptions: "Exceptions: ". */
  exceptions: string
  /** Marks on a category label, the way the law of the page marks it. */
  specialCategory: string
  sensitive: string
  /** "; for special categories, GDPR Art 9(2)(a)". */
  forSpecialCategories: (citation: string) => string
  /** Who sets a first-party cookie. */
  us: string
  /** A channel offered to every region. */
  everyone: string
}

/**
 * A phrase that depends on how the region's law names things. It receives the catalog's English
 * terminology of the page's region (`personal data` or `personal information`, …) so that each
 * language can pick its own word and inflect it correctly: German needs the genitive
 * ("Kategorien personenbezogener Daten"), which no placeholder could give.
 */
export type Phrase = (terms: Terminology) => string
export type Terminology = Jurisdiction['terminology']

/** Captions, column headers and empty-table sentences, one group per `::table{of=…}` kind. */
export interface TableWords {
  categories: {
    caption: Phrase
    category: string
    includes: string
    source: string
    collected: string
    /** The column that says whether providing the data is required (GDPR Art 13(2)(e)), only where a law on the page asks for it. */
    requirement: string
    /** Each `requirement` value, as the cell says it. */
    requirements: Readonly<Record<DataRequirement, string>>
    /** The category's `if-not-provided`, after its requirement. */
    ifNotProvided: (consequence: string) => string
    empty: Phrase
  }
  'ccpa-categories': { caption: string; category: string; examples: string; collected: string }
  purposes: { caption: Phrase; purpose: string; dataUsed: Phrase; legalBasis: string; empty: string }
  recipients: { caption: Phrase; recipient: string; role: string; purposes: string; where: string; safeguard: string; details: string; empty: Phrase }
  transfers: {
    caption: Phrase
    recipient: string
    country: string
    safeguard: string
    /** No recipient is stated to receive data outside `area` (areaEea, or areaCountry of the controller's country). */
    empty: (t: Terminology, area: string) => string
    areaEea: string
    areaCountry: (country: string) => string
    /** `controller.country`, said on a page whose region does not include it. */
    established: (name: string, country: string) => string
    /** The table is empty and the controller's country is not stated: no recipient is stated to receive data abroad. */
    emptyAnywhere: (t: Terminology) => string
    /** `controller.country` absent: the page says so (GDPR Art 13(1)(a) asks for the controller's identity and contact details). */
    establishmentNotStated: (name: string) => string
  }
  retention: { caption: Phrase; data: string; howLong: string; afterwards: string; why: string; empty: string }
  cookies: { caption: string; name: string; type: string; purpose: string; setBy: string; lasts: string; consent: string; stores: string; empty: string }
  rights: {
    /** A region page: "Your rights under the GDPR and ePrivacy Directive". */
    caption: (laws: string) => string
    /** The global page. */
    captionAll: string
    right: string
    whereApplies: string
    whereInLaw: string
    inPractice: string
    /** Before the authority's name on a region page. */
    complain: string
    /** Before the list of authorities on the global page. */
    complainAll: string
    /** A law's response deadline: "GDPR: we must answer within 1 month (GDPR Art 12(3))". */
    deadline: (period: string, law: string, citation: string) => string
    /** Appended to `deadline` when the law allows a fixed extension. */
    extension: (period: string) => string
    /** A law with no fixed period, only a reasonable one (APP 12.4). */
    reasonable: (law: string, citation: string) => string
    /** The policy's own, stricter `response-time`. */
    promise: (period: string) => string
    /** Before the lead authority's name (GDPR Art 56(1)). */
    lead: (law: string, citation: string) => string
    /** GDPR Art 77(1): complaining in one's own Member State. */
    /** `also` when an authority was named just before ("You may also complain …"). */
    memberState: (citation: string, also: boolean) => string
    /** Before the link to the EDPB's list of authorities. */
    authorityList: string
    /** A fact a law asks for that the policy does not state. */
    notStated: (law: string) => string
    /** "20 working days". */
    workingDays: (days: string) => string
    /** Labels of the request facts stated after a region's rights table (`rights.verification`, `fee`, `appeal`, `complaints`). */
    verification: string
    fee: string
    appeal: string
    /** The channels that take appeals (`rights.appeal.channels`). */
    appealChannels: (list: string) => string
    complaints: string
    /** Civ. Code §1798.83 ("Shine the Light"): label, the right as the law gives it, no disclosures, the channels. */
    shineTheLight: string
    shineTheLightRight: (citation: string) => string
    shineTheLightNone: (citation: string) => string
    shineTheLightChannels: (list: string) => string
    /** Bus. & Prof. Code §22581: label, the right as the law gives it, the law's warning. */
    contentRemoval: string
    contentRemovalRight: (citation: string) => string
    contentRemovalIncomplete: string
    /** The rights the notice lists itself (`rights.listed`): the table's caption on a page that states no law, its law column, the label of the list after a law's table. */
    captionListed: string
    lawNamed: string
    listed: string
    /** Before the authority the notice itself names for complaints (`rights.authority`). */
    noticeAuthority: string
  }
  channels: {
    caption: string
    channel: string
    howToReach: string
    for: string
    empty: string
    /** The row of the data protection officer (`dpo`), for the laws that ask for its contact. */
    dpo: string
    /** The row of a representative appointed for a region (`representatives`, GDPR/UK GDPR Art 27, FADP Art 14). */
    representative: (region: string) => string
  }
}

export type Safeguard = NonNullable<Recipient['transfer']> | NonNullable<Recipient['safeguards']>[number]
export type DataSource = NonNullable<Category['sources']>[number]
export type DataRequirement = NonNullable<Category['requirement']>
/** The named retention triggers of the schema (`retentionRule.period`); test/i18n checks the list against it. */
export const PERIOD_TRIGGERS = ['account-lifetime', 'until-consent-withdrawn', 'until-purpose-fulfilled', 'session', 'indefinite', 'not-stated'] as const
export type PeriodTrigger = (typeof PERIOD_TRIGGERS)[number]
export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second'
export type CcpaLetter = NonNullable<Category['ccpa']>

/** One form per plural category the language uses; `other` is required, the rest fall back to it. */
export interface PluralForms {
  zero?: string
  one?: string
  two?: string
  few?: string
  many?: string
  other: string
}

/** Words of the California disclosures (src/render/markdown/tables/ccpa-categories.ts cites the law of each). */
export interface CcpaWords {
  sources: string
  purposes: string
  disclosedTo: string
  soldShared: string
  soldSharedTo: string
  sold: string
  shared: string
  soldAndShared: string
  noSaleOrSharing: string
  minorsNotSold: string
  minorsOptIn: string
  sensitive: (list: string) => string
  optOutLink: string
  limitUseLink: string
  gpcHonored: string
  gpcIgnored: string
  agentsAllowed: string
  agentsNotAllowed: string
  agentsRequirements: string
  incentiveTitle: (name: string) => string
  incentivesNotStated: string
  incentiveCategories: (list: string) => string
  incentiveOptIn: string
  incentiveWithdraw: string
  incentiveValue: string
}
