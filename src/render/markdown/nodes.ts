import type { BlockContent, Parent, PhrasingContent, Table } from 'mdast'
import type { TableKind } from '../../prose/directives.js'

/**
 * The nodes policyc adds to mdast. Directives are expanded into these (and into plain mdast), so
 * the one tree of a variant carries everything both outputs need: the Markdown handlers and the
 * HTML handlers each read the fields meant for them.
 */

/** A data table pulled in by `::table{of=…}`, with the caption HTML shows and Markdown prints. */
export interface PolicyTable extends Parent {
  type: 'policyTable'
  /** The directive's table, or `coverage` for the site's coverage matrix (same accessible markup). */
  kind: TableKind | 'coverage'
  caption: string
  /** Id of the HTML caption (unique on the page); the scrolling wrapper is labelled by it. */
  captionId: string
  children: [Table]
}

/**
 * A link to something on the same page: `:ref{id=…}` or a `[text](#id)` link. The two formats
 * anchor things differently (HTML rows and section ids, Markdown heading slugs), so each target is
 * resolved for both; a target that is not on this variant's page leaves plain text.
 */
export interface CrossRef extends Parent {
  type: 'crossRef'
  /** `#fragment` on the HTML page, or undefined for plain text. */
  htmlHref: string | undefined
  /** `#fragment` in the Markdown file, or undefined for plain text. */
  markdownHref: string | undefined
  children: PhrasingContent[]
}

/** An `only` block on the global page, which shows every region's text with a label. */
export interface RegionOnly extends Parent {
  type: 'regionOnly'
  /** "Only in California:" */
  label: string
  children: BlockContent[]
}

declare module 'mdast' {
  interface RootContentMap {
    policyTable: PolicyTable
    crossRef: CrossRef
    regionOnly: RegionOnly
  }
  interface BlockContentMap {
    policyTable: PolicyTable
    regionOnly: RegionOnly
  }
  interface PhrasingContentMap {
    crossRef: CrossRef
  }
}
