import { isAlias, isCollection, isMap, isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml'
import { diagnose, type Diagnostic, type Location } from '../diagnostics/diagnostic.js'
import { point } from './locate.js'
import type { SourceFile } from './source-file.js'

/** Deeper structures are refused: the format never nests more than a few levels. */
export const MAX_DEPTH = 32
/**
 * Keys in one mapping. The format's largest mappings hold a few dozen (a policy's top level, a
 * config's rules); 90,000 unknown keys (a 1 MiB file) took 16 s of checking on a loaded machine
 * (issue 20, finding 7): refused here, before the schema and the merge see them.
 */
export const MAX_MAPPING_KEYS = 1000
/** Stop reporting a file's YAML problems after this many, and say how many more there are. */
export const MAX_YAML_DIAGNOSTICS = 50

const ERROR_RULES: Record<string, string> = {
  DUPLICATE_KEY: 'duplicate-key',
  TAB_AS_INDENT: 'tab-indentation',
  MULTIPLE_DOCS: 'multiple-documents',
}

const ERROR_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'Each key may appear once in a mapping: remove or merge the repeated one.',
  TAB_AS_INDENT: 'Indent with spaces; YAML does not allow tabs for indentation.',
  MULTIPLE_DOCS: 'Keep one document per file: remove the `---` separator, or split into two files.',
  BAD_INDENT: 'Line the key up with its siblings, using spaces.',
  BLOCK_AS_IMPLICIT_KEY: 'A value containing `: ` must be quoted, e.g. "Note: like this".',
  MISSING_CHAR: 'Close the quote or bracket that was opened.',
}

/**
 * Characters that raw bytes cannot carry into a source (read-text.ts refuses NUL and the bidi
 * controls in the file) but a double-quoted YAML escape can (`"\0"`, `"\u202E"`, `"\e"`): C0
 * controls other than tab and line feed, DEL, C1 controls, and the bidirectional controls. They
 * reached the HTML (NUL is a forbidden code point there) and the terminal (issue 20, finding 8).
 * A carriage return is among them: read-text.ts turns a raw one into a line end, so one in a value
 * can only come from the `"\r"` escape, and it moves the terminal's cursor in `show` and `check`.
 */
const ESCAPED_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
}

export type ParseResult = { file: SourceFile; data: unknown; diagnostics: Diagnostic[] } | { file: undefined; data: undefined; diagnostics: Diagnostic[] }

/**
 * Parses one YAML file with the YAML 1.2 core schema (so `no` stays the text "no" and dates stay
 * text), and refuses every YAML feature a policy does not need: directives, tags, anchors,
 * aliases and merge keys, several documents, and deep nesting. Every problem is reported, each at
 * its own line and column; data is only returned when there is none.
 */
export function parseYaml(text: string, displayPath: string): ParseResult {
  // A file read again unchanged (the dev loop re-reads every file of the policy a save touched)
  // is not parsed again: its document is kept, and only its data made anew, so no caller shares it.
  const key = `${displayPath}\u0000${text}`
  const kept = parsedFiles.get(key)
  if (kept) {
    parsedFiles.delete(key)
    parsedFiles.set(key, kept)
    return { file: kept, data: dataOf(kept.doc), diagnostics: [] }
  }
  const parsed = parseYamlText(text, displayPath)
  if (parsed.file) {
    parsedFiles.set(key, parsed.file)
    if (parsedFiles.size > PARSED_FILES_KEPT) parsedFiles.delete(parsedFiles.keys().next().value as string)
  }
  return parsed
}

/**
 * Files that parsed without a problem, by path and exact text, the most recently used last: two
 * policies' worth (a policy is three or four files). A save in `policyc dev` re-reads the edited
 * policy's every file, and its unchanged ones (XWMS: policy.yaml, sections.yaml and a translation,
 * ~10 ms of the ~12 ms the three take to parse) come from here. Few, because a parsed document
 * weighs many times its text, and a `check` of many policies parses nothing twice.
 */
const parsedFiles = new Map<string, SourceFile>()
const PARSED_FILES_KEPT = 8

function parseYamlText(text: string, displayPath: string): ParseResult {
  const lines = new LineCounter()
  let doc
  try {
    doc = parseDocument(text, {
      version: '1.2',
      schema: 'core',
      merge: false,
      // The parser's own check compares each key with every earlier one: 20,000 keys took a
      // minute (issue 20, finding 7). Duplicates are found below with one set per mapping.
      uniqueKeys: false,
      strict: true,
      prettyErrors: true,
      lineCounter: lines,
    })
  } catch (error) {
    if (error instanceof RangeError) {
      return failed([diagnose(whole(displayPath), { ruleId: 'nesting-too-deep', source: 'yaml', reason: 'YAML nesting is too deep to parse', hint: `Keep structures under ${MAX_DEPTH} levels deep.` })])
    }
    throw error
  }
  const file: SourceFile = { path: displayPath, text, doc, lines }
  const diagnostics: Diagnostic[] = withoutEchoes(doc.errors.map((error) => fromYamlError(error, file)))

  if (doc.directives?.yaml.explicit) {
    diagnostics.push(at(file, 0, 'yaml-directive', `Unexpected \`%YAML ${doc.directives.yaml.version}\` directive`, 'Remove it: policy files are always read as YAML 1.2.'))
  }
  const tagDirective = /^%TAG\b/m.exec(text)
  if (tagDirective) diagnostics.push(at(file, tagDirective.index, 'yaml-directive', 'Unexpected `%TAG` directive', 'Remove it: tags are not used in policy files.'))

  if (doc.errors.length === 0) {
    if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
      diagnostics.push(diagnose(whole(displayPath), { ruleId: 'empty-file', source: 'yaml', reason: 'File has no content', hint: 'Add the policy keys, or delete the file.' }))
    } else if (!isMap(doc.contents)) {
      diagnostics.push(at(file, doc.contents.range?.[0] ?? 0, 'root-not-mapping', `Expected a mapping of keys (like \`id: …\`) at the top of the file, got a ${describeNode(doc.contents)}`, 'Start each line at the top level with a key followed by a colon.'))
    }
    visit(doc, {
      Node(_key, node, path) {
        if (isAlias(node)) {
          diagnostics.push(at(file, node.range?.[0] ?? 0, 'yaml-alias', `Unexpected alias \`*${node.source}\``, 'Write the value out in full: aliases are not allowed in policy files.'))
          return visit.SKIP
        }
        if ('anchor' in node && node.anchor) {
          diagnostics.push(at(file, anchorOffset(text, node.range?.[0] ?? 0, node.anchor), 'yaml-anchor', `Unexpected anchor \`&${node.anchor}\``, 'Remove it: anchors and aliases are not allowed in policy files.'))
        }
        if ('tag' in node && node.tag) {
          diagnostics.push(at(file, tagOffset(text, node.range?.[0] ?? 0), 'yaml-tag', `Unexpected tag \`${shortTag(node.tag)}\``, 'Remove the tag: values are read as plain text, numbers and true/false.'))
        }
        if (isScalar(node) && typeof node.value === 'string') {
          const control = ESCAPED_CONTROL.exec(node.value)
          if (control) diagnostics.push(at(file, node.range?.[0] ?? 0, 'control-character', `Text holds the control character ${codePoint(control[0])}`, 'Remove it (or its escape, such as `\\0` or `\\u202E`): NUL, terminal and bidirectional controls never belong in a notice.'))
        }
        // (A `Map` visitor would replace this one for mappings, so duplicates are found here.)
        if (isMap(node) && node.items.length > MAX_MAPPING_KEYS) {
          diagnostics.push(at(file, node.range?.[0] ?? 0, 'too-many-keys', `Mapping holds ${node.items.length} keys; the limit is ${MAX_MAPPING_KEYS}`, 'A policy mapping holds a few dozen keys: remove the extra ones, or make a list of the items.'))
          return visit.SKIP
        }
        if (isMap(node)) {
          const seen = new Set<string>()
          for (const pair of node.items) {
            if (isCollection(pair.key)) {
              // `? [a, b]: x`: JavaScript objects have text keys only, and the YAML library would
              // print its own warning on stderr while turning the key into text (issue 20, finding 21).
              const offset = complexKeyOffset(text, pair.key.range?.[0] ?? 0)
              diagnostics.push(at(file, offset, 'complex-key', 'A key must be plain text, not a list or a mapping', 'Write the key as a word, such as `title:`; lists and mappings belong after the colon, as values.'))
              continue
            }
            if (!isScalar(pair.key)) continue
            // Equal as the parser compares keys: same value, so `id` and `"id"` are twins, `1` and `"1"` are not.
            const value: unknown = pair.key.value
            const identity = `${typeof value}\0${String(value)}`
            if (seen.has(identity)) {
              const offset = pair.key.range?.[0] ?? 0
              diagnostics.push(at(file, offset, 'duplicate-key', `Duplicate key \`${keyAt(text, offset)}\``, ERROR_HINTS['DUPLICATE_KEY']!))
            }
            seen.add(identity)
          }
        }
        if (isCollection(node) && path.filter(isCollection).length >= MAX_DEPTH) {
          diagnostics.push(at(file, node.range?.[0] ?? 0, 'nesting-too-deep', `Nesting is deeper than ${MAX_DEPTH} levels`, 'Flatten the structure; the policy format is only a few levels deep.'))
          return visit.BREAK
        }
        return undefined
      },
      Pair(_key, pair) {
        if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN') {
          diagnostics.push(at(file, pair.key.range?.[0] ?? 0, 'yaml-merge-key', 'Unexpected merge key `<<`', 'Write the keys out in full: merge keys are not allowed in policy files.'))
        }
      },
    })
  }

  if (diagnostics.length > MAX_YAML_DIAGNOSTICS) {
    const shown = diagnostics.sort((a, b) => a.start.line - b.start.line || a.start.column - b.start.column).slice(0, MAX_YAML_DIAGNOSTICS)
    const more = diagnostics.length - MAX_YAML_DIAGNOSTICS
    const last = shown[shown.length - 1]!
    shown.push(diagnose({ file: file.path, start: last.start }, { ruleId: 'too-many-problems', source: 'yaml', reason: `${more} more YAML problem${more === 1 ? '' : 's'} in this file not shown (policyc reports the first ${MAX_YAML_DIAGNOSTICS})`, hint: 'Fix the problems above and check again to see the rest.' }))
    return failed(shown)
  }
  if (diagnostics.length > 0) return failed(diagnostics)
  return { file, data: dataOf(doc), diagnostics: [] }
}

/**
 * The document's data, its strings copies of their own. The parser cuts a plain scalar out of the
 * file's text, and V8 keeps the whole text alive behind such a slice: a name or title that ended
 * up in a long-lived cache (a rendered table's HTML in the fragment cache) kept its whole YAML file
 * with it, 63 kB a policy in a build of 1000 (issue 19, the memory of `policyc build`, found with
 * heap snapshots). A structured clone copies every string and keeps every value as it is.
 */
function dataOf(doc: Document.Parsed): unknown {
  return structuredClone(doc.toJS({ maxAliasCount: 0 }))
}

function failed(diagnostics: Diagnostic[]): ParseResult {
  return { file: undefined, data: undefined, diagnostics }
}

function whole(file: string): Location {
  return { file, start: { line: 1, column: 1 } }
}

function at(file: SourceFile, offset: number, ruleId: string, reason: string, hint: string): Diagnostic {
  return diagnose({ file: file.path, start: point(file, offset) }, { ruleId, source: 'yaml', reason, hint })
}

/** The parser's wording where it speaks of its own API, or leaves out what the user needs to know. */
const REASONS: Record<string, (error: YAMLError, text: string) => string> = {
  MULTIPLE_DOCS: () => 'File holds more than one YAML document',
  DUPLICATE_KEY: (error, text) => `Duplicate key \`${keyAt(text, error.pos[0])}\``,
}

function fromYamlError(error: YAMLError, file: SourceFile): Diagnostic {
  let [startOffset, endOffset] = error.pos
  if (error.code === 'MISSING_CHAR' && /closing ["']quote/.test(error.message)) {
    // The parser notices a missing closing quote only at the end of the file; the fix is where the quote opened.
    const quote = /closing (["'])quote/.exec(error.message)![1]!
    const opening = lastOpeningQuote(file.text, quote, startOffset)
    if (opening !== -1) [startOffset, endOffset] = [opening, opening + 1]
  }
  if (/Maximum call stack/.test(error.message)) {
    // The parser recurses per level and reports its own stack overflow as an error.
    return diagnose({ file: file.path, start: point(file, startOffset) }, { ruleId: 'nesting-too-deep', source: 'yaml', reason: 'YAML nesting is too deep to parse', hint: `Keep structures under ${MAX_DEPTH} levels deep.` })
  }
  const reason = REASONS[error.code]?.(error, file.text) ?? (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '')
  return diagnose(
    { file: file.path, start: point(file, startOffset), end: point(file, endOffset) },
    { ruleId: ERROR_RULES[error.code] ?? 'yaml-syntax', source: 'yaml', reason, hint: ERROR_HINTS[error.code] ?? 'Check the YAML syntax on this line: indentation, quotes and colons.' },
  )
}

/**
 * One mistake (a tab, a missing quote) often makes the parser complain again on the same line:
 * keep the first. After a stack overflow everything else the parser said is an artefact.
 */
function withoutEchoes(diagnostics: Diagnostic[]): Diagnostic[] {
  const overflow = diagnostics.find((d) => d.ruleId === 'nesting-too-deep')
  if (overflow) return [overflow]
  const lines = new Set<number>()
  return diagnostics.filter((d) => {
    if (d.ruleId === 'yaml-syntax' && lines.has(d.start.line)) return false
    lines.add(d.start.line)
    return true
  })
}

function keyAt(text: string, offset: number): string {
  const rest = text.slice(offset, offset + 200)
  const quoted = /^(["'])(.*?)\1/.exec(rest)
  if (quoted) return quoted[2]!
  return (/^[^:\n]*/.exec(rest)?.[0] ?? '').trim()
}

/** The last quote before `before` that opens a value (after `: `, `- `, `[` or `,`). */
function lastOpeningQuote(text: string, quote: string, before: number): number {
  for (let i = text.lastIndexOf(quote, before); i > 0; i = text.lastIndexOf(quote, i - 1)) {
    if (/(:\s|-\s|\[|,)\s*$/.test(text.slice(Math.max(0, i - 3), i))) return i
  }
  return -1
}

function describeNode(node: unknown): string {
  if (isScalar(node)) return typeof node.value === 'string' ? 'text value' : `${typeof node.value} value`
  return 'list'
}

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag
}

/** A node's range starts at its content; its tag or anchor stands just before it on the line. */
function tagOffset(text: string, contentOffset: number): number {
  const found = text.lastIndexOf('!', contentOffset)
  return found === -1 ? contentOffset : found
}

/** A complex key's `?` indicator, where it stands before the key on the same line; else the key itself. */
function complexKeyOffset(text: string, keyOffset: number): number {
  const before = /\?[ \t]*$/.exec(text.slice(text.lastIndexOf('\n', keyOffset - 1) + 1, keyOffset))
  return before ? keyOffset - before[0].length : keyOffset
}

function anchorOffset(text: string, contentOffset: number, anchor: string): number {
  const found = text.lastIndexOf(`&${anchor}`, contentOffset)
  return found === -1 ? contentOffset : found
}
