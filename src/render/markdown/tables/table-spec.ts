import type { BlockContent, PhrasingContent } from 'mdast'
import type { EntityKind } from '../../../resolve/model.js'
import type { Variant } from '../../../variant/variant.js'

/** One row; `entity` names what the row describes, so `:ref{id=…}` can link to it. */
export interface TableRow {
  entity?: { kind: EntityKind; id: string }
  cells: PhrasingContent[][]
}

/**
 * A table as data, before it becomes mdast: the same spec gives the GFM table of the Markdown
 * file and the captioned, row-headed table of the HTML page.
 */
export interface TableSpec {
  caption: string
  columns: readonly string[]
  rows: readonly TableRow[]
  /** Said instead of a table when there are no rows. */
  empty: string
  /** Blocks that follow the table, such as the supervisory authority after the rights. */
  after?: BlockContent[]
}

/** Builds one kind of table for a variant; undefined when it does not apply there (CCPA outside California). */
export type TableBuilder = (variant: Variant) => TableSpec | undefined
