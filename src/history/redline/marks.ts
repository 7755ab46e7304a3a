import type { Element, ElementContent } from 'hast'

/**
 * How an insertion or a deletion is marked. `<ins>` and `<del>` carry the change for the eye
 * (underline, strike-through: never colour alone) and a visually hidden text carries it for a
 * screen reader, which announces neither element by default (WCAG 1.3.1, 1.4.1).
 */
export interface MarkWords {
  /** Said before and after deleted text: "[deleted: " … "]". */
  deletedStart: string
  deletedEnd: string
  insertedStart: string
  insertedEnd: string
  /** Said at the start of a table row that was added or removed. */
  rowAdded: string
  rowRemoved: string
}

export type Op = 'added' | 'removed'

export function text(value: string): ElementContent {
  return { type: 'text', value }
}

export function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children }
}

/** Text only a screen reader reads. */
export function hidden(words: string): Element {
  return element('span', { className: ['sr-only'] }, [text(words)])
}

/** `<del>` or `<ins>` around content, with the words that announce it. */
export function mark(op: Op, children: ElementContent[], words: MarkWords, className?: string): Element {
  const [start, end] = op === 'added' ? [words.insertedStart, words.insertedEnd] : [words.deletedStart, words.deletedEnd]
  return element(op === 'added' ? 'ins' : 'del', className ? { className: [className] } : {}, [hidden(start), ...children, hidden(end)])
}
