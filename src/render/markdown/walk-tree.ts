import type { Nodes } from 'mdast'

/**
 * Calls `visitor` on every node of a tree, the tree first, in document order: what
 * unist-util-visit does for a visitor that returns nothing (no SKIP, no EXIT). That library
 * redefines a function's `name` for every node it visits (for its own stack traces), which made
 * it most of the cost of planning a page (page-plan.ts) and of `minHeadingDepth` (expand.ts):
 * both walk every section once per region, on every page of a build and on every region's page
 * that lint reads after each save in `policyc dev` (issue 19 item 5).
 */
export function visit(tree: Nodes, visitor: (node: Nodes) => void): void
/** Calls `visitor` on every node of this type, in document order. */
export function visit<T extends Nodes['type']>(tree: Nodes, type: T, visitor: (node: Extract<Nodes, { type: T }>) => void): void
export function visit(tree: Nodes, typeOrVisitor: string | ((node: Nodes) => void), typed?: (node: never) => void): void {
  const type = typeof typeOrVisitor === 'string' ? typeOrVisitor : undefined
  const visitor = (typeof typeOrVisitor === 'string' ? typed : typeOrVisitor) as (node: Nodes) => void
  const walk = (node: Nodes): void => {
    if (type === undefined || node.type === type) visitor(node)
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child)
  }
  walk(tree)
}
