/**
 * Limits on what the Markdown parser (micromark, through remark-parse) may see. Its block
 * containers and its resolution of emphasis and brackets recurse or rescan: a body nested
 * thousands deep overflows the stack ("Maximum call stack size exceeded"), and long runs of
 * `*_` or `[` take minutes (issue 20 findings 5 and 7: 49 s for `- ` × 4000, 307 s for `*_` ×
 * 50,000). No legal notice comes near these numbers; a body that does is refused before parsing,
 * in one linear scan, with the line of the first place over the limit.
 */

/** Nested block quotes and list items on one line, counting two columns of indentation as a level. */
export const MAX_PROSE_NESTING = 32
/**
 * Emphasis, strikethrough, bracket and code markers (`*`, `_`, `~`, `[`, `]`, `` ` ``) and
 * directive openers (`:` before a letter or digit) in one paragraph, and in one body. The XWMS and Acme notices use at most 32 in a paragraph and 50 in
 * a body; micromark's time grows with the square of the markers in a paragraph (200 `*_`: ~3 ms,
 * 800: ~65 ms, 100,000: minutes), so these keep a whole 1 MiB file to a few seconds.
 */
export const MAX_PARAGRAPH_MARKERS = 200
export const MAX_BODY_MARKERS = 2000

export interface ProseLimitProblem {
  /** 1-based line and column inside the body. */
  line: number
  column: number
  reason: string
  hint: string
}

const MARKERS = new Set(['*', '_', '~', '[', ']', '`'])
const DIRECTIVE_NAME_START = /[A-Za-z0-9]/

/** The first place where a body goes over a limit, or undefined when it stays within them all. */
export function proseLimitProblem(body: string): ProseLimitProblem | undefined {
  const lines = body.split('\n')
  let markers = 0
  let total = 0
  let paragraphStart = 1
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (line.trim() === '') {
      markers = 0
      paragraphStart = index + 2
      continue
    }
    const depth = nestingOf(line)
    if (depth > MAX_PROSE_NESTING) {
      return {
        line: index + 1,
        column: 1,
        reason: `Markdown nested ${depth} levels deep (lists, quotes or indentation); the limit is ${MAX_PROSE_NESTING}`,
        hint: 'Flatten the lists and quotes: a notice never needs more than a few levels.',
      }
    }
    for (let i = 0; i < line.length; i++) {
      const char = line[i]!
      // A colon before a letter or digit opens a directive (`:ref`, and to micromark `10:30`'s
      // `:30` too): 20,000 of them on one line took 12 s to parse and report (finding 6).
      if (!MARKERS.has(char) && !(char === ':' && DIRECTIVE_NAME_START.test(line[i + 1] ?? ''))) continue
      markers++
      total++
    }
    if (markers > MAX_PARAGRAPH_MARKERS) {
      return {
        line: paragraphStart,
        column: 1,
        reason: `Paragraph holds more than ${MAX_PARAGRAPH_MARKERS} Markdown markers (\`*\`, \`_\`, \`~\`, brackets, backticks and directives), the limit`,
        hint: 'Split the paragraph, or remove markers that format nothing.',
      }
    }
    if (total > MAX_BODY_MARKERS) {
      return {
        line: index + 1,
        column: 1,
        reason: `Body holds more than ${MAX_BODY_MARKERS} Markdown markers (\`*\`, \`_\`, \`~\`, brackets, backticks and directives), the limit`,
        hint: 'Split the section into several sections, or remove markers that format nothing.',
      }
    }
  }
  return undefined
}

/**
 * How deep one line nests: every `>` and list marker (`-`, `*`, `+`, `1.`, `1)`) at its start
 * opens a container, and indentation counts one level per two columns (a nested list's items
 * are indented under their parent's text). A tab counts as four columns, as CommonMark says.
 */
function nestingOf(line: string): number {
  let depth = 0
  let columns = 0
  let i = 0
  while (i < line.length) {
    const char = line[i]!
    if (char === ' ' || char === '\t') {
      // Only the indentation before the first marker nests; the space after a marker does not.
      if (depth === 0) columns += char === '\t' ? 4 : 1
      i++
    } else if (char === '>') {
      depth++
      i++
    } else if ((char === '-' || char === '*' || char === '+') && (i + 1 === line.length || line[i + 1] === ' ' || line[i + 1] === '\t')) {
      depth++
      i++
    } else {
      const ordered = /^\d{1,9}[.)](?=[ \t]|$)/.exec(line.slice(i, i + 11))
      if (!ordered) break
      depth++
      i += ordered[0].length
    }
  }
  return depth + Math.floor(columns / 2)
}
