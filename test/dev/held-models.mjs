// Run by held-models.test.ts in a process of its own: node --expose-gc test/dev/held-models.mjs PROJECT EDITED_POLICY_FOLDER
// Prints how many parsed YAML files the dev builder keeps alive after a full build and after a
// save: yaml's LineCounter, one per file a policy's model was loaded from (a model holds its
// source files, src/load/source-file.ts), counted with v8.queryObjects after a full collection.
// Needs the compiled lib/.
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { queryObjects } from 'node:v8'
import { readFile, writeFile } from 'node:fs/promises'
import { LineCounter } from 'yaml'

const root = fileURLToPath(new URL('../..', import.meta.url))
const { createDevBuilder } = await import(join(root, 'lib/dev/site-builder.js'))
const project = resolve(process.argv[2])
const gc = globalThis.gc
if (!gc) throw new Error('run with node --expose-gc')

const parsedFiles = () => {
  gc()
  return queryObjects(LineCounter, { format: 'count' })
}
const ok = (report) => {
  if (!report.ok) throw new Error(report.diagnostics.map((d) => `${d.file}:${d.start.line} ${d.reason}`).join('\n'))
  return report
}

const dev = createDevBuilder({ cwd: project, paths: ['policies'], out: 'dist', env: {} })
ok(await dev.buildAll())
const afterBuild = parsedFiles()
// A save to the first policy, served from memory: its model is held for the pages not yet rendered.
const edited = join(project, 'policies', process.argv[3] ?? 'acme')
const data = join(edited, 'data.yaml')
await writeFile(data, `${await readFile(data, 'utf8')}\n# edited\n`)
ok(await dev.rebuildPolicies([edited]))
const afterSave = parsedFiles()
console.log(JSON.stringify({ afterBuild, afterSave }))
