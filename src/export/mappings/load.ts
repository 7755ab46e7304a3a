import { readFileSync } from 'node:fs'
import { deepFreeze } from '../../catalog/catalog.js'
import type { MappingTable } from '../../generated/mappings.js'
import { packagePath } from '../../package-root.js'
import type { ExportTarget } from '../targets.js'

export type { MappingTable }

const tables = new Map<ExportTarget, MappingTable>()

/**
 * The mapping table of one export (src/export/mappings/<target>.json, valid against
 * schemas/mappings.schema.json — a test checks it), read once per process. Read as data rather
 * than imported so the tables ship as they are and stay editable without touching code.
 */
export function loadMapping(target: ExportTarget): MappingTable {
  let table = tables.get(target)
  if (!table) {
    table = deepFreeze(JSON.parse(readFileSync(packagePath('src', 'export', 'mappings', `${target}.json`), 'utf8')) as MappingTable)
    tables.set(target, table)
  }
  return table
}

/** The target keys a row list gives for one source key (empty when it has no row). */
export function rowTargets(rows: readonly { from: string; to: readonly string[] }[] | undefined, from: string): readonly string[] {
  return rows?.find((row) => row.from === from)?.to ?? []
}

/** A value of the table's vocabulary by key; throws for a key the table does not declare (a bug in the table). */
export function valueOf(table: MappingTable, key: string): MappingTable['values'][number] {
  const value = table.values.find((v) => v.key === key)
  if (!value) throw new Error(`policyc: mapping table \`${table.target}\` maps to \`${key}\`, which its values do not declare`)
  return value
}
