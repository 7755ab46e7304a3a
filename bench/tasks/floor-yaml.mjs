// The YAML floor: reads every .yaml file under a folder and parses it with the `yaml` package the
// way a loader that reports positions must (parseDocument with a LineCounter), then takes its
// JSON. Nothing else: no schema, no model, no lint.  node bench/tasks/floor-yaml.mjs DIR
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LineCounter, parseDocument } from 'yaml'

const [dir] = process.argv.slice(2)
let files = 0
let errors = 0
for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue
  const text = await readFile(join(entry.parentPath ?? entry.path, entry.name), 'utf8')
  const doc = parseDocument(text, { lineCounter: new LineCounter(), keepSourceTokens: false })
  errors += doc.errors.length
  doc.toJS()
  files++
}
console.log(JSON.stringify({ files, errors }))
