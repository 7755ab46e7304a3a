import { compile } from 'json-schema-to-typescript'

/** The schemas whose types are generated, by file stem in schemas/. */
export const schemaNames = ['policy', 'catalog', 'config', 'mappings', 'locale']

const banner = `/* Generated from schemas/ by \`npm run generate\`. Do not edit: change the schema instead. */`

/** Renders one schema as TypeScript declarations (deterministic: no dates, no paths). */
export async function renderTypes(schema) {
  return compile(schema, schema.title, {
    bannerComment: banner,
    additionalProperties: false,
    declareExternallyReferenced: true,
    enableConstEnums: false,
    unreachableDefinitions: true,
    format: true,
    style: { singleQuote: true, semi: false },
  })
}

/**
 * The schema for one file of a policy split over several files: the same top-level keys as
 * policy.schema.json, each referring to it, none required (the merged policy is checked whole).
 * Editors use it for files other than the one holding `id`.
 */
export function renderPartSchema(policySchema) {
  const properties = Object.fromEntries(
    Object.entries(policySchema.properties).map(([key, property]) => [
      key,
      { $ref: `policy.schema.json#/properties/${key}`, description: property.description ?? policySchema.$defs[property.$ref?.split('/').pop()]?.description },
    ]),
  )
  const part = {
    $schema: policySchema.$schema,
    $id: policySchema.$id.replace('policy.schema.json', 'policy-part.schema.json'),
    title: 'PolicyPart',
    description:
      'One file of a policy split over several files. Generated from policy.schema.json by `npm run generate`: edit that schema instead.',
    type: 'object',
    additionalProperties: false,
    properties,
  }
  return `${JSON.stringify(part, null, 2)}\n`
}
