import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkPolicies } from '../../src/pipeline.js'
import type { PolicyModel } from '../../src/resolve/model.js'
import { root } from '../helpers/paths.js'

/**
 * A copy of a policy folder in a temp folder with the controller moved: `country` replaced, and
 * `establishments` set when given. The YAML is edited as text (the controller's `country:` line),
 * so everything else stays exactly as the source has it.
 */
export function movedPolicy(policyDir: string, country: string, establishments?: readonly string[]): string {
  const out = mkdtempSync(join(tmpdir(), 'policyc-moved-'))
  const target = join(out, 'policy')
  cpSync(join(root, policyDir), target, { recursive: true })
  let moved = false
  for (const name of readdirSync(target).filter((f) => f.endsWith('.yaml'))) {
    const file = join(target, name)
    const text = readFileSync(file, 'utf8')
    // The controller block's `country:` is indented by two spaces (or inline in `{ … }`).
    const edited = text.replace(/^(controller:[\s\S]*?\n {2}country: )[A-Z]{2}\b/m, (_, head: string) => {
      moved = true
      return `${head}${country}${establishments ? `\n  establishments: [${establishments.join(', ')}]` : ''}`
    })
    if (edited !== text) writeFileSync(file, edited)
  }
  if (!moved) throw new Error(`movedPolicy(): no \`controller: … country:\` line in ${policyDir}`)
  return target
}

/** The resolved model of a moved copy; throws when it does not resolve. */
export async function movedModel(policyDir: string, country: string, establishments?: readonly string[]): Promise<PolicyModel> {
  const dir = movedPolicy(policyDir, country, establishments)
  const result = await checkPolicies([dir], { cwd: dir })
  const errors = result.diagnostics.filter((d) => d.severity === 'error')
  if (errors.length || !result.models[0]) throw new Error(`${policyDir} moved to ${country} does not resolve: ${errors.map((d) => `${d.file}:${d.line} ${d.reason}`).join('; ')}`)
  return result.models[0]
}
