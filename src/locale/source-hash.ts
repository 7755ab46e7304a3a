import { createHash } from 'node:crypto'

/**
 * The hash a translation records of the source text it was translated from. One function, used by
 * `check` (is the entry stale?) and by `policyc translate stamp` (record the current hash), so the
 * two can never disagree.
 *
 * Definition: the first 12 hex digits of the SHA-256 of the UTF-8 bytes of the normalised text.
 * 12 hex digits (48 bits) make an accidental match between two versions of one entry practically
 * impossible, and stay short enough to read in a diff.
 */
export const SOURCE_HASH_LENGTH = 12

export function sourceHash(text: string): string {
  return createHash('sha256').update(normaliseSourceText(text), 'utf8').digest('hex').slice(0, SOURCE_HASH_LENGTH)
}

/** A line that starts a Markdown block of its own, so the line break before it is not a soft one. */
const BLOCK_START = /^(?:[-*+][ \t]|[0-9]+[.)][ \t]|#|>|\||:::?|```|~~~|$)/
/** A line that is a block on its own (heading, table row, directive, fence), so the break after it is not soft either. */
const SINGLE_LINE_BLOCK = /^(?:#|\||:::?|```|~~~)/

/**
 * Normalises text so that only a change a reader could see changes the hash:
 * - Unicode NFC, so `é` typed as one code point or as `e` + accent is the same text;
 * - LF line endings, trailing spaces and trailing blank lines dropped;
 * - soft line breaks (a break inside a Markdown paragraph) read as one space, and runs of spaces
 *   inside a line as one, so re-wrapping a paragraph, or switching `>-` for `|`, is not a change.
 * Breaks that start a list item, heading, table row, directive or new paragraph are kept, and so
 * is everything inside a fenced code block.
 */
export function normaliseSourceText(text: string): string {
  const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/[ \t]+$/, ''))
  const out: string[] = []
  let inFence = false
  for (const line of lines) {
    const trimmed = line.trimStart()
    const fence = /^(```|~~~)/.test(trimmed)
    const previous = out.length > 0 ? out[out.length - 1]! : undefined
    // Several blank lines separate paragraphs no more than one does.
    if (!inFence && trimmed === '' && previous === '') continue
    const soft = !inFence && !fence && previous !== undefined && previous !== '' && !BLOCK_START.test(trimmed) && !SINGLE_LINE_BLOCK.test(previous.trimStart())
    if (soft) out[out.length - 1] = `${previous} ${collapseSpaces(trimmed)}`
    else out.push(inFence ? line : indentation(line) + collapseSpaces(trimmed))
    if (fence) inFence = !inFence
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop()
  while (out.length > 0 && out[0] === '') out.shift()
  return out.join('\n')
}

function collapseSpaces(text: string): string {
  return text.replace(/[ \t]+/g, ' ')
}

function indentation(line: string): string {
  return /^[ \t]*/.exec(line)![0]
}
