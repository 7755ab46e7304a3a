import type { BlockContent, PhrasingContent } from 'mdast'
import type { EntityKind } from '../../../resolve/model.js'
import type { Variant } from '../../../variant/variant.js'
import type { TableKind } from '../../../prose/directives.js'
import { passesFilters } from '../../../prose/table-filters.js'

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

/** The spec with only the rows whose entity passes the directive's filters (`source=you`). */
export function filteredSpec(spec: TableSpec, kind: TableKind, filters: readonly [string, string][], variant: Variant): TableSpec {
  if (filters.length === 0) return spec
  const { model } = variant
  const entity = (id: string) => {
    const entry = model.entities.get(id)
    return entry ? getIn(model.policy, entry.path) : undefined
  }
  return { ...spec, rows: spec.rows.filter((row) => row.entity !== undefined && passesFilters(kind, entity(row.entity.id), filters)) }
}

function getIn(value: unknown, path: readonly (string | number)[]): unknown {
  let node = value
  for (const step of path) node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[step] : undefined
  return node
}
