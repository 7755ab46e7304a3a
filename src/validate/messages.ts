import type { ErrorObject } from 'ajv'
import { diagnose, type Diagnostic, type Location } from '../diagnostics/diagnostic.js'
import { suggestion } from '../diagnostics/did-you-mean.js'
import type { DataPath } from '../load/locate.js'
import type { JsonSchema } from './schemas.js'

/** Finds the file:line:col of a data path (the merged policy knows which file each value came from). */
export type Locator = (path: DataPath, part?: 'value' | 'key') => Location

/** How list items are named in messages: `categories[3]` reads as "category `identifiers`". */
const ITEM_NAMES: Record<string, string> = {
  categories: 'category',
  purposes: 'purpose',
  recipients: 'recipient',
  retention: 'retention rule',
  cookies: 'cookie',
  sections: 'section',
  channels: 'channel',
  limits: 'right limit',
  representatives: 'representative',
  'automated-decisions': 'automated decision',
  suppress: 'suppression',
  jurisdictions: 'jurisdiction',
  entries: 'entry',
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys',
  integer: 'a whole number',
  number: 'a number',
  null: 'nothing',
}

/** Words YAML 1.1 read as booleans; YAML 1.2 (which policyc uses) reads them as text. */
const YAML11_BOOLEANS = new Set(['yes', 'no', 'on', 'off', 'y', 'n', 'Yes', 'No', 'YES', 'NO', 'On', 'Off', 'ON', 'OFF'])

/**
 * Turns ajv's errors into diagnostics an editor can act on: each at the offending node's
 * file:line:col, naming the entity it belongs to, with a "did you mean" or the expected form.
 * Errors that only echo another (the branches of a failed `anyOf`) are dropped.
 */
export function translateErrors(errors: readonly ErrorObject[], data: unknown, locateAt: Locator, source: 'schema' | 'config' | 'locale' = 'schema'): Diagnostic[] {
  // A failed anyOf also reports why each branch failed; its own message (from the property's
  // description) says it better, so branch errors at or below its value are dropped.
  // One exception: a value of the right shape that fails only a branch's `format` (`2026-13-01`
  // where a date or `not-stated` is allowed) is told what is wrong with it, not the whole choice.
  const formatPaths = new Set(errors.filter((e) => e.keyword === 'format').map((e) => e.instancePath))
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath)
  const formatWins = new Set(anyOfPaths.filter((p) => formatPaths.has(p)))
  const choices = anyOfPaths.filter((p) => !formatWins.has(p))
  const diagnostics: Diagnostic[] = []
  for (const error of errors) {
    if (formatWins.has(error.instancePath) && error.keyword !== 'format') continue
    if (error.keyword !== 'anyOf' && choices.some((p) => error.instancePath === p || error.instancePath.startsWith(`${p}/`))) continue
    if (error.keyword !== 'propertyNames' && (error as { propertyName?: string }).propertyName !== undefined) continue
    diagnostics.push(translate(error, data, locateAt, source))
  }
  return diagnostics
}

function translate(error: ErrorObject, data: unknown, locateAt: Locator, source: 'schema' | 'config' | 'locale'): Diagnostic {
  const path = pathOf(error.instancePath)
  const where = describeWhere(path, data)
  const key = lastKey(path)
  const parent = (error.parentSchema ?? {}) as JsonSchema
  const value = error.data
  const make = (at: Location, ruleId: string, reason: string, hint?: string) => diagnose(at, { ruleId, source, reason, hint })

  switch (error.keyword) {
    case 'additionalProperties': {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty)
      const allowed = Object.keys(parent.properties ?? {})
      return make(
        locateAt([...path, extra], 'key'),
        'unknown-key',
        `Unknown key \`${extra}\`${where}`,
        suggestion(extra, allowed) ?? `Allowed keys here: ${allowed.map((k) => `\`${k}\``).join(', ')}.`,
      )
    }
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty)
      const described = parent.properties?.[missing]?.description
      return make(
        locateAt(path),
        'missing-key',
        `Missing required key \`${missing}\`${where}`,
        described ? `Add \`${missing}:\`: ${lowerFirst(described)}` : `Add \`${missing}:\`.`,
      )
    }
    case 'type': {
      const expected = String((error.params as { type: string }).type)
        .split(',')
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(' or ')
      const hint =
        typeof value === 'string' && YAML11_BOOLEANS.has(value) && expected.includes('true or false')
          ? `YAML 1.2 reads \`${value}\` as text: write \`true\` or \`false\`.`
          : typeof value === 'number' && expected === 'text'
            ? `Put the value in quotes to keep it as text: "${value}".`
            : describeProperty(parent)
      return make(locateAt(path), 'wrong-type', `Expected ${expected} for ${nameOf(key)}${where}, got ${describeValue(value)}`, hint)
    }
    case 'enum':
    case 'const': {
      const allowed = error.keyword === 'enum' ? (error.params as { allowedValues: unknown[] }).allowedValues : [(error.params as { allowedValue: unknown }).allowedValue]
      const words = allowed.map(String)
      return make(
        locateAt(path),
        'bad-value',
        `Unexpected ${describeValue(value)} for ${nameOf(key)}${where}, expected ${words.length === 1 ? `\`${words[0]}\`` : `one of ${words.map((w) => `\`${w}\``).join(', ')}`}`,
        typeof value === 'string' ? suggestion(value, words) : undefined,
      )
    }
    case 'anyOf':
    case 'pattern': {
      const expected = parent.description ? lowerFirst(stripPeriod(parent.description)) : `text matching ${(error.params as { pattern?: string }).pattern ?? 'the expected form'}`
      const hint = parent.examples?.length ? `For example: ${parent.examples.map((e) => `\`${String(e)}\``).join(', ')}.` : typeof value === 'string' ? suggestion(value, enumsOf(parent)) : undefined
      return make(locateAt(path), error.keyword === 'anyOf' ? 'bad-value' : 'bad-format', `Unexpected ${describeValue(value)} for ${nameOf(key)}${where}, expected ${expected}`, hint)
    }
    case 'format': {
      const format = String((error.params as { format: string }).format)
      const expected = format === 'date' ? 'a real calendar date written YYYY-MM-DD' : format === 'email' ? 'an email address' : format === 'uri' ? 'an absolute address such as https://example.com/privacy' : `a valid ${format}`
      return make(locateAt(path), 'bad-format', `Unexpected ${describeValue(value)} for ${nameOf(key)}${where}, expected ${expected}`, format === 'date' ? 'Check the month (01–12) and the day of the month.' : undefined)
    }
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number }
      const items = value as unknown[]
      return make(locateAt([...path, i]), 'duplicate-item', `${describeValue(items[i])} is listed twice in ${nameOf(key)}${where}`, `Remove one of them (the other is item ${j + 1}).`)
    }
    case 'minItems': {
      const limit = (error.params as { limit: number }).limit
      return make(locateAt(path), 'too-few-items', `${capitalise(nameOf(key))}${where} needs at least ${limit} item${limit === 1 ? '' : 's'}`, describeProperty(parent))
    }
    case 'minLength':
      return make(locateAt(path), 'empty-value', `${capitalise(nameOf(key))}${where} is too short (at least ${(error.params as { limit: number }).limit} characters)`, describeProperty(parent))
    case 'maxLength':
      return make(locateAt(path), 'value-too-long', `${capitalise(nameOf(key))}${where} is longer than ${(error.params as { limit: number }).limit} characters`, 'Shorten it, or move the detail into a section body.')
    case 'minimum':
    case 'maximum':
      return make(locateAt(path), 'out-of-range', `${capitalise(nameOf(key))}${where} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${(error.params as { limit: number }).limit}, got ${describeValue(value)}`)
    case 'propertyNames': {
      const name = String((error.params as { propertyName: string }).propertyName)
      const keySchema = parent.propertyNames
      return make(locateAt([...path, name], 'key'), 'bad-key', `Unexpected key \`${name}\` in ${nameOf(key)}${where}`, keySchema?.description ? `Expected ${lowerFirst(stripPeriod(keySchema.description))}.` : undefined)
    }
    default:
      return make(locateAt(path), 'schema-violation', `${capitalise(nameOf(key))}${where}: ${error.message ?? 'does not match the schema'}`)
  }
}

/** `/categories/3/label` → ['categories', 3, 'label']. */
export function pathOf(instancePath: string): (string | number)[] {
  if (instancePath === '') return []
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s))
}

/** " in category `identifiers`" for the innermost list item on the path, or "" at the top level. */
function describeWhere(path: readonly (string | number)[], data: unknown): string {
  let node = data
  let label = ''
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[step] : undefined
    if (typeof step === 'number') {
      const listName = String(path[i - 1] ?? '')
      const itemName = ITEM_NAMES[listName] ?? `item of \`${listName}\``
      const id = node !== null && typeof node === 'object' ? ((node as Record<string, unknown>).id ?? (node as Record<string, unknown>).name) : undefined
      label = typeof id === 'string' ? ` in ${itemName} \`${id}\`` : ` in ${itemName} #${step + 1}`
    }
  }
  return label
}

function lastKey(path: readonly (string | number)[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string
  return undefined
}

function nameOf(key: string | undefined): string {
  return key === undefined ? 'the document' : `\`${key}\``
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value'
  if (typeof value === 'string') return `\`${value.length > 60 ? `${value.slice(0, 57)}…` : value}\``
  if (typeof value === 'boolean' || typeof value === 'number') return `\`${String(value)}\``
  if (Array.isArray(value)) return 'a list'
  return 'a mapping'
}

function describeProperty(schema: JsonSchema): string | undefined {
  return schema.description ? stripPeriod(schema.description) + '.' : undefined
}

function enumsOf(schema: JsonSchema): string[] {
  const values: string[] = []
  for (const branch of schema.anyOf ?? []) for (const v of branch.enum ?? []) values.push(String(v))
  return values
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text
}

function capitalise(text: string): string {
  return text.startsWith('`') ? text : text[0]!.toUpperCase() + text.slice(1)
}

function stripPeriod(text: string): string {
  return text.replace(/\.$/, '')
}
