import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isBundled, packagePath } from '../../package-root.js'

let digest: string | undefined

/**
 * A digest of policyc itself: its version, the code that runs (lib/, or src/ under the tests), the
 * data it reads (the catalog and mappings under src/, schemas/, the built-in templates). A cached
 * output is reused only by the very compiler that made it, so a new release, a rebuilt lib/ or an
 * edited catalog renders everything again without anyone bumping a number.
 */
export function compilerDigest(): string {
  if (digest !== undefined) return digest
  const hash = createHash('sha256')
  hash.update(readFileSync(packagePath('package.json')))
  const code = fileURLToPath(new URL('../../', import.meta.url))
  const roots: [string, (path: string) => boolean][] = [
    [code, (path) => /\.(js|ts|json|cjs)$/.test(path) && !isBundled(path)],
    [packagePath('src'), (name) => name.endsWith('.json')],
    [packagePath('schemas'), () => true],
    [packagePath('templates'), () => true],
  ]
  for (const [root, wanted] of roots) hashFolder(hash, root, wanted)
  digest = hash.digest('hex')
  return digest
}

function hashFolder(hash: ReturnType<typeof createHash>, root: string, wanted: (path: string) => boolean): void {
  let entries
  try {
    entries = readdirSync(root, { recursive: true, withFileTypes: true })
  } catch {
    return
  }
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter(wanted)
    .sort()
  for (const file of files) hash.update(`${file.slice(root.length)}\u0000`).update(readFileSync(file)).update('\u0000')
}
