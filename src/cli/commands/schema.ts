import { relative, resolve } from 'node:path'
import { packagePath } from '../../package-root.js'

/** The policy schema's path: absolute, or relative to a folder, with forward slashes. */
export function schemaPath(flags: { part?: boolean; relativeTo?: string }): string {
  const file = packagePath('schemas', flags.part ? 'policy-part.schema.json' : 'policy.schema.json')
  if (flags.relativeTo === undefined) return file
  return relative(resolve(flags.relativeTo), file).split('\\').join('/')
}
