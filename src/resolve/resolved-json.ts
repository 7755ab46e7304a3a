import { applicableLaws, authorityFor } from '../applicability/index.js'
import { matchRegions } from '../catalog/catalog.js'
import { basisIn, type PolicyModel } from './model.js'

/** Version of the `policy.json` shape; bumped when a field changes meaning or disappears. */
export const MODEL_FORMAT = 'policyc-model/1'

/**
 * The resolved model as `policy.json`: the source data with every cross-reference made explicit
 * in both directions (which purposes use a category, who receives it, how long it is kept), the
 * legal basis of each purpose per region, and each region's rights and authority from the
 * catalog. It is what consent banners and audits read, so its shape is stable and documented in
 * the README; key order is fixed so the file is byte-identical for the same sources.
 */
export function resolvedModel(model: PolicyModel): Record<string, unknown> {
  const { policy } = model
  const served = policy.regions
  const recipients = policy.recipients ?? []
  const retention = policy.retention ?? []
  const purposesUsing = (categoryId: string) => policy.purposes.filter((p) => p.categories.includes(categoryId)).map((p) => p.id)
  return {
    format: MODEL_FORMAT,
    id: policy.id,
    kind: policy.kind,
    title: policy.title,
    ...(policy.version !== undefined ? { version: policy.version } : {}),
    effective: policy.effective,
    language: policy.language,
    controller: policy.controller,
    ...(policy.representatives ? { representatives: policy.representatives } : {}),
    ...(policy.dpo ? { dpo: policy.dpo } : {}),
    regions: model.regions.map((region) => ({
      id: region.id,
      name: region.name,
      family: region.family,
      codes: region.codes,
      laws: region.laws.map((law) => law.short),
      // The authority the region's page names (src/applicability): the lead one for the EEA, none for US states.
      ...authorityEntry(policy, region),
      'applicable-laws': applicableLaws(policy, region).map(({ jurisdiction, reaches }) => ({ region: jurisdiction.id, laws: jurisdiction.laws.map((law) => law.short), reaches })),
      terminology: region.terminology,
      rights: region.rights.map((right) => ({ key: right.key, name: right.name, citation: right.citation })),
    })),
    categories: policy.categories.map((category) => ({
      ...category,
      purposes: purposesUsing(category.id),
      recipients: recipients.filter((r) => r.categories?.includes(category.id)).map((r) => r.id),
      retention: retention.filter((r) => r.categories.includes(category.id)).map((r) => r.id),
    })),
    ...(policy.claims ? { claims: policy.claims } : {}),
    purposes: policy.purposes.map((purpose) => ({
      ...purpose,
      bases: Object.fromEntries(served.map((region) => [region, basisIn(purpose, region)])),
      recipients: recipients.filter((r) => r.purposes?.includes(purpose.id)).map((r) => r.id),
    })),
    recipients,
    retention,
    cookies: policy.cookies ?? [],
    ...(policy.rights ? { rights: policy.rights } : {}),
    ...(policy.signals ? { signals: policy.signals } : {}),
    ...(policy.children ? { children: policy.children } : {}),
    ...(policy['automated-decisions'] ? { 'automated-decisions': policy['automated-decisions'] } : {}),
    ...(policy.incentives ? { incentives: policy.incentives } : {}),
    // What the notice states in its own words, as written (only when stated, so older files are unchanged).
    ...(policy['security-measures'] ? { 'security-measures': policy['security-measures'] } : {}),
    ...(policy['document-history'] ? { 'document-history': policy['document-history'] } : {}),
    ...(policy['processing-by-others'] ? { 'processing-by-others': policy['processing-by-others'] } : {}),
    ...(policy['transfer-statements'] ? { 'transfer-statements': policy['transfer-statements'] } : {}),
    ...(policy['parent-policy'] ? { 'parent-policy': policy['parent-policy'] } : {}),
    sections: policy.sections.map((section) => ({
      id: section.id,
      title: section.title,
      ...(section.summary !== undefined ? { summary: section.summary } : {}),
      regions: section.regions ? [...new Set(section.regions.flatMap((s) => matchRegions(s, served)))] : [...served],
      material: section.material ?? true,
      body: section.body,
    })),
    ...(policy.exports ? { exports: policy.exports } : {}),
  }
}

function authorityEntry(policy: PolicyModel['policy'], region: PolicyModel['regions'][number]): { authority?: { name: string; url: string } } {
  const authority = authorityFor(policy, region)
  return authority ? { authority: { name: authority.name, url: authority.url } } : {}
}
