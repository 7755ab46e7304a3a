import type { Root } from 'mdast'

/**
 * `index.md` is one Markdown document made of every section's body, and Markdown definitions are
 * document-wide (the first one of a label wins): two sections each defining `[^1]` or `[rules]: …`
 * had the second section's references resolve to the first's (issue 20, finding 10; the HTML
 * scopes ids per section in to-html.ts). Here every footnote and link label of a body is
 * prefixed with its section id, so each reference resolves inside its own section. Shortcut and
 * collapsed references (`[rules]`, `[rules][]`) become full ones (`[rules][intro-rules]`), so
 * the text the reader sees stays the same. Returns a copy; the shared tree is never mutated.
 */
export function scopeReferences(body: Root, sectionId: string): Root {
  // The same body (a section's expansion that changed nothing shares its parsed tree) is looked at
  // and scoped once: one copy for all pages, which the fragment cache then knows by object instead
  // of writing it out again; a body without references is itself, found without walking it again.
  let bySection = scoped.get(body)
  if (!bySection) scoped.set(body, (bySection = new Map()))
  let copy = bySection.get(sectionId)
  if (!copy) bySection.set(sectionId, (copy = hasReferences(body) ? scopedCopy(body, sectionId) : body))
  return copy
}

/** Scoped copies (or the body itself, when it has no references) by body object and section id; never changed after they are made. */
const scoped = new WeakMap<Root, Map<string, Root>>()

function scopedCopy(body: Root, sectionId: string): Root {
  const copy = structuredClone(body)
  const prefix = (value: string) => `${sectionId}-${value}`
  const walk = (node: { type: string; children?: unknown[] } & Record<string, unknown>): void => {
    switch (node.type) {
      case 'definition':
      case 'footnoteDefinition':
      case 'footnoteReference':
        node.identifier = prefix(String(node.identifier))
        if (typeof node.label === 'string') node.label = prefix(node.label)
        break
      case 'linkReference':
      case 'imageReference':
        node.identifier = prefix(String(node.identifier))
        node.label = prefix(typeof node.label === 'string' ? node.label : String(node.identifier))
        node.referenceType = 'full'
        break
    }
    for (const child of node.children ?? []) walk(child as typeof node)
  }
  walk(copy as unknown as Parameters<typeof walk>[0])
  return copy
}

const REFERENCE_TYPES = new Set(['definition', 'footnoteDefinition', 'footnoteReference', 'linkReference', 'imageReference'])

/** Whether a tree has a definition, footnote or reference: such a body reads as a whole (its labels resolve anywhere in it). */
export function hasReferences(node: { type: string; children?: unknown[] }): boolean {
  if (node.type === 'root') return (node.children ?? []).some((block) => blockHasReferences(block as { type: string }))
  return REFERENCE_TYPES.has(node.type) || (node.children ?? []).some((child) => hasReferences(child as { type: string }))
}

/** Each top-level block's answer, kept: an expanded body is a new root on every page, but mostly of the same blocks (never changed). */
const blockAnswers = new WeakMap<object, boolean>()

function blockHasReferences(block: { type: string; children?: unknown[] }): boolean {
  let answer = blockAnswers.get(block)
  if (answer === undefined) blockAnswers.set(block, (answer = hasReferences(block)))
  return answer
}
