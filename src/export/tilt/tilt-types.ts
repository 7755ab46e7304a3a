/**
 * The part of the TILT document (Transparency-Information-Language/schema, draft-07) that policyc
 * writes. Hand-written because the schema is vendored for tests only; the tests validate every
 * document against the real schema.
 */
export interface TiltRight {
  available: boolean
  description: string
  url?: string
  email?: string
  identificationEvidences?: string[]
}

export interface TiltLegalBasis {
  reference: string
  description: string
}

export interface TiltRecipient {
  name: string
  country?: string
  category: string
}

export interface TiltStorage {
  temporal: { description: string; ttl: string }[]
  purposeConditional: string[]
  legalBasisConditional: string[]
  aggregationFunction: 'max'
}

export interface TiltDataDisclosed {
  _id: string
  category: string
  purposes: { purpose: string; description: string }[]
  legalBases: TiltLegalBasis[]
  legitimateInterests: { exists: boolean; reasoning: string }[]
  recipients: TiltRecipient[]
  storage: TiltStorage[]
  nonDisclosure: { legalRequirement: boolean; contractualRegulation: boolean; obligationToProvide: boolean; consequences: string }
}

export interface TiltSafeguard {
  available: boolean
  description: string
}

export interface TiltTransfer {
  country: string
  adequacyDecision: TiltSafeguard
  appropriateGuarantees: TiltSafeguard
  presenceOfEnforceableRightsAndEffectiveRemedies: TiltSafeguard
  standardDataProtectionClause: TiltSafeguard
}

export interface TiltDocument {
  meta: { _id: string; name: string; created: string; modified: string; version: number; language: string; status: 'active'; url: string; _hash: string }
  controller: { name: string; address: string; country: string; representative: { name: string; email: string } }
  dataProtectionOfficer: { name: string; address: string; country: string; email: string }
  dataDisclosed: TiltDataDisclosed[]
  thirdCountryTransfers: TiltTransfer[]
  accessAndDataPortability: TiltRight & { dataFormats: string[] }
  sources: { _id: string; dataCategory: string; sources: { description: string; url: string; publiclyAvailable: boolean }[] }[]
  rightToInformation: TiltRight
  rightToRectificationOrDeletion: TiltRight
  rightToDataPortability: TiltRight
  rightToWithdrawConsent: TiltRight
  rightToComplain: TiltRight & { supervisoryAuthority?: { name: string } }
  automatedDecisionMaking: { inUse: boolean; logicInvolved: string; scopeAndIntendedEffects: string }
  changesOfPurpose: { description: string; affectedDataCategories: string[] }[]
}
