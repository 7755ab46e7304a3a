import { loadCatalog } from '../../catalog/catalog.js'
import type { Category, Purpose } from '../../generated/policy.js'
import { basisIn, type PolicyModel } from '../../resolve/model.js'
import { toCsv } from '../csv.js'
import { collectedCategories, isSharingRecipient, purposesOfRecipientFor, purposesUsing, recipientsOf } from '../facts.js'
import { mapCategory, sortedUnique } from '../map-category.js'
import { mapPurpose } from '../map-purpose.js'
import { loadMapping, type MappingTable } from '../mappings/load.js'
import type { Report } from '../report.js'
import { PLAY_CSV_HEADER, PLAY_LEADING_QUESTIONS, USAGE, type PlayQuestion } from './play-form.js'

/** What the form declares about one Play data type, merged over the categories that map to it. */
export interface DeclaredType {
  shared: boolean
  /** Required unless every category behind it is optional. */
  required: boolean
  collectionPurposes: string[]
  sharingPurposes: string[]
}

/** The form's answers, before they are laid out as CSV rows. */
export interface DataSafetyAnswers {
  collectsData: boolean
  /** true: users can request deletion; false: they cannot; undefined: the policy does not say. */
  deletionRequest: boolean | undefined
  deletionUrl: string | undefined
  types: ReadonlyMap<string, DeclaredType>
}

/**
 * Answers the Data safety form from the model.
 *
 * - Collected: every collected category that maps to a Play data type.
 * - Shared: received by a recipient whose role is not one of the form's exceptions (see
 *   `isSharingRecipient`); the sharing purposes are that recipient's purposes using the category.
 * - Optional: the category's `requirement` is `voluntary`, or it has none and every purpose using
 *   it relies on consent; anything else is required.
 * - Deletion: "no" when the policy limits erasure to deactivation (or does not offer it), "yes"
 *   when a served region grants erasure; the URL is the first web form or account-settings channel.
 * - Encrypted in transit, account creation and ephemeral processing are not in the policy format:
 *   encryption and account creation are left blank (Play Console asks for them on import) and
 *   ephemeral processing is answered "false", since a notice lists data that is kept.
 */
export function answerDataSafety(model: PolicyModel, report: Report): DataSafetyAnswers {
  const table = loadMapping('google-data-safety')
  const types = new Map<string, DeclaredType>()
  for (const { category, index } of collectedCategories(model)) {
    const keys = mapCategory(table, category).keys
    if (keys.length === 0) continue
    const purposes = purposesUsing(model, category.id)
    const collectionPurposes = purposes.flatMap((p) => mapPurpose(table, p))
    const sharing = recipientsOf(model, category.id).filter(isSharingRecipient)
    const sharingPurposes = sharing.flatMap((r) => purposesOfRecipientFor(model, r, category.id)).flatMap((p) => mapPurpose(table, p))
    // A category no purpose uses is the lint rule category-unused's to report; here only a
    // category whose purposes all lack a Play purpose.
    if (purposes.length > 0 && collectionPurposes.length === 0) {
      report({
        path: ['categories', index],
        ruleId: 'export-purpose-unmapped',
        reason: `Unexpected category \`${category.label}\` with no purpose the Google Play Data safety form knows, expected at least one`,
        hint: 'Give a purpose that uses it a `dpv` purpose term (see src/export/mappings/google-data-safety.json); Play Console rejects a data type without a purpose.',
      })
    }
    for (const key of keys) {
      const entry = types.get(key) ?? { shared: false, required: false, collectionPurposes: [], sharingPurposes: [] }
      entry.shared ||= sharing.length > 0
      entry.required ||= !isOptional(model, category, purposes)
      entry.collectionPurposes = sortedUnique([...entry.collectionPurposes, ...collectionPurposes])
      entry.sharingPurposes = sortedUnique([...entry.sharingPurposes, ...sharingPurposes])
      types.set(key, entry)
    }
  }
  return { collectsData: types.size > 0, deletionRequest: deletionRequest(model), deletionUrl: deletionUrl(model), types }
}

function isOptional(model: PolicyModel, category: Category, purposes: readonly Purpose[]): boolean {
  if (category.requirement) return category.requirement === 'voluntary'
  const home = model.policy.regions[0] ?? ''
  return purposes.length > 0 && purposes.every((p) => ['consent', 'express-consent'].includes(basisIn(p, home) ?? 'not-stated'))
}

function deletionRequest(model: PolicyModel): boolean | undefined {
  const { policy } = model
  const limit = policy.rights?.limits?.find((l) => l.right === 'right-erasure')
  if (limit && (limit.scope === 'not-offered' || limit.scope === 'account-deactivation-only')) return false
  if (policy.claims?.erasure === 'account-deactivation-only') return false
  const offered = loadCatalog().jurisdictions.some((j) => policy.regions.includes(j.id) && j.rights.some((r) => r.key === 'right-erasure'))
  return offered ? true : undefined
}

function deletionUrl(model: PolicyModel): string | undefined {
  const channels = model.policy.rights?.channels ?? []
  return (channels.find((c) => c.type === 'web-form' && c.url) ?? channels.find((c) => c.type === 'account-settings' && c.url))?.url
}

/**
 * Lays the answers out as the whole form, in Play Console's export order: the leading questions,
 * one row per data type, then each data type's usage block. Chosen answers read `true`, declined
 * yes/no questions `false`, and questions left open are empty, as in an exported form.
 */
export function renderDataSafetyCsv(answers: DataSafetyAnswers): string {
  const table = loadMapping('google-data-safety')
  const dataTypes = table.values.filter((v) => v.kind === 'data-type')
  const purposes = table.values.filter((v) => v.kind === 'purpose')
  const rows: string[][] = [[...PLAY_CSV_HEADER]]
  for (const question of PLAY_LEADING_QUESTIONS) rows.push(row(question, leadingAnswer(question, answers)))
  for (const type of dataTypes) {
    rows.push(row({ question: type.group ?? '', response: type.key, requirement: 'MULTIPLE_CHOICE', label: `${type.groupLabel} / ${type.label}` }, answers.types.has(type.key) ? 'true' : ''))
  }
  for (const type of dataTypes) rows.push(...usageRows(type.key, type.label, purposes, answers.types.get(type.key)))
  return toCsv(rows)
}

function leadingAnswer(question: PlayQuestion, answers: DataSafetyAnswers): string {
  switch (question.question) {
    case 'PSL_DATA_COLLECTION_COLLECTS_PERSONAL_DATA':
      return String(answers.collectsData)
    case 'PSL_SUPPORT_DATA_DELETION_BY_USER':
      if (answers.deletionRequest === undefined) return ''
      return question.response === (answers.deletionRequest ? 'DATA_DELETION_YES' : 'DATA_DELETION_NO') ? 'true' : ''
    case 'PSL_DATA_DELETION_URL':
      return answers.deletionRequest ? (answers.deletionUrl ?? '') : ''
    default:
      return ''
  }
}

function usageRows(type: string, label: string, purposes: readonly MappingTable['values'][number][], declared: DeclaredType | undefined): string[][] {
  const q = (suffix: string) => `${USAGE.prefix(type)}:${suffix}`
  const head = `Data usage and handling (${label})`
  const mark = (on: boolean | undefined) => (declared && on ? 'true' : '')
  const rows: string[][] = [
    row({ question: q(USAGE.collectionAndSharing), response: USAGE.onlyCollected, requirement: 'MULTIPLE_CHOICE', label: `${head} / Is this data collected, shared, or both? / Collected` }, mark(true)),
    row({ question: q(USAGE.collectionAndSharing), response: USAGE.onlyShared, requirement: 'MULTIPLE_CHOICE', label: `${head} / Is this data collected, shared, or both? / Shared` }, mark(declared?.shared)),
    row({ question: q(USAGE.ephemeral), response: '', requirement: 'MAYBE_REQUIRED', label: `${head} / Is this data processed ephemerally?` }, declared ? 'false' : ''),
    row({ question: q(USAGE.userControl), response: USAGE.optional, requirement: 'SINGLE_CHOICE', label: `${head} / Is this data required for your app, or can users choose whether it's collected? / Users can choose whether this data is collected` }, mark(declared && !declared.required)),
    row({ question: q(USAGE.userControl), response: USAGE.required, requirement: 'SINGLE_CHOICE', label: `${head} / Is this data required for your app, or can users choose whether it's collected? / Data collection is required (users can't turn off this data collection)` }, mark(declared?.required)),
  ]
  for (const purpose of purposes) {
    rows.push(row({ question: q(USAGE.collectionPurpose), response: purpose.key, requirement: 'MULTIPLE_CHOICE', label: `${head} / Why is this user data collected? Select all that apply. / ${purpose.label}` }, mark(declared?.collectionPurposes.includes(purpose.key))))
  }
  for (const purpose of purposes) {
    rows.push(row({ question: q(USAGE.sharingPurpose), response: purpose.key, requirement: 'MULTIPLE_CHOICE', label: `${head} / Why is this user data shared? Select all that apply. / ${purpose.label}` }, mark(declared?.shared && declared.sharingPurposes.includes(purpose.key))))
  }
  return rows
}

function row(question: PlayQuestion, value: string): string[] {
  return [question.question, question.response, value, question.requirement, question.label]
}
