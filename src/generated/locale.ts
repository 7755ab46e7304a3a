/* Generated from schemas/ by `npm run generate`. Do not edit: change the schema instead. */

/**
 * A lowercase id made of letters, digits and single hyphens: the id of the entry in the source.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "slug".
 */
export type Slug = string
/**
 * 12 lowercase hex digits, the hash of the source text this entry was translated from, as `policyc translate stamp <policy> <language> <entry>` writes it once the translation is up to date (the first 12 hex digits of the SHA-256 of the entry's source fields, NFC-normalised, LF line endings, soft line breaks read as spaces).
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "sourceHash".
 */
export type SourceHash = string
/**
 * Translated text on one line or a few.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "line".
 */
export type Line = string
/**
 * Translated Markdown. Keep every directive exactly as in the source: `::table{of=…}`, `:ref{id=…}` and `:::only{regions="…"}` … `:::`. Raw HTML is not allowed.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "markdown".
 */
export type Markdown = string

/**
 * A translation of one policy into one language, kept beside it as `policies/<id>/locales/<language>.yaml`. Entries are keyed by the ids the source already has. Only words are translated here: countries, durations, legal bases, rights and region names come from policyc's built-in message catalogs, and every fact (who, what, how long, where) stays in the source. Each entry records the `source-hash` of the source text it was translated from, so `policyc check` reports a translation whose source changed since.
 */
export interface LocaleFile {
  /**
   * The language of this translation as a BCP 47 tag. It must match the file name (`nl.yaml` holds `language: nl`) and differ from the policy's own `language`.
   */
  language: string
  title?: TextTranslation
  intro?: IntroTranslation
  /**
   * Section translations, keyed by the section's `id` in the source.
   */
  sections?: {
    [k: string]: SectionTranslation
  }
  /**
   * Data category translations, keyed by the category's `id` in the source.
   */
  categories?: {
    [k: string]: CategoryTranslation
  }
  /**
   * Purpose translations, keyed by the purpose's `id` in the source.
   */
  purposes?: {
    [k: string]: PurposeTranslation
  }
  /**
   * Recipient translations, keyed by the recipient's `id` in the source.
   */
  recipients?: {
    [k: string]: RecipientTranslation
  }
  /**
   * Retention rule translations (the words only; the period stays in the source), keyed by the rule's `id`.
   */
  retention?: {
    [k: string]: RetentionTranslation
  }
  /**
   * Cookie translations, keyed by the cookie's `id` in the source.
   */
  cookies?: {
    [k: string]: CookieTranslation
  }
  /**
   * Contact channel translations (`rights.channels` in the source), keyed by the channel's `id`.
   */
  channels?: {
    [k: string]: ChannelTranslation
  }
  /**
   * Translations of how far a right goes in practice (`rights.limits` in the source), keyed by the right key.
   */
  limits?: {
    [k: string]: LimitTranslation
  }
  rights?: RightsTranslation
  /**
   * Translations of automated decisions, keyed by the decision's `id` in the source.
   */
  'automated-decisions'?: {
    [k: string]: AutomatedDecisionTranslation
  }
  /**
   * Translations of the security measures the notice states, keyed by the measure's `id` in the source.
   */
  'security-measures'?: {
    [k: string]: SecurityMeasureTranslation
  }
  /**
   * Translations of the notice's warnings about processing by others, keyed by the warning's `id` in the source.
   */
  'processing-by-others'?: {
    [k: string]: OthersProcessingTranslation
  }
  /**
   * Translations of the notice's statements about transfers to recipients it does not name, keyed by the statement's `id` in the source.
   */
  'transfer-statements'?: {
    [k: string]: TransferStatementTranslation
  }
  'parent-policy'?: ParentPolicyTranslation
}
/**
 * The policy's title (`title` in the source), shown at the top of every page.
 */
export interface TextTranslation {
  /**
   * The hash of the source text this was translated from (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * The translated text.
   */
  text: string
}
/**
 * The opening paragraph (`intro` in the source).
 */
export interface IntroTranslation {
  /**
   * The hash of the source intro this was translated from (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * The translated intro, in Markdown with the same directives as the source.
   */
  text: string
}
/**
 * One section in this language.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "sectionTranslation".
 */
export interface SectionTranslation {
  /**
   * The hash of the source section's title, summary and body this was translated from (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * The section heading.
   */
  title: string
  /**
   * The "in short" summary; give one exactly when the source has one.
   */
  summary?: string
  /**
   * The full text in Markdown, with the same directives as the source body.
   */
  body: string
}
/**
 * One data category in this language.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "categoryTranslation".
 */
export interface CategoryTranslation {
  /**
   * The hash of the source category's label, description, examples and if-not-provided text (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * The category's name as readers see it.
   */
  label: string
  /**
   * What the category covers; give one exactly when the source has one.
   */
  description?: string
  /**
   * Typical items of this category, in the order of the source's `examples`.
   *
   * @minItems 1
   */
  examples?: [string, ...string[]]
  /**
   * What happens if a person does not provide this data.
   */
  'if-not-provided'?: string
}
/**
 * One purpose in this language.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "purposeTranslation".
 */
export interface PurposeTranslation {
  /**
   * The hash of the source purpose's label, description and legitimate interest (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * The purpose as readers see it.
   */
  label: string
  /**
   * The purpose in a sentence or two.
   */
  description?: string
  /**
   * The interest pursued, when the source states one.
   */
  'legitimate-interest'?: string
}
/**
 * One recipient in this language.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "recipientTranslation".
 */
export interface RecipientTranslation {
  /**
   * The hash of the source recipient's description and condition, and its name when this entry translates it (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * The name in this language, only when it is a description ("Other users"); leave it out for a proper name such as Mollie, which is shown as in the source.
   */
  name?: string
  /**
   * What the recipient does with the data.
   */
  description?: string
  /**
   * The condition under which data is shared at all.
   */
  condition?: string
}
/**
 * The words of one retention rule in this language (the period itself stays in the source).
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "retentionTranslation".
 */
export interface RetentionTranslation {
  /**
   * The hash of the source rule's after, reason and exceptions texts (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * How long, in the notice's own words (the source's `period-words`), in this language.
   */
  'period-words'?: string
  /**
   * What the period is counted from.
   */
  after?: string
  /**
   * Why this period.
   */
  reason?: string
  /**
   * Data that may be kept longer than the period, and why.
   */
  exceptions?: string
}
/**
 * One cookie or similar technology in this language.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "cookieTranslation".
 */
export interface CookieTranslation {
  /**
   * The hash of the source cookie's description, and its name when this entry translates it (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * The name in this language, only when it is a description ("Session cookie"); leave it out for a name a browser shows, such as _ga.
   */
  name?: string
  /**
   * What the cookie stores, in a sentence.
   */
  description?: string
}
/**
 * One contact channel in this language.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "channelTranslation".
 */
export interface ChannelTranslation {
  /**
   * The hash of the source channel's label (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * How the channel is named to readers.
   */
  label: string
}
/**
 * How far one right goes in practice, in this language.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "limitTranslation".
 */
export interface LimitTranslation {
  /**
   * The hash of the source limit's description (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * What a request actually leads to.
   */
  description: string
}
/**
 * The texts about exercising rights (`rights` in the source): verification, fees, complaints, appeals and authorized agents.
 */
export interface RightsTranslation {
  /**
   * The hash of the source's rights texts (verification, fee, complaints, appeal, agent requirements and the names of the listed rights; see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * How the identity of the person making a request is verified (`rights.verification`).
   */
  verification?: string
  /**
   * Whether requests are free (`rights.fee`).
   */
  fee?: string
  /**
   * How to complain to the organisation (`rights.complaints`).
   */
  complaints?: string
  /**
   * How an appeal is handled (`rights.appeal.description`).
   */
  'appeal-description'?: string
  /**
   * What an authorized agent must provide (`rights.authorized-agents.requirements`).
   */
  'agent-requirements'?: string
  /**
   * The names of the rights the notice lists itself (`rights.listed` in the source), in this language and in the source's order, one per listed right.
   */
  listed?: string[]
}
/**
 * One automated decision in this language.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "automatedDecisionTranslation".
 */
export interface AutomatedDecisionTranslation {
  /**
   * The hash of the source decision's description, logic and consequences (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * What is decided.
   */
  description?: string
  /**
   * Meaningful information about the logic involved.
   */
  logic?: string
  /**
   * The significance and envisaged consequences for the person.
   */
  consequences?: string
}
/**
 * One security measure in this language.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "securityMeasureTranslation".
 */
export interface SecurityMeasureTranslation {
  /**
   * The hash of the source measure's description (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * The measure, in this language.
   */
  description?: string
}
/**
 * One warning about processing by others in this language.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "othersProcessingTranslation".
 */
export interface OthersProcessingTranslation {
  /**
   * The hash of the source warning's who and what (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * Who processes.
   */
  who?: string
  /**
   * What they may do with the data.
   */
  what?: string
}
/**
 * One statement about transfers to unnamed recipients in this language.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "transferStatementTranslation".
 */
export interface TransferStatementTranslation {
  /**
   * The hash of the source statement's who, where, why and safeguard (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * Who receives the data.
   */
  who?: string
  /**
   * Where the data goes.
   */
  where?: string
  /**
   * Why the data goes there, as the notice says.
   */
  why?: string
  /**
   * The safeguard stated or promised.
   */
  safeguard?: string
}
/**
 * The translation of the wider policy the notice adheres to (`parent-policy`): its name as published in this language, if it is, and what the notice adheres to it for.
 */
export interface ParentPolicyTranslation {
  /**
   * The hash of the source's name and `for` (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * Its title in this language, where it is published under one; leave it out to show the source's.
   */
  name?: string
  /**
   * What the notice adheres to it for.
   */
  for?: string
}
/**
 * A translated line of text.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "textTranslation".
 */
export interface TextTranslation1 {
  /**
   * The hash of the source text this was translated from (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * The translated text.
   */
  text: string
}
/**
 * The translated opening paragraph.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "introTranslation".
 */
export interface IntroTranslation1 {
  /**
   * The hash of the source intro this was translated from (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * The translated intro, in Markdown with the same directives as the source.
   */
  text: string
}
/**
 * The texts about exercising rights, in this language.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "rightsTranslation".
 */
export interface RightsTranslation1 {
  /**
   * The hash of the source's rights texts (verification, fee, complaints, appeal, agent requirements and the names of the listed rights; see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * How the identity of the person making a request is verified (`rights.verification`).
   */
  verification?: string
  /**
   * Whether requests are free (`rights.fee`).
   */
  fee?: string
  /**
   * How to complain to the organisation (`rights.complaints`).
   */
  complaints?: string
  /**
   * How an appeal is handled (`rights.appeal.description`).
   */
  'appeal-description'?: string
  /**
   * What an authorized agent must provide (`rights.authorized-agents.requirements`).
   */
  'agent-requirements'?: string
  /**
   * The names of the rights the notice lists itself (`rights.listed` in the source), in this language and in the source's order, one per listed right.
   */
  listed?: string[]
}
/**
 * The wider policy the notice adheres to, in this language.
 *
 * This interface was referenced by `LocaleFile`'s JSON-Schema
 * via the `definition` "parentPolicyTranslation".
 */
export interface ParentPolicyTranslation1 {
  /**
   * The hash of the source's name and `for` (see `policyc translate stamp`).
   */
  'source-hash': string
  /**
   * Its title in this language, where it is published under one; leave it out to show the source's.
   */
  name?: string
  /**
   * What the notice adheres to it for.
   */
  for?: string
}
