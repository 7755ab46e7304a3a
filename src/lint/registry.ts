import categoryRetentionMissing from './rules/category-retention-missing.js'
import categoryUnused from './rules/category-unused.js'
import claimErasureContradicted from './rules/claim-erasure-contradicted.js'
import claimRetentionContradicted from './rules/claim-retention-contradicted.js'
import claimSaleContradicted from './rules/claim-sale-contradicted.js'
import claimThirdPartySharingContradicted from './rules/claim-third-party-sharing-contradicted.js'
import claimSensitiveDataContradicted from './rules/claim-sensitive-data-contradicted.js'
import cookieConsentMissing from './rules/cookie-consent-missing.js'
import effectiveDateOutOfRange from './rules/effective-date-out-of-range.js'
import entityUnreferenced from './rules/entity-unreferenced.js'
import exportUnmappedCategory from './rules/export-unmapped-category.js'
import legitimateInterestUndescribed from './rules/legitimate-interest-undescribed.js'
import noticeElementMissing from './rules/notice-element-missing.js'
import processorCategoryUnused from './rules/processor-category-unused.js'
import purposeBasisMissing from './rules/purpose-basis-missing.js'
import purposeBasisUnmapped from './rules/purpose-basis-unmapped.js'
import saleOptOutMissing from './rules/sale-opt-out-missing.js'
import sectionUnreachable from './rules/section-unreachable.js'
import specialCategoryConditionMissing from './rules/special-category-condition-missing.js'
import transferSafeguardMissing from './rules/transfer-safeguard-missing.js'
import unusedSuppression from './rules/unused-suppression.js'
import securityClaimContradicted from './rules/security-claim-contradicted.js'
import browserSignalContradicted from './rules/browser-signal-contradicted.js'
import behaviouralAdvertisingLegitimateInterests from './rules/behavioural-advertising-legitimate-interests.js'
import thirdPartySharingUnbalanced from './rules/third-party-sharing-unbalanced.js'
import plannedShownAsCurrent from './rules/planned-shown-as-current.js'
import entityNamedInconsistently from './rules/entity-named-inconsistently.js'
import directiveOutsideBody from './rules/directive-outside-body.js'
import onlyNested from './rules/only-nested.js'
import linkTargetMissing from './rules/link-target-missing.js'
import controllerEstablishmentNotStated from './rules/controller-establishment-not-stated.js'
import transferToolMissingUnderLaw from './rules/transfer-tool-missing-under-law.js'
import statedFactNotShown from './rules/stated-fact-not-shown.js'
import type { Rule } from './rule.js'

/**
 * Every lint rule, in the order they run. Explicit, like markdownlint's lib/rules: adding a rule
 * means adding its file under rules/ and a line here (a test checks the two agree).
 * unused-suppression must stay last: it reads which suppressions the others used.
 */
export const RULES: readonly Rule[] = [
  categoryUnused,
  categoryRetentionMissing,
  purposeBasisMissing,
  purposeBasisUnmapped,
  legitimateInterestUndescribed,
  specialCategoryConditionMissing,
  transferSafeguardMissing,
  processorCategoryUnused,
  entityUnreferenced,
  sectionUnreachable,
  claimSensitiveDataContradicted,
  claimRetentionContradicted,
  claimErasureContradicted,
  claimSaleContradicted,
  claimThirdPartySharingContradicted,
  cookieConsentMissing,
  saleOptOutMissing,
  effectiveDateOutOfRange,
  noticeElementMissing,
  exportUnmappedCategory,
  securityClaimContradicted,
  browserSignalContradicted,
  behaviouralAdvertisingLegitimateInterests,
  thirdPartySharingUnbalanced,
  plannedShownAsCurrent,
  entityNamedInconsistently,
  directiveOutsideBody,
  onlyNested,
  linkTargetMissing,
  controllerEstablishmentNotStated,
  transferToolMissingUnderLaw,
  statedFactNotShown,
  unusedSuppression,
]

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id)
}

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id)
