import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Root } from 'mdast'
import { packageVersion } from '../package-root.js'

/**
 * The persistent parse cache of section bodies (issue 19 item 6): the mdast of a body, as JSON,
 * under the hash of its text. Reading a tree back with JSON.parse costs a small fraction of
 * parsing the Markdown again (remark-parse + GFM + directives), so a second `check` of unchanged
 * bodies spends its time on YAML and lint, not Markdown. The key covers policyc's version, so a
 * new parser (or a new plugin set) never reads an old tree. It is a cache: any failure to read or
 * write it is ignored, and the body is parsed as if it were not there.
 */
let folder: string | undefined

/** Turns the cache on (a folder) or off (undefined) for this process; `check` and `build` turn it on. */
export function useProseCache(dir: string | undefined): void {
  folder = dir
}

/** Where a project's parse cache lives, beside the site cache. */
export function proseCacheInProject(cwd: string): string {
  return resolve(cwd, 'node_modules', '.cache', 'policyc', 'prose')
}

/** Bump when the parser's plugins or options change within one policyc version. */
const FORMAT = 'mdast-gfm-directive/2' // 2: digit-named text directives turned back into text (colon-numbers.ts)

function pathOf(markdown: string): string | undefined {
  if (!folder) return undefined
  const hash = createHash('sha256').update(`${FORMAT}\u0000${packageVersion()}\u0000`).update(markdown).digest('hex')
  return join(folder, hash.slice(0, 2), `${hash.slice(2)}.json`)
}

/** The cached tree of this exact text, or undefined. */
export function cachedTree(markdown: string): Root | undefined {
  const path = pathOf(markdown)
  if (!path) return undefined
  try {
    const tree = JSON.parse(readFileSync(path, 'utf8')) as Root
    return tree && tree.type === 'root' && Array.isArray(tree.children) ? tree : undefined
  } catch {
    return undefined
  }
}

/** Keeps the tree of this text for later processes (written whole, then renamed into place). */
export function storeTree(markdown: string, tree: Root): void {
  const path = pathOf(markdown)
  if (!path) return
  try {
    mkdirSync(join(path, '..'), { recursive: true })
    const temporary = `${path}.${process.pid}.tmp`
    writeFileSync(temporary, JSON.stringify(tree))
    renameSync(temporary, path)
  } catch {
    // A read-only or full disk: the next run parses again.
  }
}
