import type { Exports } from '../generated/policy.js'
import type { PolicyModel } from '../resolve/model.js'
import { collectedCategories, type IndexedCategory } from './facts.js'
import { canExpress, mapCategory } from './map-category.js'
import { loadMapping } from './mappings/load.js'
import { enabledTargets, TARGET_NAMES, type ExportTarget } from './targets.js'

/** A collected category that some turned-on export cannot express. */
export interface UnmappedCategory extends IndexedCategory {
  /** The turned-on targets that cannot express it, in EXPORT_TARGETS order. */
  targets: ExportTarget[]
}

/**
 * The collected categories that a turned-on export cannot map: neither a DPV term nor the CCPA
 * letter has a row in that export's table. Shared by the lint rule `export-unmapped-category` and
 * by the export writer, so both report the same thing.
 */
export function unmappedCategories(model: PolicyModel, override?: Exports): UnmappedCategory[] {
  const targets = enabledTargets(model.policy, override)
  const found: UnmappedCategory[] = []
  for (const entry of collectedCategories(model)) {
    const missing = targets.filter((target) => !canExpress(mapCategory(loadMapping(target), entry.category)))
    if (missing.length > 0) found.push({ ...entry, targets: missing })
  }
  return found
}

/** "Category `Client data` cannot be mapped to the Apple privacy manifest or …". */
export function unmappedReason(entry: UnmappedCategory): string {
  const names = entry.targets.map((t) => TARGET_NAMES[t])
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`
  return `Unexpected collected category \`${entry.category.label}\` that cannot be mapped to ${list}, expected a \`dpv\` term or \`ccpa\` letter the export knows`
}

/** What to add; names the DPV terms the category has that no table knows. */
export function unmappedHint(entry: UnmappedCategory): string {
  const terms = entry.category.dpv ?? []
  const known = terms.length > 0 ? ` Its terms ${terms.map((t) => `\`${t}\``).join(', ')} have no row.` : ''
  const files = entry.targets.map((t) => `src/export/mappings/${t}.json`).join(', ')
  return `Add a W3C DPV term such as \`pd:EmailAddress\` to \`dpv\`, or a \`ccpa\` letter, that describes the data.${known} The mappings are in ${files}.`
}

/** Where to report: the category's `dpv` list when it has one, else its id. */
export function unmappedPath(entry: UnmappedCategory): (string | number)[] {
  return entry.category.dpv ? ['categories', entry.index, 'dpv'] : ['categories', entry.index, 'id']
}
