import type { Nodes, Root } from 'mdast'
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js'
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
}

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
    if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return
    checkDirective(node, context, report)
  })
  return diagnostics
}

function checkDirective(node: Directive, context: ProseContext, report: (node: Nodes, ruleId: string, reason: string, hint?: string) => void): void {
  const marker = node.type === 'containerDirective' ? ':::' : node.type === 'leafDirective' ? '::' : ':'
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

function truncate(text: string): string {
  const line = text.split('\n')[0] ?? ''
  return line.length > 40 ? `${line.slice(0, 37)}…` : line
}
