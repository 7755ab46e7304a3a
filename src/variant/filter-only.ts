import type { Nodes, Parent, Root } from 'mdast'
import { splitRegions } from '../prose/directives.js'

/**
 * Resolves `:::only{regions="…"}` blocks for one region: a matching block is replaced by its
 * content, any other block disappears. Copy-on-write: the shared parsed tree is never mutated,
 * and a tree without `only` blocks comes back as the very same object, so callers can tell by
 * identity that a section does not differ between regions.
 */
export function filterOnly(tree: Root, keeps: (selectors: readonly string[]) => boolean): Root {
  return (filterParent(tree, keeps) as Root | undefined) ?? tree
}

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
