import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkPolicies } from '../../src/pipeline.js'
import type { PolicyModel } from '../../src/resolve/model.js'
import { root } from '../helpers/paths.js'

/**
 * A copy of a policy folder in a temp folder with the controller moved: `country` replaced (or
 * added after `controller:` when the source states none, as XWMS's), `establishments` set when
 * given; `country` undefined removes it (the establishment not stated). The YAML is edited as text,
 * so everything else stays exactly as the source has it.
 */
export function movedPolicy(policyDir: string, country: string | undefined, establishments?: readonly string[]): string {
  const out = mkdtempSync(join(tmpdir(), 'policyc-moved-'))
  const target = join(out, 'policy')
  cpSync(join(root, policyDir), target, { recursive: true })
  let moved = false
  for (const name of readdirSync(target).filter((f) => f.endsWith('.yaml'))) {
    const file = join(target, name)
    const text = readFileSync(file, 'utf8')
    // The controller block's `country:` is indented by two spaces (or inline in `{ … }`).
    const extra = establishments ? `\n  establishments: [${establishments.join(', ')}]` : ''
    let edited = text.replace(/^(controller:[\s\S]*?\n)( {2}country: )[A-Z]{2}\b\n?/m, (_, head: string, key: string) => {
      moved = true
      return country === undefined ? `${head}${extra ? `${extra.slice(1)}\n` : ''}` : `${head}${key}${country}${extra}\n`
    })
    if (!moved && country !== undefined && /^controller:\n/m.test(text)) {
      edited = text.replace(/^controller:\n/m, () => {
        moved = true
        return `controller:\n  country: ${country}${extra}\n`
      })
    }
    if (!moved && country === undefined && /^controller:\n/m.test(text)) moved = true
    if (edited !== text) writeFileSync(file, edited)
  }
  if (!moved) throw new Error(`movedPolicy(): no \`controller: … country:\` line in ${policyDir}`)
  return target
}

/** The resolved model of a moved copy; throws when it does not resolve. */
export async function movedModel(policyDir: string, country: string | undefined, establishments?: readonly string[]): Promise<PolicyModel> {
  const dir = movedPolicy(policyDir, country, establishments)
  const result = await checkPolicies([dir], { cwd: dir })
  const errors = result.diagnostics.filter((d) => d.severity === 'error')
  if (errors.length || !result.models[0]) throw new Error(`${policyDir} moved to ${country} does not resolve: ${errors.map((d) => `${d.file}:${d.line} ${d.reason}`).join('; ')}`)
  return result.models[0]
}
