import type { Jurisdiction } from '../catalog/catalog.js'
import type { Category } from '../generated/policy.js'

export type SensitiveKind = NonNullable<Category['sensitive-kinds']>[number]

/**
 * Whether a law counts a category as sensitive. With `sensitive-kinds`, when the law lists one of
 * them (CPRA SPI, VCDPA, CPA, TDPSA … differ: payment data is SPI in California, not sensitive data
 * in Virginia or Texas). Without kinds, only what the flags themselves state: `sensitive` is
 * defined by CCPA §1798.140(ae) (California), `special-category` by GDPR Art 9(1) (the GDPR
 * family; FADP Art 5(c) lists the same and more).
 */
export function sensitiveUnder(category: Category, law: Jurisdiction): boolean {
  const kinds = category['sensitive-kinds']
  const listed = law['sensitive-data']?.kinds
  if (kinds?.length && listed) return kinds.some((kind) => listed.includes(kind))
  if (law.family === 'gdpr' || law.family === 'fadp') return category['special-category'] === true
  if (law.id === 'us-ca') return category.sensitive === true
  return false
}
