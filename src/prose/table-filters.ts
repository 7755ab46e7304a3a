import type { TableKind } from './directives.js'

/**
 * Filters on `::table{of=… key=value}`: one table per source, per role or per group, as a notice
 * lays its data out (`::table{of=categories source=you}`, `::table{of=cookies type=advertising}`,
 * `::table{of=categories group=account}`). Each filter names a field of the entities the table
 * lists; a list field (`sources`) matches when it holds the value.
 */
export const TABLE_FILTERS: Readonly<Partial<Record<TableKind, Readonly<Record<string, string>>>>> = {
  categories: { source: 'sources', group: 'group' },
  purposes: { group: 'group' },
  recipients: { role: 'role', group: 'group' },
  cookies: { type: 'type', technology: 'technology', group: 'group' },
}

/** Every filter attribute any table accepts (the directive registry lists them). */
export const FILTER_ATTRIBUTES: readonly string[] = [...new Set(Object.values(TABLE_FILTERS).flatMap((f) => Object.keys(f ?? {})))].sort()

/** The filters written on a table directive: its attributes other than `of` and `caption`. */
export function filtersOf(attributes: Readonly<Record<string, string | null | undefined>> | null | undefined): [string, string][] {
  return Object.entries(attributes ?? {}).filter((entry): entry is [string, string] => entry[0] !== 'of' && entry[0] !== 'caption' && typeof entry[1] === 'string')
}

/** Whether an entity passes every filter of a table of this kind. */
export function passesFilters(kind: TableKind, entity: unknown, filters: readonly [string, string][]): boolean {
  const fields = TABLE_FILTERS[kind] ?? {}
  return filters.every(([key, value]) => {
    const field = fields[key]
    if (field === undefined) return false
    const actual = (entity as Record<string, unknown> | undefined)?.[field]
    return Array.isArray(actual) ? actual.includes(value) : actual === value
  })
}
