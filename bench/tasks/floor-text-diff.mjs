// The diff floor: a line diff (the `diff` package, as `git diff` would show) of every YAML file
// of two policy folders. No parsing, no meaning.  node bench/tasks/floor-text-diff.mjs A B
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createTwoFilesPatch } from 'diff'

const [a, b] = process.argv.slice(2)
let changed = 0
for (const name of (await readdir(a)).filter((f) => /\.ya?ml$/.test(f)).sort()) {
  const patch = createTwoFilesPatch(join(a, name), join(b, name), await readFile(join(a, name), 'utf8'), await readFile(join(b, name), 'utf8'))
  changed += patch.split('\n').filter((l) => /^[+-][^+-]/.test(l)).length
}
console.log(JSON.stringify({ changedLines: changed }))
