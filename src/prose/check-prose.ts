import type { Nodes, Root } from 'mdast'
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { diagnose, type Diagnostic, type Point } from '../diagnostics/diagnostic.js'
import { suggestion } from '../diagnostics/did-you-mean.js'
import type { BodyLocator } from './body-locator.js'
import { DIRECTIVES, isTableKind, splitRegions, TABLE_KINDS, type TableKind } from './directives.js'
import { filtersOf, TABLE_FILTERS } from './table-filters.js'
import { unsafeUrl } from './safe-url.js'

type Directive = ContainerDirective | LeafDirective | TextDirective

export interface ProseContext {
  /** Ids `:ref` may name: entities and sections. */
  ids: ReadonlySet<string>
  /** Checks a region selector; returns a diagnostic's reason and hint when it matches nothing. */
  checkRegion(selector: string): { reason: string; hint?: string | undefined } | undefined
  locate: BodyLocator
  /** The values a table filter can match in this policy (`source` of categories: every source some category has). */
  filterValues?: (kind: TableKind, key: string) => string[]
  /** The body's Markdown as written: directives the parser could not read are found in it. */
  text?: string | undefined
}

/**
 * A directive opener the parser left as text: colons not after a letter, digit, colon or
 * backslash (`\:` escapes one), a name, then `{` or `[`. Inside a text node it means the
 * attributes or label could not be read (issue 20, finding 21: `::table{of="x\" onload=…"}`).
 */
const UNREAD_DIRECTIVE = /(?<![\\\p{L}\p{N}_:])(:{1,3})([A-Za-z][\w-]*)(?=[[{])/gu

const MALFORMED_HINT =
  'Write attributes as `{of=categories}`: a value with spaces in double quotes, no quote inside a value, one closing `}` with nothing after it on the line. To show the text itself, escape each colon as `\\:`.'

/**
 * Checks one parsed body: directives and their attributes exist, `:ref` ids and `only` regions
 * resolve, no raw HTML, no unsafe link. Each problem is reported at its line in the YAML file.
 */
export function checkProse(tree: Root, context: ProseContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  const report = (node: Nodes, ruleId: string, reason: string, hint?: string) =>
    diagnostics.push(diagnose(context.locate(node.position?.start, node.position?.end), { ruleId, source: 'prose', reason, hint }))

  visit(tree, (node) => {
    if (node.type === 'html') {
      report(node, 'raw-html', `Unexpected raw HTML \`${truncate(node.value)}\` in Markdown`, 'Write it in Markdown; raw HTML is never published.')
      return
    }
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && unsafeUrl(node.url)) {
      report(node, 'unsafe-url', `Unexpected unsafe link \`${truncate(node.url)}\``, 'Link to an https:, http:, mailto: or tel: address, or to a section with #id.')
      return
    }
    if (node.type === 'image' || node.type === 'imageReference') {
      // The HTML sanitizer removes every image (no `img` in its allow-list); `index.md` kept them
      // (issue 20, finding 21). Refused here, so no format shows what another drops.
      const written = node.type === 'image' ? `![${node.alt ?? ''}](${node.url})` : `![${node.alt ?? ''}][${node.label ?? node.identifier}]`
      report(node, 'image-in-prose', `Unexpected image \`${truncate(written, 60)}\`: pages show no images`, 'Describe it in words, or link to it: `[chart](https://example.com/chart.png)`.')
      return
    }
    if (node.type === 'text' && context.text !== undefined) {
      for (const unread of unreadDirectives(node, context.text)) {
        diagnostics.push(diagnose(context.locate(unread.start, unread.end), { ruleId: 'malformed-directive', source: 'prose', reason: `\`${unread.opener}…\` is not a directive: its attributes or label could not be read`, hint: MALFORMED_HINT }))
      }
      return
    }
    if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return
    checkDirective(node, context, report)
  })
  return diagnostics
}

function checkDirective(node: Directive, context: ProseContext, report: (node: Nodes, ruleId: string, reason: string, hint?: string) => void): void {
  const marker = node.type === 'containerDirective' ? ':::' : node.type === 'leafDirective' ? '::' : ':'
  // `:ref{id=x and more`: the parser reads `:ref` and leaves the unclosed attributes as text.
  // A `[` right after is the directive's own unread label only when nothing but its name was read
  // (`:ref{id=x}[^1]` is a directive and a footnote).
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const after = context.text !== undefined && start !== undefined && end !== undefined ? context.text[end] : undefined
  const bare = after !== undefined && end! - start! === marker.length + node.name.length
  if (after === '{' || (after === '[' && bare)) {
    report(node, 'malformed-directive', `\`${marker}${node.name}${after}…\` is not a directive: its attributes or label could not be read`, MALFORMED_HINT)
    return
  }
  const spec = DIRECTIVES[node.name]
  if (!spec) {
    report(node, 'unknown-directive', `Unknown directive \`${marker}${node.name}\``, suggestion(node.name, Object.keys(DIRECTIVES)) ?? `Use one of ${Object.values(DIRECTIVES).map((d) => `\`${d.syntax.split('\n')[0]}\``).join(', ')}; to write a colon before a word, escape it as \`\\:\`.`)
    return
  }
  if (spec.type !== node.type) {
    report(node, 'misplaced-directive', `\`${marker}${node.name}\` is written the wrong way`, `Write it as \`${spec.syntax.split('\n')[0]}\`.`)
    return
  }
  const attributes = node.attributes ?? {}
  for (const name of Object.keys(attributes)) {
    if (!spec.attributes.includes(name)) {
      report(node, 'unknown-directive-attribute', `Unknown attribute \`${name}\` on \`${marker}${node.name}\``, suggestion(name, spec.attributes) ?? `Allowed: ${spec.attributes.map((a) => `\`${a}\``).join(', ')}.`)
    }
  }
  for (const name of spec.required) {
    if (!attributes[name]) report(node, 'missing-directive-attribute', `Missing attribute \`${name}\` on \`${marker}${node.name}\``, `Write it as \`${spec.syntax.split('\n')[0]}\`.`)
  }
  if (node.name === 'table' && attributes.of && !isTableKind(attributes.of)) {
    report(node, 'unknown-table', `Unknown table \`${attributes.of}\``, suggestion(attributes.of, TABLE_KINDS) ?? `Tables: ${TABLE_KINDS.join(', ')}.`)
  }
  if (node.name === 'table' && attributes.of && isTableKind(attributes.of)) {
    const allowed = Object.keys(TABLE_FILTERS[attributes.of] ?? {})
    for (const [key, value] of filtersOf(attributes)) {
      if (!allowed.includes(key)) {
        report(node, 'unknown-table-filter', `\`::table{of=${attributes.of}}\` cannot be filtered by \`${key}\``, allowed.length ? `Filters of this table: ${allowed.map((a) => `\`${a}\``).join(', ')}.` : 'This table takes no filters.')
      } else if (context.filterValues && !context.filterValues(attributes.of, key).includes(value)) {
        const known = context.filterValues(attributes.of, key)
        report(node, 'unknown-table-filter', `No row of \`::table{of=${attributes.of}}\` has ${key} \`${value}\`, so the table would be empty`, suggestion(value, known) ?? (known.length ? `Values in use: ${known.map((k) => `\`${k}\``).join(', ')}.` : undefined))
      }
    }
  }
  if (node.name === 'ref' && attributes.id && !context.ids.has(attributes.id)) {
    report(node, 'unknown-reference', `\`:ref\` names \`${attributes.id}\`, which is not defined`, suggestion(attributes.id, context.ids) ?? 'Use the id of a category, purpose, recipient, retention rule, cookie, channel or section.')
  }
  if (node.name === 'only' && attributes.regions) {
    for (const selector of splitRegions(attributes.regions)) {
      const problem = context.checkRegion(selector)
      if (problem) report(node, 'unknown-region', problem.reason, problem.hint)
    }
  }
}

function truncate(text: string, length = 40): string {
  const line = text.split('\n')[0] ?? ''
  return line.length > length ? `${line.slice(0, length - 3)}…` : line
}

/** Directive openers in a text node's source (see UNREAD_DIRECTIVE), with their place in the body. */
function unreadDirectives(node: Nodes, text: string): { opener: string; start: Point; end: Point }[] {
  const from = node.position?.start.offset
  const to = node.position?.end.offset
  if (from === undefined || to === undefined) return []
  const found: { opener: string; start: Point; end: Point }[] = []
  for (const match of text.slice(from, to).matchAll(UNREAD_DIRECTIVE)) {
    const offset = from + match.index
    const opener = `${match[0]}${text[offset + match[0].length]}`
    found.push({ opener, start: pointAt(text, offset), end: pointAt(text, offset + opener.length) })
  }
  return found
}

/** The 1-based line and column of an offset in a body. */
function pointAt(text: string, offset: number): Point {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return { line, column: offset - lineStart + 1 }
}
