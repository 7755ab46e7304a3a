import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

/** A parsed Markdown body. The tree is shared between every variant and format: never mutate it. */
export interface ProseTree {
  tree: Root
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze()

/**
 * Parsed trees by exact text. remark-parse is the slowest step of a build (about 20 ms for a
 * 27 KB notice), so a body is parsed once per process however many regions, formats and
 * policies share it.
 */
const cache = new Map<string, Root>()

/** Parses a section body (Markdown with GFM and directives) once; later calls share the tree. */
export function parseProse(markdown: string): ProseTree {
  let tree = cache.get(markdown)
  if (!tree) {
    tree = parser.parse(markdown)
    cache.set(markdown, tree)
  }
  return { tree }
}
