import { diagnose, type Diagnostic, type Location } from '../diagnostics/diagnostic.js'
import { locate, type DataPath } from './locate.js'
import type { SourceFile } from './source-file.js'

/** Where the items of a top-level list came from, when it is spread over several files. */
interface Segment {
  file: SourceFile
  start: number
  count: number
}

type Origin = { file: SourceFile } | { segments: Segment[] }

/**
 * A policy's files merged into one document, remembering which file (and which item of a list
 * spread over files) every value came from, so any problem in the merged data is reported at its
 * own file:line:col.
 */
export interface PolicySource {
  /** The policy folder (or single file) as shown to the user. */
  path: string
  files: readonly SourceFile[]
  data: Record<string, unknown>
  locate(path: DataPath, part?: 'value' | 'key'): Location
  /** The file a value came from and its path within that file. */
  origin(path: DataPath): { file: SourceFile; path: DataPath } | undefined
}

/**
 * Merges the files of one policy. Top-level lists are joined in file order; any other key may be
 * set in one file only.
 */
export function mergePolicyFiles(path: string, parts: readonly { file: SourceFile; data: Record<string, unknown> }[]): { source: PolicySource; diagnostics: Diagnostic[] } {
  const data: Record<string, unknown> = {}
  const origins = new Map<string, Origin>()
  const diagnostics: Diagnostic[] = []
  for (const { file, data: part } of parts) {
    for (const [key, value] of Object.entries(part)) {
      const previous = origins.get(key)
      if (previous === undefined) {
        if (Array.isArray(value)) origins.set(key, { segments: [{ file, start: 0, count: value.length }] })
        else origins.set(key, { file })
        defineValue(data, key, Array.isArray(value) ? [...value] : value)
        continue
      }
      if ('segments' in previous && Array.isArray(value)) {
        const list = data[key] as unknown[]
        previous.segments.push({ file, start: list.length, count: value.length })
        list.push(...value)
        continue
      }
      const first = 'segments' in previous ? previous.segments[0]!.file : previous.file
      const firstAt = locate(first, [key], 'key')
      diagnostics.push(
        diagnose(locate(file, [key], 'key'), {
          ruleId: 'duplicate-key',
          source: 'yaml',
          reason: `\`${key}\` is already set in ${first.path}:${firstAt.start.line}:${firstAt.start.column}`,
          hint: 'Only lists may be spread over several files: keep this key in one file.',
        }),
      )
    }
  }
  const main = parts.find((p) => 'id' in p.data)?.file ?? parts[0]?.file
  const origin = (dataPath: DataPath): { file: SourceFile; path: DataPath } | undefined => {
    const [head, index, ...rest] = dataPath
    const found = typeof head === 'string' ? origins.get(head) : undefined
    if (found === undefined) return undefined
    if ('file' in found) return { file: found.file, path: dataPath }
    if (typeof index !== 'number') return { file: found.segments[0]!.file, path: [head!] }
    const segment = found.segments.find((s) => index >= s.start && index < s.start + s.count) ?? found.segments[0]!
    return { file: segment.file, path: [head!, index - segment.start, ...rest] }
  }
  const source: PolicySource = {
    path,
    files: parts.map((p) => p.file),
    data,
    origin,
    // Arrow functions, so the methods can be passed around unbound.
    locate: (dataPath, part = 'value') => {
      const found = origin(dataPath)
      if (found) return locate(found.file, found.path, part)
      return { file: main?.path ?? path, start: { line: 1, column: 1 } }
    },
  }
  return { source, diagnostics }
}

/**
 * Sets a key even when it is `__proto__`, without touching the prototype. Only that key needs
 * defineProperty (its assignment is the prototype setter); a plain assignment is several times
 * faster for the rest, which counts in a file of 90,000 keys (issue 20, finding 7).
 */
function defineValue(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  else target[key] = value
}
