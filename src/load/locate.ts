import { isMap, isScalar, isSeq, type Node } from 'yaml'
import type { Location } from '../diagnostics/diagnostic.js'
import type { SourceFile } from './source-file.js'

export type DataPath = readonly (string | number)[]

/**
 * Finds the YAML node at a data path and returns its place in the file. `part: 'key'` points at
 * the key of the last step (for unknown or duplicated keys). When the path goes further than the
 * document (a missing key), the deepest existing node is used, which is where the fix goes.
 */
export function locate(file: SourceFile, path: DataPath, part: 'value' | 'key' = 'value'): Location {
  let node: unknown = file.doc.contents
  let keyNode: Node | undefined
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step))
      if (!pair) break
      keyNode = pair.key as Node
      node = pair.value ?? pair.key
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step]
      if (item === undefined) break
      keyNode = undefined
      node = item
    } else {
      break
    }
  }
  const target = (part === 'key' && keyNode) || (node as Node | null)
  const range = target?.range
  if (!range) return { file: file.path, start: { line: 1, column: 1 } }
  return { file: file.path, start: point(file, range[0]), end: point(file, range[1]) }
}

/** The 1-based line and column of a character offset. */
export function point(file: SourceFile, offset: number): { line: number; column: number } {
  const p = file.lines.linePos(offset)
  return { line: p.line, column: p.col }
}

/** The YAML node at a data path, or undefined. */
export function nodeAt(file: SourceFile, path: DataPath): Node | undefined {
  let node: unknown = file.doc.contents
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step))
      if (!pair) return undefined
      node = pair.value
    } else if (isSeq(node) && typeof step === 'number') {
      node = node.items[step]
    } else {
      return undefined
    }
  }
  return (node ?? undefined) as Node | undefined
}
