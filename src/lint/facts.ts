/**
 * Small questions rules and coverage evaluators ask of a model, answered in one place so every
 * rule reads the data the same way (what counts as collected, sensitive, a transfer, consent…).
 */
import { territoryOf } from '../applicability/transfer-tools.js'
import type { Jurisdiction } from '../catalog/catalog.js'
import type { Category, LegalBasis, Purpose, Recipient } from '../generated/policy.js'
import { basisIn, possibleBases, type PolicyModel } from '../resolve/model.js'

export type Element = Jurisdiction['elements'][number]

export interface Indexed<T> {
  item: T
  index: number
}

/** Items of a list with their index in it, so a rule can report at `[list, index, …]`. */
export function indexed<T>(items: readonly T[] | undefined): Indexed<T>[] {
  return (items ?? []).map((item, index) => ({ item, index }))
}

export function collectedCategories(model: PolicyModel): Indexed<Category>[] {
  return indexed(model.policy.categories).filter(({ item }) => item.collected)
}

/** Sensitive in US state law or a special category under GDPR Art 9/10. */
export function isSensitive(category: Category): boolean {
  return category.sensitive === true || category['special-category'] === true
}

/** "`Biometric information` (CCPA E)": how messages name a category. */
export function nameCategory(category: Category): string {
  return `\`${category.label}\`${category.ccpa ? ` (CCPA ${category.ccpa})` : ''}`
}

/** The regions served whose law belongs to the GDPR family (eea, uk). */
export function gdprRegions(model: PolicyModel): Jurisdiction[] {
  return model.regions.filter((r) => r.family === 'gdpr')
}

/** The ISO 3166-1 countries a region covers (US-CA → US; the EEA → its member states and `EU`): the territory its transfer rules start from. */
export function homeCountries(region: Jurisdiction): ReadonlySet<string> {
  return territoryOf(region)
}

/**
 * Countries outside a region that a recipient gets data in: any country other than the region's
 * own, whether or not its law finds that country adequate. GDPR Art 13(1)(f) (and UK GDPR Art
 * 13(1)(f)) asks for "the fact that the controller intends to transfer personal data to a third
 * country" with "the existence or absence of an adequacy decision", so a transfer to Japan is one
 * to disclose, only without a safeguard to name (`adequateUnder`, applicability/transfer-tools.ts, says which need one).
 */
export function transferCountries(recipient: Recipient, region: Jurisdiction): string[] {
  const home = homeCountries(region)
  return (recipient.countries ?? []).filter((c) => !home.has(c))
}

export function elementOf(region: Jurisdiction, key: string): Element | undefined {
  return region.elements.find((e) => e.key === key)
}

/** The served regions that require (R, or C) an element, with the element. */
export function regionsRequiring(model: PolicyModel, key: string): { region: Jurisdiction; element: Element }[] {
  const found: { region: Jurisdiction; element: Element }[] = []
  for (const region of model.regions) {
    const element = elementOf(region, key)
    if (element && element.level !== 'B') found.push({ region, element })
  }
  return found
}

export const CONSENT_BASES: ReadonlySet<LegalBasis> = new Set(['consent', 'express-consent', 'implied-consent'])
export const INTEREST_BASES: ReadonlySet<LegalBasis> = new Set(['legitimate-interests', 'recognised-legitimate-interest'])

/** Where a purpose's basis for a region is written: its `basis-by-region` entry, or `basis`. */
export function basisPath(purpose: Purpose, index: number, region: string): (string | number)[] {
  return purpose['basis-by-region']?.[region] !== undefined ? ['purposes', index, 'basis-by-region', region] : ['purposes', index, 'basis']
}

export { basisIn, possibleBases }

/** Whether a purpose sells or shares personal information in the CCPA sense, or targets ads. */
export function sellsOrShares(purpose: Purpose): boolean {
  return purpose.sale === true || purpose.share === true || purpose['targeted-advertising'] === true
}

/** "a, b and 3 more": a short list for messages that could name many regions. */
export function listShort(items: readonly string[], max = 4): string {
  if (items.length <= max) return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`
}

/** The first citation of an element across regions, for a message that cites "the law". */
export function citationOf(found: readonly { region: Jurisdiction; element: Element }[]): string {
  return listShort([...new Set(found.map((f) => f.element.citation))], 2)
}

/** Whether a purpose's basis is one of `bases`; a purpose with no basis stated (a notice with `bases-relied-on` only) is in none. */
export function isBasisIn(bases: ReadonlySet<string>, basis: string | undefined): boolean {
  return basis !== undefined && bases.has(basis)
}
