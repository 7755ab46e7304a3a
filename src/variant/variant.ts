import type { Root } from 'mdast'
import type { ApplicableLaw } from '../applicability/index.js'
import type { Channel, Jurisdiction, PolicyModel, Section } from '../resolve/model.js'

/** The key of the variant that shows every region's sections, as the published notice does. */
export const GLOBAL = 'global'

/** The key (and output folder) of the page for readers outside every listed region; no region id can be spelled so. */
export const OUTSIDE = 'elsewhere'

/** How the law of a variant names things (from the catalog's `terminology`). */
export type Terminology = Jurisdiction['terminology']

/** One section as one reader gets it. */
export interface VariantSection {
  readonly section: Section
  /** Index in `policy.sections`: locates the body in the YAML for diagnostics. */
  readonly index: number
  /**
   * The body tree for this variant: the shared parsed tree itself when nothing in it depends on
   * the region, or a copy in which `only` blocks are resolved. Never mutated.
   */
  readonly tree: Root
  /** The regions this section is written for (every served region when it names none). */
  readonly regions: readonly Jurisdiction[]
  /** Whether the section names its regions; the global page labels such sections. */
  readonly scoped: boolean
}

/**
 * Policy × region: the view one reader gets. The global variant has every section (as the
 * published notice has) and labels region-specific text; a region variant has only the sections
 * and `only` blocks for its region, that region's rights, authority, terms and legal bases.
 */
export interface Variant {
  readonly model: PolicyModel
  /** `global` or the region id; also the output folder name of a region variant. */
  readonly key: string
  /** The region this variant is for; undefined for the global variant. */
  readonly region: Jurisdiction | undefined
  /** The regions whose readers this variant serves: all of them for the global variant. */
  readonly regions: readonly Jurisdiction[]
  readonly sections: readonly VariantSection[]
  /** The intro's tree (with `only` blocks resolved), if the policy has one. */
  readonly intro: Root | undefined
  readonly terms: Terminology
  /** The contact channels offered to this variant's readers. */
  readonly channels: readonly Channel[]
  /**
   * The laws that apply to this variant's readers (src/applicability): the region's own law first,
   * then those that reach the controller by establishment. On the global page, every served
   * region's laws. Page facts (authority, deadlines, transfer tools, bases, sensitive marks) are
   * stated only for these, each labelled with its law.
   */
  readonly laws: readonly ApplicableLaw[]
  /**
   * The page for readers outside every region the policy lists (`outside-page`, or a policy whose
   * `regions` is empty): no region, no law, only what the notice itself says.
   */
  readonly outside?: true
}
