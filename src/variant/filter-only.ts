import type { Nodes, Parent, Root } from 'mdast'
import { splitRegions } from '../prose/directives.js'

/**
 * Resolves `:::only{regions="…"}` blocks for one region: a matching block is replaced by its
 * content, any other block disappears. Copy-on-write: the shared parsed tree is never mutated,
 * and a tree without `only` blocks comes back as the very same object, so callers can tell by
 * identity that a section does not differ between regions.
 */
export function filterOnly(tree: Root, keeps: (selectors: readonly string[]) => boolean): Root {
  let earlier = filtered.get(tree)
  if (!earlier) filtered.set(tree, (earlier = []))
  for (const entry of earlier) if (entry.asked.every(([selectors, kept]) => keeps(selectors) === kept)) return entry.tree
  // What `keeps` answered, in order: the result is a function of those answers alone.
  const asked: [readonly string[], boolean][] = []
  const result = (filterParent(tree, (selectors) => {
    const kept = keeps(selectors)
    asked.push([selectors, kept])
    return kept
  }) as Root | undefined) ?? tree
  earlier.push({ asked, tree: result })
  // A tree meets a few distinct sets of answers (one per group of regions its blocks name); the bound guards the pathological.
  if (earlier.length > 32) earlier.shift()
  return result
}

/**
 * Filtered trees by parsed tree, each with the answers `keeps` gave while it was made. Regions that
 * answer the same get the very same tree (issue 19, item 2): so every later stage (expansion,
 * planning, the fragment cache) knows it by identity instead of working on a fresh copy per page.
 * Replaying the answers asks the same questions in the same order, because filtering is a pure
 * walk of the tree that only branches on them.
 */
const filtered = new WeakMap<Root, { asked: [readonly string[], boolean][]; tree: Root }[]>()

/** Whether a tree has any `only` block (at any depth). */
export function hasOnly(node: Nodes): boolean {
  if (isOnly(node)) return true
  return 'children' in node && (node.children as Nodes[]).some(hasOnly)
}

function isOnly(node: Nodes): boolean {
  return node.type === 'containerDirective' && node.name === 'only'
}

/** Returns a filtered copy of the parent, or undefined when nothing below it changed. */
function filterParent(parent: Parent, keeps: (selectors: readonly string[]) => boolean): Parent | undefined {
  let changed = false
  const children: Nodes[] = []
  for (const child of parent.children as Nodes[]) {
    if (isOnly(child) && child.type === 'containerDirective') {
      changed = true
      if (keeps(splitRegions(child.attributes?.regions ?? ''))) {
        const inner = (filterParent(child, keeps) ?? child) as Parent
        children.push(...(inner.children as Nodes[]))
      }
      continue
    }
    if ('children' in child) {
      const filtered = filterParent(child, keeps)
      if (filtered) {
        changed = true
        children.push(filtered as Nodes)
        continue
      }
    }
    children.push(child)
  }
  return changed ? ({ ...parent, children } as Parent) : undefined
}
