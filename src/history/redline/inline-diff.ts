import { diffArrays } from 'diff'
import type { Element, ElementContent } from 'hast'
import { element, mark, text, type MarkWords } from './marks.js'

/** A word (with the spaces after it) and the inline elements around it, outermost first. */
interface Token {
  word: string
  chain: readonly Element[]
  /** The chain as a string, so tokens inside the same link or emphasis compare equal. */
  key: string
}

const signatureCache = new WeakMap<Element, string>()
function signature(el: Element): string {
  let found = signatureCache.get(el)
  if (found === undefined) signatureCache.set(el, (found = `${el.tagName}${JSON.stringify(el.properties)}`))
  return found
}

/** Inline content as words, each knowing the elements (links, emphasis, code) it sits in. */
function tokens(nodes: readonly ElementContent[], chain: readonly Element[] = [], out: Token[] = []): Token[] {
  const key = chain.map(signature).join('>')
  for (const node of nodes) {
    if (node.type === 'text') for (const word of node.value.match(/\s*\S+\s*|\s+/g) ?? []) out.push({ word, chain, key })
    else if (node.type === 'element') {
      if (node.children.length === 0) out.push({ word: '', chain: [...chain, node], key: `${key}>${signature(node)}` })
      else tokens(node.children, [...chain, node], out)
    }
  }
  return out
}

interface Run {
  op: 'same' | 'added' | 'removed'
  chain: readonly Element[]
  key: string
  text: string
}

/**
 * A word-level diff of two pieces of inline content (a paragraph, a list item, a table cell):
 * words are compared with their formatting, so a word that became a link counts as changed, and
 * the result keeps the new version's links and emphasis with `<del>` / `<ins>` innermost.
 * Spacing alone is never a change (the same rule as the semantic diff's word diff).
 */
export function diffInline(before: readonly ElementContent[], after: readonly ElementContent[], words: MarkWords): ElementContent[] {
  const a = tokens(before)
  const b = tokens(after)
  const parts = diffArrays(a, b, { comparator: (x, y) => x.word.trim() === y.word.trim() && x.key === y.key })
  const runs: Run[] = []
  for (const part of parts) {
    const op = part.added ? 'added' : part.removed ? 'removed' : 'same'
    for (const token of part.value) {
      const last = runs.at(-1)
      if (last && last.op === op && last.key === token.key) last.text += token.word
      else runs.push({ op, chain: token.chain, key: token.key, text: token.word })
    }
  }
  separate(runs)
  return build(runs, 0, words)
}

/**
 * Words keep the spaces after them, so when the last word of a paragraph is followed only by
 * deleted words, the space between them belonged to the old version and is gone: a marked run
 * that would touch the word before it gets a space of its own (outside the mark).
 */
function separate(runs: Run[]): void {
  runs.forEach((run, index) => {
    const previous = runs[index - 1]
    if (run.op === 'same' || !previous || previous.text === '' || /\s$/.test(previous.text) || /^\s/.test(run.text)) return
    if (previous.op !== run.op) run.text = ` ${run.text}`
  })
}

/** Rebuilds inline content from runs, opening each shared element once. */
function build(runs: readonly Run[], depth: number, words: MarkWords): ElementContent[] {
  const out: ElementContent[] = []
  let index = 0
  while (index < runs.length) {
    const run = runs[index]!
    if (run.chain.length <= depth) {
      out.push(...leaf(run, words))
      index++
      continue
    }
    const head = run.chain[depth]!
    const group: Run[] = []
    while (index < runs.length && runs[index]!.chain.length > depth && signature(runs[index]!.chain[depth]!) === signature(head)) group.push(runs[index++]!)
    // An empty element (a line break) is copied as it is; marking it would mark nothing.
    out.push(head.children.length === 0 ? { ...head } : element(head.tagName, head.properties, build(group, depth + 1, words)))
  }
  return out
}

function leaf(run: Run, words: MarkWords): ElementContent[] {
  if (run.text === '') return []
  if (run.op === 'same' || run.text.trim() === '') return [text(run.text)]
  // Spaces stay outside the mark, so a struck word is not followed by a struck space.
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) ?? []
  return [...(lead ? [text(lead)] : []), mark(run.op, [text(core)], words), ...(trail ? [text(trail)] : [])]
}
