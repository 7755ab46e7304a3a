// Writes what is derived from the JSON Schemas, so the schemas stay the single source of truth:
// the TypeScript types in src/generated/, schemas/policy-part.schema.json and docs/format.md. `npm run generate`
// rewrites them; test/schemas.test.ts fails when the committed files drift from this output.
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { renderFormatDoc } from './render-format-doc.mjs'
import { renderPartSchema, renderTypes, schemaNames } from './render-types.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
await mkdir(`${root}src/generated`, { recursive: true })
for (const name of schemaNames) {
  const schema = JSON.parse(await readFile(`${root}schemas/${name}.schema.json`, 'utf8'))
  await writeFile(`${root}src/generated/${name}.ts`, await renderTypes(schema))
  if (name === 'policy') {
    await writeFile(`${root}schemas/policy-part.schema.json`, renderPartSchema(schema))
    await mkdir(`${root}docs`, { recursive: true })
    await writeFile(`${root}docs/format.md`, renderFormatDoc(schema))
  }
}
