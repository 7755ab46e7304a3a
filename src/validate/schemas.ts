import { readFileSync } from 'node:fs'
import { packagePath } from '../package-root.js'

/** A JSON Schema as parsed from schemas/; only the keywords policyc reads are typed. */
export interface JsonSchema {
  $id?: string
  $ref?: string
  $defs?: Record<string, JsonSchema>
  title?: string
  description?: string
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  pattern?: string
  format?: string
  examples?: unknown[]
  additionalProperties?: boolean | JsonSchema
  propertyNames?: JsonSchema
  [keyword: string]: unknown
}

const cache = new Map<string, JsonSchema>()

/** Reads `schemas/<name>.schema.json` once per process. */
export function readSchema(name: string): JsonSchema {
  let schema = cache.get(name)
  if (!schema) {
    schema = JSON.parse(readFileSync(packagePath('schemas', `${name}.schema.json`), 'utf8')) as JsonSchema
    cache.set(name, schema)
  }
  return schema
}

/** Follows a local `$ref` (`#/$defs/x`) within the schema it belongs to. */
export function deref(root: JsonSchema, schema: JsonSchema): JsonSchema {
  let current = schema
  for (let i = 0; i < 10 && current.$ref?.startsWith('#/'); i++) {
    let target: unknown = root
    for (const step of current.$ref.slice(2).split('/')) target = (target as Record<string, unknown>)[step]
    const { $ref: _ignored, ...siblings } = current
    current = { ...(target as JsonSchema), ...siblings }
  }
  return current
}
