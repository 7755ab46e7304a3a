import { join } from 'node:path'
import { checkPolicies } from '../../src/pipeline.js'
import type { PolicyModel } from '../../src/resolve/model.js'
import { root } from '../helpers/paths.js'

const models = new Map<string, Promise<PolicyModel>>()

/** The resolved model of a fixture policy (a path from the project root), loaded once per test file. */
export function loadModel(path: string): Promise<PolicyModel> {
  let model = models.get(path)
  if (!model) {
    model = checkPolicies([join(root, path)], { cwd: root }).then((result) => {
      const errors = result.diagnostics.filter((d) => d.severity === 'error')
      if (errors.length || !result.models[0]) throw new Error(`${path} does not resolve: ${errors.map((d) => d.reason).join('; ')}`)
      return result.models[0]
    })
    models.set(path, model)
  }
  return model
}
