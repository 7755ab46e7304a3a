import { readFileSync } from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { parse as parsePlist } from 'plist'
import { expect } from 'vitest'
import type { Exports } from '../../src/generated/policy.js'
import { checkPolicies } from '../../src/pipeline.js'
import type { PolicyModel } from '../../src/resolve/model.js'
import { fixtures, root } from '../helpers/paths.js'

/** Every export on, whatever the policy says (XWMS turns none on). */
export const ALL_EXPORTS: Exports = { 'apple-privacy-manifest': true, 'google-data-safety': true, tilt: true }

export const SHOP = `${fixtures}export/shop`
export const ACME = `${root}policies/acme`
export const XWMS = `${root}policies/xwms`

/** Loads, validates and resolves one policy folder; fails the test on any error. */
export async function modelOf(path: string, cwd = root): Promise<PolicyModel> {
  const result = await checkPolicies([path], { cwd, lint: false })
  const errors = result.diagnostics.filter((d) => d.severity === 'error')
  expect(errors, errors.map((d) => `${d.file}:${d.start.line}:${d.start.column} ${d.reason}`).join('\n')).toEqual([])
  expect(result.models).toHaveLength(1)
  return result.models[0]!
}

/** ajv-formats is CommonJS: its function is the default export or that export's `default`. */
export function addFormats(ajv: unknown): void {
  const fn = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: unknown) => void
  fn(ajv)
}

let tilt: ValidateFunction | undefined

/**
 * The vendored TILT schema (draft-07), compiled once. Its patterns use `\:`, which is not valid
 * with the `u` flag ajv uses by default, hence `unicodeRegExp: false`.
 */
export function tiltValidator(): ValidateFunction {
  if (!tilt) {
    const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true })
    addFormats(ajv)
    tilt = ajv.compile(JSON.parse(readFileSync(`${fixtures}tilt/tilt-schema.json`, 'utf8')))
  }
  return tilt
}

/** The Apple manifest parsed back from its XML property list. */
export interface ParsedManifest {
  NSPrivacyTracking: boolean
  NSPrivacyTrackingDomains: string[]
  NSPrivacyCollectedDataTypes: { NSPrivacyCollectedDataType: string; NSPrivacyCollectedDataTypeLinked: boolean; NSPrivacyCollectedDataTypeTracking: boolean; NSPrivacyCollectedDataTypePurposes: string[] }[]
}

export function readManifest(xml: string): ParsedManifest {
  return parsePlist(xml) as unknown as ParsedManifest
}

/** A small RFC 4180 parser (quoted fields, doubled quotes, commas and line breaks inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') row.push(field), (field = '')
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '')
    else if (c !== '\r') field += c
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row)
  return rows
}

/** The CSV's answers by `question|response`. */
export function csvAnswers(csv: string): Map<string, string> {
  const [header, ...rows] = parseCsv(csv)
  expect(header).toEqual(['Question ID (machine readable)', 'Response ID (machine readable)', 'Response value', 'Answer requirement', 'Human-friendly question label'])
  for (const row of rows) expect(row).toHaveLength(5)
  return new Map(rows.map((r) => [`${r[0]}|${r[1]}`, r[2]!]))
}

export interface TiltDoc {
  meta: { _hash: string; url: string }
  dataDisclosed: { _id: string; category: string; purposes: { purpose: string }[]; recipients: { name: string }[] }[]
  thirdCountryTransfers: { country: string; adequacyDecision: { available: boolean }; standardDataProtectionClause: { available: boolean } }[]
}
