import type { Jurisdiction } from '../../generated/catalog.js'

/**
 * The legal words of the jurisdiction catalog in another language: right names, region names,
 * terminology, short law names and authorities. English needs none of this: it is the catalog's
 * own language (src/catalog/jurisdictions.json), so English output keeps the law's exact words.
 *
 * The lists below are the catalog's values; test/i18n checks that they still match it, so a
 * right or region added to the catalog fails the tests until every language names it.
 */

/** Every right key in the catalog. */
export const RIGHT_KEYS = [
  'right-access',
  'right-rectification',
  'right-erasure',
  'right-restriction',
  'right-portability',
  'right-object',
  'right-adm',
  'right-withdraw-consent',
  'right-complain-to-authority',
  'right-confirm-processing',
  'right-opt-out-sale',
  'right-opt-out-sale-share',
  'right-opt-out-targeted-ads',
  'right-opt-out-profiling',
  'right-limit-spi',
  'right-non-discrimination',
  'right-appeal',
  'right-info-shared-entities',
  'right-info-consent-refusal',
  'right-list-third-parties',
  'uk-right-complain-to-controller',
  'br-right-anonymise-block-delete',
] as const
export type RightKey = (typeof RIGHT_KEYS)[number]

/** Regions that are not one country, so Intl.DisplayNames cannot name them. */
export const NAMED_REGIONS = [
  'eea',
  'us-ca',
  'us-co',
  'us-ct',
  'us-de',
  'us-fl',
  'us-ia',
  'us-in',
  'us-ky',
  'us-md',
  'us-mn',
  'us-ne',
  'us-nv',
  'us-mt',
  'us-nh',
  'us-nj',
  'us-ri',
  'us-or',
  'us-tn',
  'us-tx',
  'us-ut',
  'us-va',
  'ca-qc',
] as const
export type NamedRegion = (typeof NAMED_REGIONS)[number]

/** Every English term the catalog's `terminology` uses, whichever key it is under. */
export const ENGLISH_TERMS = [
  'personal data',
  'personal information',
  'controller',
  'business',
  'organization',
  'responsible party',
  'operator',
  'APP entity',
  'agency',
  'data subject',
  'consumer',
  'individual',
  'special categories of personal data',
  'sensitive personal data',
  'sensitive personal information',
  'sensitive data',
  'sensitive information',
  'special personal information',
] as const
export type EnglishTerm = (typeof ENGLISH_TERMS)[number]

export type Family = Jurisdiction['family']
type RightNames = Readonly<Partial<Record<RightKey, string>>>

export interface LegalWords {
  /** A name for every right, used where neither the region nor its family has its own. */
  rights: Readonly<Record<RightKey, string>>
  /** The names a family of law gives its rights in this language (the GDPR's official translation). */
  rightsByFamily: Readonly<Partial<Record<Family, RightNames>>>
  /** Names one region gives (California's "right to know"), or that name its own authority. */
  rightsByRegion: Readonly<Partial<Record<string, RightNames>>>
  regions: Readonly<Record<NamedRegion, string>>
  terms: Readonly<Record<EnglishTerm, string>>
  /** Short law names as this language writes them (GDPR → AVG); others stay as the catalog has them. */
  laws: Readonly<Partial<Record<string, string>>>
  /** Supervisory authorities by region id, where this language has its own name for them. */
  authorities: Readonly<Partial<Record<string, string>>>
}
