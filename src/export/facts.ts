/**
 * The questions every export asks of a model, answered in one place so the Apple manifest, the
 * Play form and the TILT document read the data the same way: what is collected, which purposes
 * and recipients touch a category, what counts as tracking and as sharing.
 */
import type { Category, Purpose, Recipient } from '../generated/policy.js'
import type { PolicyModel } from '../resolve/model.js'

export interface IndexedCategory {
  category: Category
  /** Index in `policy.categories`, for diagnostics at the category's place in the YAML. */
  index: number
}

/** The categories marked collected, in policy order. */
export function collectedCategories(model: PolicyModel): IndexedCategory[] {
  return model.policy.categories.flatMap((category, index) => (category.collected ? [{ category, index }] : []))
}

/** The purposes that use a category, in policy order. */
export function purposesUsing(model: PolicyModel, categoryId: string): Purpose[] {
  return model.policy.purposes.filter((purpose) => purpose.categories.includes(categoryId))
}

/**
 * The recipients that receive a category today: those that list it, or — when a recipient lists
 * no categories — those that serve a purpose using it. Planned recipients receive nothing yet.
 */
export function recipientsOf(model: PolicyModel, categoryId: string): Recipient[] {
  const purposeIds = new Set(purposesUsing(model, categoryId).map((p) => p.id))
  return (model.policy.recipients ?? []).filter((recipient) => {
    if (recipient.planned) return false
    if (recipient.categories) return recipient.categories.includes(categoryId)
    return (recipient.purposes ?? []).some((id) => purposeIds.has(id))
  })
}

/** The purposes for which a recipient receives a category (all of its purposes that use it). */
export function purposesOfRecipientFor(model: PolicyModel, recipient: Recipient, categoryId: string): Purpose[] {
  const ids = new Set(recipient.purposes ?? [])
  return purposesUsing(model, categoryId).filter((purpose) => ids.has(purpose.id))
}

/**
 * Tracking in Apple's sense (linking data with third parties' data for advertising, or sharing it
 * with data brokers) is what the policy marks as sharing for cross-context behavioural
 * advertising (`share`) or as targeted advertising.
 */
export function isTrackingPurpose(purpose: Purpose): boolean {
  return purpose.share === true || purpose['targeted-advertising'] === true
}

/**
 * Roles whose receipt is "sharing" in Google Play's sense. Processors (service providers),
 * authorities (legal requests), OAuth clients and other users (transfers the user starts) and an
 * acquirer (only if a sale happens) fall under the form's exceptions.
 */
const SHARING_ROLES: ReadonlySet<Recipient['role']> = new Set(['third-party', 'affiliate', 'business-partner'])

export function isSharingRecipient(recipient: Recipient): boolean {
  return SHARING_ROLES.has(recipient.role)
}

/** The region whose legal bases describe GDPR processing: eea, else uk, else none. */
export function gdprRegionId(model: PolicyModel): string | undefined {
  return ['eea', 'uk'].find((id) => model.policy.regions.includes(id))
}
