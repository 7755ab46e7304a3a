import { matchRegions } from '../catalog/catalog.js'
import { lineStart, nextLineStart, type TextEdit } from './text-edits.js'

const OPENING = /^[ \t]*(:{3,})only\{([^}\n]*)\}[ \t]*$/
const ANY_OPENING = /^[ \t]*:{3,}[A-Za-z]/
const CLOSING = /^[ \t]*:{3,}[ \t]*$/
const REGIONS_ATTRIBUTE = /regions=(?:"([^"]*)"|'([^']*)'|([^\s}"']+))/

/**
 * Edits to the `:::only{regions="…"}` blocks in one Markdown body (the text between `from` and
 * `to` of a YAML file): a block none of whose regions is served is deleted with its closing fence;
 * a block with some is rewritten to name only those. The text is edited line by line, because a
 * literal block scalar holds its lines verbatim (only indented), so this keeps the body as written.
 */
export function onlyBlockEdits(text: string, from: number, to: number, served: readonly string[]): TextEdit[] {
  const edits: TextEdit[] = []
  let offset = lineStart(text, from)
  while (offset < to) {
    const end = nextLineStart(text, offset)
    const line = text.slice(offset, end).replace(/\n$/, '')
    const opening = OPENING.exec(line)
    const attribute = opening ? REGIONS_ATTRIBUTE.exec(opening[2] ?? '') : null
    if (opening && attribute) {
      const selectors = (attribute[1] ?? attribute[2] ?? attribute[3] ?? '').split(/[\s,]+/).filter(Boolean)
      const kept = selectors.filter((s) => matchRegions(s, served).length > 0)
      if (kept.length === 0) {
        const close = closingLineEnd(text, end, to)
        if (close !== undefined) {
          edits.push({ start: offset, end: withFollowingBlank(text, offset, close, to), text: '' })
          offset = close
          continue
        }
      } else if (kept.length < selectors.length) {
        const attributeStart = offset + line.indexOf(opening[2] ?? '') + attribute.index
        edits.push({ start: attributeStart, end: attributeStart + attribute[0].length, text: `regions="${kept.join(' ')}"` })
      }
    }
    offset = end
  }
  return edits
}

/** The end of the line closing the container that opened just before `offset`, counting nested ones. */
function closingLineEnd(text: string, offset: number, to: number): number | undefined {
  let depth = 1
  while (offset < to) {
    const end = nextLineStart(text, offset)
    const line = text.slice(offset, end).replace(/\n$/, '')
    if (CLOSING.test(line)) depth--
    else if (ANY_OPENING.test(line)) depth++
    if (depth === 0) return end
    offset = end
  }
  return undefined
}

/**
 * When the deleted block had a blank line before it, also delete one blank line after it, so the
 * paragraphs around it stay one blank line apart.
 */
function withFollowingBlank(text: string, start: number, end: number, to: number): number {
  const before = text.slice(lineStart(text, Math.max(0, start - 1)), start)
  const blankBefore = start === 0 || before.trim() === ''
  if (!blankBefore || end >= to) return end
  const next = nextLineStart(text, end)
  return text.slice(end, next).trim() === '' && next <= to ? next : end
}
