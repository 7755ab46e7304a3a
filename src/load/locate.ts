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
  const found = walk(file, path)
  const target = (part === 'key' && found.key) || found.node
  const range = target?.range
  if (!range) return { file: file.path, start: { line: 1, column: 1 } }
  return { file: file.path, start: point(file, range[0]), end: point(file, range[1]) }
}

/** The YAML node at a data path, or undefined when the path does not exist. */
export function nodeAt(file: SourceFile, path: DataPath): Node | undefined {
  const found = walk(file, path)
  return found.complete ? found.node : undefined
}

/** The 1-based line and column of a character offset. */
export function point(file: SourceFile, offset: number): { line: number; column: number } {
  const p = file.lines.linePos(offset)
  return { line: p.line, column: p.col }
}

/** Steps through maps and lists as far as the path goes. */
function walk(file: SourceFile, path: DataPath): { node: Node | undefined; key: Node | undefined; complete: boolean } {
  let node = (file.doc.contents ?? undefined) as Node | undefined
  let key: Node | undefined
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(step))
      if (!pair) return { node, key, complete: false }
      key = pair.key as Node
      node = (pair.value ?? pair.key) as Node
    } else if (isSeq(node) && typeof step === 'number' && node.items[step] !== undefined) {
      key = undefined
      node = node.items[step] as Node
    } else {
      return { node, key, complete: false }
    }
  }
  return { node, key, complete: true }
}
