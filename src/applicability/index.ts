/**
 * Which laws apply to a reader, and what each of them says on that reader's page: the authority,
 * the response deadline, the transfer tools, the legal bases and the sensitive-data marks. Plain
 * data from the catalog and the policy, read by the variant, render and lint stages.
 */
export { applicableLaws, establishmentsOf, lawLabel, type ApplicableLaw, type Reach } from './applicable-laws.js'
export { authorityFor, complaintListFor, type ComplaintList, type NamedAuthority } from './authority.js'
export { promiseIsStricter, type Deadline } from './deadline.js'
export { sensitiveUnder, type SensitiveKind } from './sensitive.js'
export { territoryOf, toolLabel, transferToolsFor, type LawTransfer, type Mechanism, type TransferTool } from './transfer-tools.js'
export { basisCitation, basisValidIn } from './bases.js'
