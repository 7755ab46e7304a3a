import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { ValidateFunction } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { loadPolicy } from '../../src/load/load-policy.js'
import { standaloneValidator, VALIDATED_SCHEMAS, validatorFor, validatorKey } from '../../src/validate/validator.js'
import { fixtures, root } from '../helpers/paths.js'

// The precompiled validators (`npm run build` writes them into lib/) must report exactly what the
// validators compiled at run time report: same errors, same order, same schema excerpts.

const require = createRequire(import.meta.url)

/** Loads generated CommonJS source the way Node would, resolving its requires from here. */
function evaluate(code: string): ValidateFunction & { key?: string } {
  const module = { exports: {} as unknown }
  new Function('module', 'exports', 'require', code)(module, module.exports, require)
  return module.exports as ValidateFunction & { key?: string }
}

async function policyData(): Promise<unknown[]> {
  const folders = [
    ...readdirSync(join(fixtures, 'invalid')).map((name) => join(fixtures, 'invalid', name)),
    join(fixtures, 'valid', 'minimal'),
    join(root, 'policies', 'xwms'),
    join(root, 'policies', 'acme'),
  ]
  const data: unknown[] = []
  for (const folder of folders) {
    const loaded = await loadPolicy(folder, folder)
    if (loaded.source) data.push(loaded.source.data)
  }
  return data
}

function localeData(): unknown[] {
  return [join(root, 'policies', 'xwms', 'locales', 'nl.yaml'), join(fixtures, 'locale', 'base', 'locales', 'nl.yaml')].map((f) => parse(readFileSync(f, 'utf8')) as unknown)
}

/** Each document, plus copies with one top-level key dropped or given a wrong type, plus junk. */
function withMutations(documents: readonly unknown[]): unknown[] {
  const out: unknown[] = [null, 1, 'text', [], {}, { unknown: true }]
  for (const doc of documents) {
    out.push(doc)
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) continue
    for (const key of Object.keys(doc)) {
      const { [key]: _dropped, ...rest } = doc as Record<string, unknown>
      out.push(rest, { ...doc, [key]: 42 }, { ...doc, [key]: [{ bogus: 'x' }] })
    }
  }
  return out
}

describe('precompiled validators', () => {
  it.each([...VALIDATED_SCHEMAS])('%s: standalone code reports the same errors as the run-time validator', async (name) => {
    const precompiled = evaluate(await standaloneValidator(name))
    expect(precompiled.key).toBe(validatorKey(name))
    const runtime = validatorFor(name)
    const documents = name === 'policy' ? await policyData() : name === 'locale' ? localeData() : [{ rules: {} }]
    const cases = withMutations(documents)
    let failing = 0
    for (const data of cases) {
      const expected = runtime(data) ? [] : structuredClone(runtime.errors ?? [])
      const actual = precompiled(data) ? [] : structuredClone(precompiled.errors ?? [])
      expect(actual).toEqual(expected)
      if (expected.length > 0) failing++
    }
    // The comparison is only worth something when many documents fail, in many ways.
    expect(failing).toBeGreaterThan(cases.length / 2)
  })
})
