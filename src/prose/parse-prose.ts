import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { restoreColonNumbers } from './colon-numbers.js'
import { proseLimitProblem } from './prose-limits.js'
import { cachedTree, storeTree } from './parse-cache.js'

/** A parsed Markdown body. The tree is shared between every variant and format: never mutate it. */
export interface ProseTree {
  tree: Root
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze()

/**
 * Parsed trees by exact text. remark-parse is the slowest step of a build (about 20 ms for a
 * 27 KB notice), so a body is parsed once per process however many regions, formats and
 * policies share it. The most recently used last, and bounded: a build of 1000 policies kept
 * every distinct body's tree to its end (issue 19, the memory of `policyc build`); a policy's
 * model holds its own trees, and the persistent parse cache answers a body seen long ago.
 */
const cache = new Map<string, Root>()
/** About ten XWMS-sized policies' bodies, translations included. */
const TREES_KEPT = 1024

/** Parses a section body (Markdown with GFM and directives) once; later calls share the tree. */
export function parseProse(markdown: string): ProseTree {
  let tree = cache.get(markdown)
  if (!tree) {
    // Every caller checks the limits first and reports them as a diagnostic (resolve, translations):
    // this is the last line, so a body over them never reaches micromark by another road.
    const problem = proseLimitProblem(markdown)
    if (problem) throw new Error(`a Markdown body over policyc's limits reached the parser (line ${problem.line}: ${problem.reason})`)
    // From the persistent cache when a run before parsed the same text (parse-cache.ts), else parsed and kept there.
    tree = cachedTree(markdown)
    if (!tree) {
      tree = parser.parse(markdown)
      restoreColonNumbers(tree, markdown)
      storeTree(markdown, tree)
    }
    cache.set(markdown, tree)
    if (cache.size > TREES_KEPT) cache.delete(cache.keys().next().value as string)
  } else {
    cache.delete(markdown)
    cache.set(markdown, tree)
  }
  return { tree }
}
