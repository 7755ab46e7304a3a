/* Generated from schemas/ by `npm run generate`. Do not edit: change the schema instead. */

/**
 * A key of the target's vocabulary, exactly as the target spells it.
 *
 * This interface was referenced by `MappingTable`'s JSON-Schema
 * via the `definition` "valueKey".
 */
export type ValueKey = string
/**
 * Why this row maps the way it does, when it is a judgement rather than a direct match.
 *
 * This interface was referenced by `MappingTable`'s JSON-Schema
 * via the `definition` "note".
 */
export type Note = string

/**
 * How policyc translates a policy into one export format (an Apple privacy manifest, a Google Play Data safety CSV, a TILT document). Category ids are free-form per policy, so categories are mapped from what is stable: their W3C DPV terms, with the CCPA letter as a fallback; purposes from their DPV purpose term and their sale/share/advertising flags. Every value a table maps to is listed in `values` with the source that defines it. A table lives in src/export/mappings/<target>.json.
 */
export interface MappingTable {
  /**
   * The path of this schema, so editors complete keys and show these descriptions.
   */
  $schema?: string
  /**
   * The export this table is for; the same key turns the export on in a policy's `exports`.
   */
  target: 'apple-privacy-manifest' | 'google-data-safety' | 'tilt'
  /**
   * A short name for the table, shown in documentation.
   */
  title: string
  /**
   * What the table maps and the decisions behind it, in a few sentences.
   */
  description: string
  /**
   * Where the target's keys and their meanings come from. Every value names one of these.
   *
   * @minItems 1
   */
  sources: [Source, ...Source[]]
  /**
   * `mapped`: a category must map to one of the target's data types through `categories` or `ccpa`, or it is reported as unmapped. `free-text`: the target takes a category's label as free text (TILT), so every category can be expressed.
   */
  categoryKeys: 'mapped' | 'free-text'
  /**
   * The target's own vocabulary that the rows below may map to: data types, purposes, legal-basis references, transfer safeguards and rights, each with its label and source.
   *
   * @minItems 1
   */
  values: [Value, ...Value[]]
  /**
   * Category rows: a DPV personal-data term (pd: or dpv:) and the target data types it maps to. A category maps to the union of the rows of all its DPV terms.
   */
  categories?: TermRow[]
  /**
   * Fallback rows used only when none of a category's DPV terms has a row: a CCPA category letter (A to L) and the target data types it maps to. Letters too broad to map (A identifiers, B customer records) are left out on purpose.
   */
  ccpa?: CcpaRow[]
  /**
   * Purpose rows: a DPV purpose term (dpv:) and the target purposes it maps to.
   */
  purposes?: PurposeRow[]
  /**
   * Purposes added whenever a policy purpose sets one of its flags to true (for example `share` adds third-party advertising), whatever its DPV term.
   */
  purposeFlags?: FlagRow[]
  /**
   * The target purposes used for a policy purpose that has no DPV term or whose term has no row. Leave out when the target has no catch-all purpose: such a purpose is then simply not listed.
   */
  purposeFallback?: ValueKey[]
  /**
   * Legal-basis rows: a policyc legal-basis key and the target's reference for it.
   */
  legalBases?: KeyRow[]
  /**
   * Transfer rows: a policyc transfer safeguard (a recipient's `transfer`) and the target field that expresses it.
   */
  transfers?: KeyRow[]
  /**
   * Right rows: a right key from the jurisdiction catalog and the target field that expresses it.
   */
  rights?: KeyRow[]
}
/**
 * A document that defines some of the target's keys.
 *
 * This interface was referenced by `MappingTable`'s JSON-Schema
 * via the `definition` "source".
 */
export interface Source {
  /**
   * A short id that values refer to.
   */
  id: string
  /**
   * The document's title.
   */
  title: string
  /**
   * Where the document is published.
   */
  url: string
  /**
   * How the keys were checked against this source, and any caveat.
   */
  note?: string
}
/**
 * One key of the target's vocabulary.
 *
 * This interface was referenced by `MappingTable`'s JSON-Schema
 * via the `definition` "value".
 */
export interface Value {
  /**
   * A key of the target's vocabulary, exactly as the target spells it.
   */
  key: string
  /**
   * What the key names in the target.
   */
  kind: 'data-type' | 'purpose' | 'legal-basis' | 'transfer' | 'right'
  /**
   * The key's name as the target shows it to people.
   */
  label: string
  /**
   * The key of the group the value belongs to in the target (for Google Play, the data-type category question such as PSL_DATA_TYPES_PERSONAL).
   */
  group?: string
  /**
   * The group's name as the target shows it (for example "Personal info").
   */
  groupLabel?: string
  /**
   * The id of the source that defines this key.
   */
  source: string
}
/**
 * A DPV personal-data term and what it maps to.
 *
 * This interface was referenced by `MappingTable`'s JSON-Schema
 * via the `definition` "termRow".
 */
export interface TermRow {
  /**
   * The DPV 2.3 term, as policies write it in a category's `dpv` (prefix pd: or dpv:).
   */
  from: string
  /**
   * The target data types (keys from `values`) the term maps to.
   *
   * @minItems 1
   */
  to: [ValueKey, ...ValueKey[]]
  /**
   * Why this row maps the way it does, when it is a judgement rather than a direct match.
   */
  note?: string
}
/**
 * A CCPA category letter and what it maps to.
 *
 * This interface was referenced by `MappingTable`'s JSON-Schema
 * via the `definition` "ccpaRow".
 */
export interface CcpaRow {
  /**
   * The CCPA personal-information category letter (Civ. Code 1798.140(v)(1)).
   */
  from: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L'
  /**
   * The target data types (keys from `values`) the letter maps to.
   *
   * @minItems 1
   */
  to: [ValueKey, ...ValueKey[]]
  /**
   * Why this row maps the way it does, when it is a judgement rather than a direct match.
   */
  note?: string
}
/**
 * A DPV purpose term and what it maps to.
 *
 * This interface was referenced by `MappingTable`'s JSON-Schema
 * via the `definition` "purposeRow".
 */
export interface PurposeRow {
  /**
   * The DPV 2.3 purpose term, as policies write it in a purpose's `dpv`.
   */
  from: string
  /**
   * The target purposes (keys from `values`) the term maps to.
   *
   * @minItems 1
   */
  to: [ValueKey, ...ValueKey[]]
  /**
   * Why this row maps the way it does, when it is a judgement rather than a direct match.
   */
  note?: string
}
/**
 * A purpose flag and the target purposes it adds.
 *
 * This interface was referenced by `MappingTable`'s JSON-Schema
 * via the `definition` "flagRow".
 */
export interface FlagRow {
  /**
   * The purpose's boolean flag that, when true, adds the target purposes.
   */
  flag: 'sale' | 'share' | 'targeted-advertising' | 'profiling'
  /**
   * The target purposes (keys from `values`) added.
   *
   * @minItems 1
   */
  to: [ValueKey, ...ValueKey[]]
  /**
   * Why this row maps the way it does, when it is a judgement rather than a direct match.
   */
  note?: string
}
/**
 * A policyc key (legal basis, transfer safeguard or right) and what it maps to.
 *
 * This interface was referenced by `MappingTable`'s JSON-Schema
 * via the `definition` "keyRow".
 */
export interface KeyRow {
  /**
   * The policyc key, as the policy format or the jurisdiction catalog spells it.
   */
  from: string
  /**
   * The target keys (from `values`) it maps to; empty when the target has no way to express it.
   */
  to: ValueKey[]
  /**
   * Why this row maps the way it does, when it is a judgement rather than a direct match.
   */
  note?: string
}
