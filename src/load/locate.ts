import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml'
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
      const pair = pairsByKey(node).get(String(step))
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

/**
 * The pairs of a mapping by key text, the first of each. Built once per mapping: searching the
 * items for every located key made 20,000 unknown keys quadratic (issue 20, finding 7: a minute).
 */
const keyIndex = new WeakMap<YAMLMap, Map<string, Pair>>()

function pairsByKey(map: YAMLMap): Map<string, Pair> {
  let index = keyIndex.get(map)
  if (!index) {
    index = new Map()
    for (const item of map.items) {
      if (!isScalar(item.key)) continue
      const key = String(item.key.value)
      if (!index.has(key)) index.set(key, item as Pair)
    }
    keyIndex.set(map, index)
  }
  return index
}
