import { authorityFor } from '../../applicability/index.js'
import { jurisdiction, loadCatalog } from '../../catalog/catalog.js'
import type { Category, Purpose, Recipient, RetentionRule } from '../../generated/policy.js'
import { basisIn, type PolicyModel } from '../../resolve/model.js'
import { collectedCategories, gdprRegionId, purposesUsing, recipientsOf } from '../facts.js'
import { rowTargets, loadMapping, valueOf, type MappingTable } from '../mappings/load.js'
import type { Report } from '../report.js'
import type { TiltDataDisclosed, TiltDocument, TiltLegalBasis, TiltRight, TiltStorage, TiltTransfer } from './tilt-types.js'

export interface TiltOptions {
  /** The notice's address (absolute with --base-url, else relative to the site root). */
  url: string
  /** The sha-256 content hash of the global notice (see src/export/consent/), 64 hex digits. */
  hash: string
}

/**
 * Builds the TILT document: GDPR transparency information (Art 13/14) as data. Categories are free
 * text in TILT, so every collected category appears in `dataDisclosed`. Legal bases are those of
 * the policy's GDPR region (eea, else uk). Where TILT requires an object the policy does not have
 * (a representative, a DPO), it is filled with the controller's own privacy contact, which is who a
 * reader would reach; that choice is documented in the README.
 */
export function buildTilt(model: PolicyModel, options: TiltOptions, report: Report): TiltDocument {
  const table = loadMapping('tilt')
  const { policy } = model
  const contactEmail = policy.controller.email ?? policy.dpo?.email ?? policy.rights?.channels.find((c) => c.email)?.email
  if (!contactEmail) {
    report({
      path: ['controller'],
      ruleId: 'export-tilt-contact-missing',
      severity: 'error',
      reason: 'Unexpected controller without an email address, expected one for the TILT document',
      hint: 'Add `email` to `controller`: TILT requires a contact email for the controller and the data protection officer.',
    })
  }
  const gdprRegion = gdprRegionId(model)
  const representative = policy.representatives?.find((r) => r.region === gdprRegion)
  return {
    meta: {
      _id: policy.id,
      name: `${policy.controller.name} ${policy.title}`,
      created: policy.effective,
      modified: policy.effective,
      version: versionNumber(policy.version),
      language: policy.language.split('-')[0]!,
      status: 'active',
      url: options.url,
      _hash: options.hash,
    },
    controller: {
      name: policy.controller['legal-name'] ?? policy.controller.name,
      address: policy.controller.address ?? '',
      country: policy.controller.country!,
      representative: { name: representative?.name ?? policy.controller.name, email: representative?.email ?? contactEmail ?? '' },
    },
    dataProtectionOfficer: {
      name: policy.dpo ? (policy.dpo.name ?? 'Data protection officer') : policy.controller.name,
      address: policy.dpo?.address ?? policy.controller.address ?? '',
      country: policy.controller.country!,
      email: policy.dpo?.email ?? contactEmail ?? '',
    },
    dataDisclosed: collectedCategories(model).map(({ category }) => disclosed(model, table, category, gdprRegion)),
    thirdCountryTransfers: transfers(model, table),
    accessAndDataPortability: { ...right(model, table, 'accessAndDataPortability', gdprRegion), dataFormats: [] },
    sources: sources(model, options.url),
    rightToInformation: right(model, table, 'rightToInformation', gdprRegion),
    rightToRectificationOrDeletion: right(model, table, 'rightToRectificationOrDeletion', gdprRegion),
    rightToDataPortability: right(model, table, 'rightToDataPortability', gdprRegion),
    rightToWithdrawConsent: right(model, table, 'rightToWithdrawConsent', gdprRegion),
    rightToComplain: complain(model, table, gdprRegion),
    automatedDecisionMaking: {
      inUse: (policy['automated-decisions'] ?? []).length > 0,
      logicInvolved: (policy['automated-decisions'] ?? []).map((d) => d.logic).join('\n\n'),
      scopeAndIntendedEffects: (policy['automated-decisions'] ?? []).map((d) => `${d.description} ${d.consequences}`).join('\n\n'),
    },
    changesOfPurpose: [],
  }
}

/** TILT wants an integer: the leading number of the policy's version label ("3.0" → 3), else 1. */
function versionNumber(label: string | undefined): number {
  const major = Number.parseInt(label ?? '', 10)
  return Number.isInteger(major) && major >= 1 ? major : 1
}

function disclosed(model: PolicyModel, table: MappingTable, category: Category, gdprRegion: string | undefined): TiltDataDisclosed {
  const purposes = purposesUsing(model, category.id)
  const requirement = category.requirement
  return {
    _id: category.id,
    category: category.label,
    purposes: purposes.map((p) => ({ purpose: p.label, description: p.description ?? p.label })),
    legalBases: legalBases(table, category, purposes, gdprRegion),
    legitimateInterests: purposes
      .filter((p) => (gdprRegion ? basisIn(p, gdprRegion) : p.basis) === 'legitimate-interests')
      .map((p) => ({ exists: true, reasoning: p['legitimate-interest'] ?? '' })),
    recipients: recipientsOf(model, category.id).map((r) => ({ name: r.name, ...(r.countries?.[0] ? { country: r.countries[0] } : {}), category: ROLE_NAMES[r.role] })),
    storage: storage((model.policy.retention ?? []).filter((rule) => rule.categories.includes(category.id))),
    nonDisclosure: {
      legalRequirement: requirement === 'statutory',
      contractualRegulation: requirement === 'contractual',
      obligationToProvide: requirement === 'statutory' || requirement === 'contractual' || requirement === 'required-for-contract',
      consequences: category['if-not-provided'] ?? '',
    },
  }
}

/** One entry per TILT reference, naming the purposes that rely on it. */
function legalBases(table: MappingTable, category: Category, purposes: readonly Purpose[], gdprRegion: string | undefined): TiltLegalBasis[] {
  const byReference = new Map<string, string[]>()
  const add = (key: string | undefined, purpose: Purpose) => {
    for (const reference of key ? rowTargets(table.legalBases, key) : []) byReference.set(reference, [...(byReference.get(reference) ?? []), purpose.label])
  }
  for (const purpose of purposes) {
    add(gdprRegion ? basisIn(purpose, gdprRegion) : purpose.basis, purpose)
    if (category['special-category']) add(purpose['special-condition'], purpose)
  }
  return [...byReference.keys()].sort().map((reference) => ({ reference, description: `${valueOf(table, reference).label}: ${byReference.get(reference)!.join('; ')}` }))
}

const NAMED_PERIODS: Readonly<Record<string, string>> = {
  'account-lifetime': 'Kept for as long as the account exists.',
  'until-consent-withdrawn': 'Kept until consent is withdrawn.',
  'until-purpose-fulfilled': 'Kept until the purpose is fulfilled.',
  session: 'Kept for the session only.',
  indefinite: 'Kept without a set end.',
  'not-stated': 'The notice does not state how long this is kept.',
}

/** The category's retention rules as one TILT storage entry: durations are `temporal`, named triggers `purposeConditional`. */
function storage(rules: readonly RetentionRule[]): TiltStorage[] {
  if (rules.length === 0) return []
  const describe = (rule: RetentionRule) =>
    [rule.after ? `Counted from ${rule.after}.` : '', rule.then ? `Then: ${rule.then}.` : '', rule.reason ?? '', rule.exceptions ?? ''].filter(Boolean).join(' ') || rule.id
  return [
    {
      temporal: rules.filter((r) => r.period.startsWith('P')).map((r) => ({ description: describe(r), ttl: r.period })),
      purposeConditional: rules.filter((r) => !r.period.startsWith('P')).map((r) => `${NAMED_PERIODS[r.period] ?? r.period} ${describe(r)}`.trim()),
      legalBasisConditional: [],
      aggregationFunction: 'max',
    },
  ]
}

const ROLE_NAMES: Readonly<Record<Recipient['role'], string>> = {
  processor: 'Processor',
  'third-party': 'Third party',
  affiliate: 'Affiliate',
  'business-partner': 'Business partner',
  'oauth-client': 'App the user connects (OAuth client)',
  'other-users': 'Other users of the service',
  authority: 'Public authority',
  acquirer: 'Buyer or successor of the business',
  public: 'The public',
  'customer-organisation': 'The organisation that administers the user\'s account',
  'not-stated': 'Not stated',
}

/** Countries outside the EEA that recipients process data in, with the safeguards that cover them. */
function transfers(model: PolicyModel, table: MappingTable): TiltTransfer[] {
  const eea = new Set([...(loadCatalog()['eea-countries'] ?? []), 'EU'])
  const byCountry = new Map<string, TiltTransfer>()
  const recipients = (model.policy.recipients ?? []).filter((r) => !r.planned)
  for (const recipient of recipients) {
    for (const country of recipient.countries ?? []) {
      if (eea.has(country)) continue
      const entry = byCountry.get(country) ?? emptyTransfer(country)
      const fields = recipient.transfer ? rowTargets(table.transfers, recipient.transfer) : []
      const how = recipient.transfer ? `\`${recipient.transfer}\`` : 'no safeguard stated'
      for (const field of fields) {
        const safeguard = entry[field as keyof Omit<TiltTransfer, 'country'>]
        safeguard.available = true
        safeguard.description = [safeguard.description, `${recipient.name} (${how})`].filter(Boolean).join('; ')
      }
      if (fields.length === 0) {
        const note = entry.presenceOfEnforceableRightsAndEffectiveRemedies
        note.description = [note.description, `${recipient.name} (${how}: no GDPR Art 45/46 safeguard)`].filter(Boolean).join('; ')
      }
      byCountry.set(country, entry)
    }
  }
  return [...byCountry.keys()].sort().map((country) => byCountry.get(country)!)
}

function emptyTransfer(country: string): TiltTransfer {
  const none = () => ({ available: false, description: '' })
  return { country, adequacyDecision: none(), appropriateGuarantees: none(), presenceOfEnforceableRightsAndEffectiveRemedies: none(), standardDataProtectionClause: none() }
}

const SOURCE_NAMES: Readonly<Record<NonNullable<Category['sources']>[number], string>> = {
  you: 'Provided by the person',
  automatic: 'Collected automatically when the service is used',
  'third-party': 'Received from third parties',
  public: 'Taken from public sources',
  'social-login': 'Received from the social network the person signs in with',
  clients: 'Received from business customers (clients)',
  'other-users': 'Received from other users of the service',
  inferred: 'Inferred from other data',
  affiliates: 'Received from affiliated companies',
  'own-service': 'Received from another service of the same controller',
}

function sources(model: PolicyModel, noticeUrl: string): TiltDocument['sources'] {
  const url = model.policy.controller.website ?? noticeUrl
  return collectedCategories(model)
    .filter(({ category }) => (category.sources ?? []).length > 0)
    .map(({ category }) => ({
      _id: category.id,
      dataCategory: category.label,
      sources: (category.sources ?? []).map((source) => ({ description: SOURCE_NAMES[source], url, publiclyAvailable: source === 'public' })),
    }))
}

type RightField = 'rightToInformation' | 'accessAndDataPortability' | 'rightToRectificationOrDeletion' | 'rightToDataPortability' | 'rightToWithdrawConsent' | 'rightToComplain'

/**
 * A TILT right object: available when the GDPR region's catalog grants one of the rights the table
 * maps to this field (and the policy does not mark it `not-offered`); how to exercise it comes from
 * the policy's channels and verification text.
 */
function right(model: PolicyModel, table: MappingTable, field: RightField, gdprRegion: string | undefined): TiltRight {
  const { policy } = model
  const keys = (table.rights ?? []).filter((row) => row.to.includes(field)).map((row) => row.from)
  const granted = grantedRights(model, gdprRegion).filter((r) => keys.includes(r.key))
  const limits = (policy.rights?.limits ?? []).filter((l) => keys.includes(l.right))
  const available = granted.some((r) => !limits.some((l) => l.right === r.key && l.scope === 'not-offered'))
  const channels = policy.rights?.channels ?? []
  const url = (channels.find((c) => c.type === 'web-form' && c.url) ?? channels.find((c) => c.url))?.url
  const email = channels.find((c) => c.email)?.email ?? policy.controller.email
  const description = [
    ...granted.map((r) => `${r.name} (${r.citation}).`),
    ...limits.map((l) => l.description ?? `Limited in practice: ${l.scope}.`),
    policy.rights?.['response-time'] ? `Answered within ${policy.rights['response-time']}.` : '',
    policy.rights?.fee ?? '',
  ]
    .filter(Boolean)
    .join(' ')
  return {
    available,
    description,
    ...(url ? { url } : {}),
    ...(email ? { email } : {}),
    identificationEvidences: policy.rights?.verification ? [policy.rights.verification] : [],
  }
}

function complain(model: PolicyModel, table: MappingTable, gdprRegion: string | undefined): TiltDocument['rightToComplain'] {
  const base = right(model, table, 'rightToComplain', gdprRegion)
  // The authority the region's page names (src/applicability): the lead one, picked from the controller's EEA establishment.
  const region = gdprRegion ? jurisdiction(gdprRegion) : undefined
  const authority = region ? authorityFor(model.policy, region) : undefined
  const complaints = model.policy.rights?.complaints
  return {
    ...base,
    description: [base.description, complaints ?? ''].filter(Boolean).join(' '),
    ...(authority ? { supervisoryAuthority: { name: authority.name } } : {}),
  }
}

/** The rights the GDPR region's catalog entry grants (every served region's, when there is none). */
function grantedRights(model: PolicyModel, gdprRegion: string | undefined): { key: string; name: string; citation: string }[] {
  const regions = gdprRegion ? model.regions.filter((r) => r.id === gdprRegion) : model.regions
  const seen = new Map<string, { key: string; name: string; citation: string }>()
  for (const region of regions) for (const r of region.rights) if (!seen.has(r.key)) seen.set(r.key, { key: r.key, name: r.name, citation: r.citation ?? region.name })
  return [...seen.values()]
}
