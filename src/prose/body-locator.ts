import { isScalar, Scalar } from 'yaml'
import type { Location, Point } from '../diagnostics/diagnostic.js'
import { nodeAt, point } from '../load/locate.js'
import type { PolicySource } from '../load/policy-source.js'

/** Maps a line:column inside a Markdown body to the line:column in the YAML file that holds it. */
export type BodyLocator = (start: Point | undefined, end?: Point) => Location

/**
 * Builds the locator for the body at a data path. A literal block scalar (`body: |`) keeps the
 * body's lines one-to-one with the file's, shifted by the indentation, so each problem lands on
 * its own line. Other scalar styles fold or unescape text, so their problems are reported at the
 * start of the value.
 */
export function bodyLocator(source: PolicySource, path: readonly (string | number)[]): BodyLocator {
  const origin = source.origin(path)
  const fallback = source.locate(path)
  if (!origin) return () => fallback
  const node = nodeAt(origin.file, origin.path)
  if (!isScalar(node) || node.type !== Scalar.BLOCK_LITERAL || !node.range) return () => fallback
  const text = origin.file.text
  const header = point(origin.file, node.range[0])
  const contentStart = text.indexOf('\n', node.range[0]) + 1
  const firstLine = /^( *)\S/m.exec(text.slice(contentStart, node.range[1]))
  const indent = firstLine ? firstLine[1]!.length : 0
  const map = (p: Point): Point => ({ line: header.line + p.line, column: p.column + indent })
  return (start, end) =>
    start === undefined ? fallback : { file: fallback.file, start: map(start), ...(end ? { end: map(end) } : {}) }
}
