import type { Document, LineCounter } from 'yaml'

/** One YAML source file, parsed, with what is needed to turn a node into file:line:col. */
export interface SourceFile {
  /** Path as shown to the user (relative to the working folder when inside it). */
  path: string
  /** The text after BOM removal and line-ending normalisation. */
  text: string
  doc: Document.Parsed
  lines: LineCounter
}
