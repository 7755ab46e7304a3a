import { readFileSync } from 'node:fs'
import type { Catalog, Jurisdiction } from '../generated/catalog.js'
import { packagePath } from '../package-root.js'

export type { Catalog, Jurisdiction }

let catalog: Catalog | undefined

/**
 * The built-in jurisdiction catalog (src/catalog/jurisdictions.json, valid against
 * schemas/catalog.schema.json — a test checks it), read once per process.
 */
export function loadCatalog(): Catalog {
  catalog ??= deepFreeze(JSON.parse(readFileSync(packagePath('src', 'catalog', 'jurisdictions.json'), 'utf8')) as Catalog)
  return catalog
}

/** The jurisdiction with this region id, or undefined. */
export function jurisdiction(id: string): Jurisdiction | undefined {
  return loadCatalog().jurisdictions.find((j) => j.id === id)
}

/** Region ids matched by a selector: an id, or a prefix pattern such as `us-*`. */
export function matchRegions(selector: string, regions: readonly string[]): string[] {
  if (selector.endsWith('*')) {
    const prefix = selector.slice(0, -1)
    return regions.filter((r) => r.startsWith(prefix))
  }
  return regions.filter((r) => r === selector)
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
