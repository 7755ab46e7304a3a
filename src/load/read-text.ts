import { readFile, stat } from 'node:fs/promises'
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js'

/** Larger sources are refused before parsing: a notice is tens of kilobytes, not megabytes. */
export const MAX_SOURCE_BYTES = 1024 * 1024

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Characters that make text read differently from how it is stored (Trojan Source, CVE-2021-42574). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/

export type ReadResult = { text: string; diagnostics: Diagnostic[] } | { text: undefined; diagnostics: Diagnostic[] }

/**
 * Reads a source file as UTF-8 text, refusing what a YAML parser should never see: oversized
 * files, invalid UTF-8, NUL bytes and bidirectional control characters. A leading BOM is dropped
 * and CRLF / CR line endings become LF, so the same text gives the same output on every platform.
 */
export async function readSourceText(path: string, displayPath: string): Promise<ReadResult> {
  const at = (line = 1, column = 1) => ({ file: displayPath, start: { line, column } })
  let bytes: Buffer
  try {
    const info = await stat(path)
    if (!info.isFile()) {
      return fail(at(), 'not-a-file', `\`${displayPath}\` is not a regular file`, 'Pass a YAML file or a policy folder.')
    }
    if (info.size > MAX_SOURCE_BYTES) {
      return fail(
        at(),
        'file-too-large',
        `File is ${info.size} bytes, over the limit of ${MAX_SOURCE_BYTES} bytes`,
        'Split the policy over several files in its folder.',
      )
    }
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO'
    return fail(at(), 'unreadable-file', `Cannot read \`${displayPath}\` (${code})`, 'Check that the file exists and is readable.')
  }
  return decodeSource(bytes, displayPath)
}

/** Decodes and checks bytes already in memory (also used for revisions read from git). */
export function decodeSource(bytes: Uint8Array, displayPath: string): ReadResult {
  const at = (line = 1, column = 1) => ({ file: displayPath, start: { line, column } })
  if (bytes.byteLength > MAX_SOURCE_BYTES) {
    return fail(at(), 'file-too-large', `File is ${bytes.byteLength} bytes, over the limit of ${MAX_SOURCE_BYTES} bytes`, 'Split the policy over several files in its folder.')
  }
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    const { line, column } = firstInvalidUtf8(bytes)
    return fail(at(line, column), 'invalid-utf8', 'File is not valid UTF-8', 'Save the file as UTF-8 (most editors offer this under "Save with encoding").')
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1)
  text = text.replace(/\r\n?/g, '\n')
  const nul = text.indexOf('\u0000')
  if (nul !== -1) {
    const p = pointAt(text, nul)
    return fail(at(p.line, p.column), 'nul-character', 'File contains a NUL character', 'Remove it; YAML sources are plain text.')
  }
  const bidi = BIDI_CONTROLS.exec(text)
  if (bidi) {
    const p = pointAt(text, bidi.index)
    return fail(
      at(p.line, p.column),
      'bidi-control-character',
      `File contains the bidirectional control character U+${bidi[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
      'Remove it: it can make text display differently from what is stored.',
    )
  }
  return { text, diagnostics: [] }
}

function fail(at: { file: string; start: { line: number; column: number } }, ruleId: string, reason: string, hint: string): ReadResult {
  return { text: undefined, diagnostics: [diagnose(at, { ruleId, source: 'io', reason, hint })] }
}

function pointAt(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/** Finds the first byte that breaks UTF-8, as a line and (byte) column. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    const width = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (width === 0) break
    try {
      utf8.decode(bytes.subarray(i, i + width))
    } catch {
      break
    }
    if (b === 0x0a) {
      line++
      lineStart = i + 1
    }
    i += width
  }
  return { line, column: i - lineStart + 1 }
}
