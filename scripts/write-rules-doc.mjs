// Writes docs/rules.md from the lint rule registry (compiled to lib/ by `tsc` first, as
// `npm run docs:rules` does). test/lint/project.test.ts fails when the committed file drifts.
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { renderRulesDoc } from '../lib/lint/docs.js'
import { RULES } from '../lib/lint/registry.js'

const root = fileURLToPath(new URL('..', import.meta.url))
await writeFile(`${root}docs/rules.md`, renderRulesDoc(RULES))
