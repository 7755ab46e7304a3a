import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { readSchema } from './schemas.js'

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void

let ajv: Ajv2020 | undefined
const compiled = new Map<string, ValidateFunction>()

/**
 * The validator of one schema in schemas/, compiled once per process: compiling is the costly
 * part, validating is cheap. `verbose` keeps each error's schema, which the message translator
 * reads for descriptions and allowed values.
 */
export function validatorFor(name: string): ValidateFunction {
  let validate = compiled.get(name)
  if (!validate) {
    ajv ??= createAjv()
    validate = ajv.compile(readSchema(name))
    compiled.set(name, validate)
  }
  return validate
}

function createAjv(): Ajv2020 {
  const instance = new Ajv2020({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true })
  addFormats(instance)
  return instance
}

/** Validates data against a named schema; returns ajv's errors (empty when valid). */
export function validateAgainst(name: string, data: unknown): ErrorObject[] {
  const validate = validatorFor(name)
  return validate(data) ? [] : [...(validate.errors ?? [])]
}
