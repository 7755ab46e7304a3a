// Writes lib/validate/precompiled/<name>.cjs: ajv's standalone code for each schema policyc
// validates against, so a run loads a validator instead of compiling it (compiling the policy
// schema is most of the time `policyc check` spends on one policy). Run after `tsc` (npm run build
// does both). A precompiled validator whose schema has changed since is ignored at run time.
import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const root = new URL('..', import.meta.url)
const { standaloneValidator, VALIDATED_SCHEMAS } = await import(new URL('lib/validate/validator.js', root).href)
const out = new URL('lib/validate/precompiled/', root)
await mkdir(out, { recursive: true })
for (const name of VALIDATED_SCHEMAS) {
  const file = new URL(`${name}.cjs`, out)
  await writeFile(file, await standaloneValidator(name))
}
console.log(`precompiled ${VALIDATED_SCHEMAS.length} validators into ${fileURLToPath(out)}`)
