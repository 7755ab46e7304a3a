import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml'

/**
 * Edits to a YAML file's *text*, located with the parsed document's node ranges. Re-serialising
 * the document would re-fold every long paragraph and lose the example's layout; editing the text
 * in place keeps every comment, blank line and line break the example was written with.
 */
export interface TextEdit {
  start: number
  end: number
  text: string
}

export function parseForEdits(text: string): Document.Parsed {
  return parseDocument(text, { version: '1.2', schema: 'core', merge: false, uniqueKeys: true, keepSourceTokens: false })
}

/**
 * Applies edits from last to first. An edit lying inside a larger one (a change inside an item that
 * is deleted as a whole) is dropped; partly overlapping edits are a bug and throw.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: TextEdit[] = []
  for (const edit of sorted) {
    const outer = kept.at(-1)
    if (outer && edit.start >= outer.start && edit.end <= outer.end && outer.end > outer.start) continue
    if (outer && edit.start < outer.end) throw new Error(`applyEdits: overlapping edits at ${edit.start} and ${outer.start}`)
    kept.push(edit)
  }
  let out = text
  for (const edit of kept.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
  return out
}

/** Offset of the first character of the line holding `offset`. */
export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1
}

/** Offset just after the line break ending the line holding `offset` (or the end of the text). */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset)
  return newline === -1 ? text.length : newline + 1
}

/** The start and end of a node's own text (without comments after it). */
function span(node: Node): [number, number] {
  const range = node.range
  if (!range) throw new Error('text-edits: node without a source range')
  return [range[0], range[1]]
}

/** Deletes the whole lines of one item of a block sequence. */
export function deleteSeqItem(text: string, item: Node): TextEdit {
  const [start, end] = span(item)
  return { start: lineStart(text, start), end: nextLineStart(text, Math.max(start, end - 1)), text: '' }
}

/** Deletes a `key: value` pair, the key's line through the value's last line. */
export function deletePair(text: string, pair: Pair): TextEdit {
  const key = pair.key as Node
  const [keyStart] = span(key)
  const valueEnd = pair.value ? span(pair.value as Node)[1] : span(key)[1]
  return { start: lineStart(text, keyStart), end: nextLineStart(text, Math.max(keyStart, valueEnd - 1)), text: '' }
}

/**
 * Replaces a sequence of plain strings with new values, in the sequence's own style: a flow
 * sequence stays `[a, b]`, a block sequence keeps its items' indentation.
 */
export function replaceStringSeq(text: string, seq: YAMLSeq, values: readonly string[]): TextEdit {
  const [start, end] = span(seq)
  if (seq.flow) return { start, end, text: `[${values.map(scalarText).join(', ')}]` }
  const first = seq.items[0] as Node | undefined
  const firstStart = first ? span(first)[0] : start
  const indent = ' '.repeat(firstStart - lineStart(text, firstStart) - 2)
  const from = lineStart(text, start)
  return { start: from, end: nextLineStart(text, Math.max(start, end - 1)), text: values.map((v) => `${indent}- ${scalarText(v)}\n`).join('') }
}

/** A scalar written as YAML would write it: plain when that reads back the same, quoted otherwise. */
export function scalarText(value: string): string {
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, '')
}

/** The pair with this key in a map, or undefined. */
export function pairOf(map: unknown, key: string): Pair | undefined {
  if (!isMap(map)) return undefined
  return (map as YAMLMap).items.find((pair) => isScalar(pair.key) && pair.key.value === key) as Pair | undefined
}

export function valueOf(map: unknown, key: string): unknown {
  return pairOf(map, key)?.value
}

export function seqItems(node: unknown): Node[] {
  return isSeq(node) ? (node.items as Node[]) : []
}

export function stringValue(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined
}
