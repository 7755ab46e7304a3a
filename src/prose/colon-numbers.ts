import type { Parent, Root, RootContent, Text } from 'mdast'
import { visit } from 'unist-util-visit'

/**
 * remark-directive (micromark-extension-directive 4) reads any word after a colon as a text
 * directive's name, digits included, so "open 9:00 to 17:30" or "a ratio of 3:4" would parse as
 * the directives `:00`, `:30` and `:4`, and be reported as unknown. No directive of policyc's
 * starts with a digit (`src/prose/directives.ts`), and CommonMark's own reading of `9:00` is
 * text, so a bare text directive whose name starts with a digit (no attributes, no label) is
 * turned back into the text it was written as, joined with the text around it.
 */
export function restoreColonNumbers(tree: Root, markdown: string): void {
  visit(tree, (node) => {
    if (!('children' in node)) return
    const parent = node as Parent
    if (!parent.children.some(isColonNumber(markdown))) return
    const merged: RootContent[] = []
    for (const child of parent.children) {
      const replacement: RootContent = isColonNumber(markdown)(child) ? asText(child) : child
      const previous = merged.at(-1)
      if (replacement.type === 'text' && previous?.type === 'text') merged[merged.length - 1] = join(previous, replacement)
      else merged.push(replacement)
    }
    parent.children = merged
  })
}

function isColonNumber(markdown: string) {
  return (node: RootContent): boolean => {
    if (node.type !== 'textDirective' || !/^[0-9]/.test(node.name)) return false
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    // Only the bare form: `:30{…}` or `:30[…]` was written as a directive on purpose, and stays one
    // so that the checker reports it.
    return start !== undefined && end !== undefined && markdown.slice(start, end) === `:${node.name}`
  }
}

function asText(node: RootContent): Text {
  const name = (node as { name: string }).name
  return { type: 'text', value: `:${name}`, ...(node.position ? { position: node.position } : {}) }
}

function join(a: Text, b: Text): Text {
  const position = a.position && b.position ? { start: a.position.start, end: b.position.end } : undefined
  return { type: 'text', value: a.value + b.value, ...(position ? { position } : {}) }
}
