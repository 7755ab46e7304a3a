import type { Diagnostic } from '../diagnostics/diagnostic.js'
import type { PolicySource } from '../load/policy-source.js'
import { translateErrors } from './messages.js'
import { validateAgainst } from './validator.js'

/** Validates a merged policy against schemas/policy.schema.json; every problem, at its node. */
export function validatePolicy(source: PolicySource): Diagnostic[] {
  const errors = validateAgainst('policy', source.data)
  return translateErrors(errors, source.data, source.locate)
}
