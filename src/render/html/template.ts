import { diagnose, type Diagnostic, type Point } from '../../diagnostics/diagnostic.js'
import { escapeHtml, TrustedHtml } from './trusted-html.js'

/**
 * policyc's page templates: HTML with a small Mustache-like set of tags, escaping on by default.
 *
 *   {{ name }}              text, HTML-escaped; dotted paths (`page.title`) and `.` (the current item)
 *   {{{ name }}}            raw HTML: only values policyc made (TrustedHtml), anything else is an error
 *   {{# name }}…{{/ name }}  a list: once per item; a value: once if truthy (either becomes `.`)
 *   {{^ name }}…{{/ name }}  once if the value is falsy or an empty list
 *   {{> name }}             the partial `_name.html` from the same folder
 *   {{! comment }}          nothing
 *
 * Template problems (a tag left open, an unknown name) are diagnostics at the template's
 * file:line:col, never exceptions: templates are edited by people, like policies.
 */

type Node =
  | { type: 'text'; value: string }
  | { type: 'variable'; name: string; raw: boolean; at: Point }
  | { type: 'section'; name: string; inverted: boolean; children: Node[]; at: Point }
  | { type: 'partial'; name: string; at: Point }

export interface Template {
  file: string
  nodes: Node[]
}

export interface CompileResult {
  template: Template | undefined
  diagnostics: Diagnostic[]
}

const TAG = /\{\{(\{?)\s*([#^/!>]?)\s*([\s\S]*?)\s*(\}?)\}\}/g
const NAME = /^(?:\.|[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)$/

/** Parses a template; `file` is the path shown in diagnostics. */
export function compileTemplate(source: string, file: string): CompileResult {
  const diagnostics: Diagnostic[] = []
  const root: Node[] = []
  const stack: { name: string; children: Node[]; at: Point }[] = [{ name: '', children: root, at: { line: 1, column: 1 } }]
  const lines = lineStarts(source)
  const report = (offset: number, ruleId: string, reason: string, hint?: string) =>
    diagnostics.push(diagnose({ file, start: pointAt(lines, offset) }, { ruleId, source: 'render', reason, hint }))
  let last = 0
  for (const match of source.matchAll(TAG)) {
    const [whole, open = '', sigil = '', body = '', close = ''] = match
    const top = stack[stack.length - 1]!
    if (match.index > last) top.children.push({ type: 'text', value: source.slice(last, match.index) })
    last = match.index + whole.length
    const at = pointAt(lines, match.index)
    if (sigil === '!') continue
    if (Boolean(open) !== Boolean(close)) {
      report(match.index, 'template-syntax', `Unbalanced braces in \`${whole}\``, 'Write `{{ name }}` for text or `{{{ name }}}` for HTML policyc made.')
      continue
    }
    if (!NAME.test(body) && !(sigil === '>' && /^[\w-]+$/.test(body))) {
      report(match.index, 'template-syntax', `Unexpected \`${whole}\`, expected a name such as \`{{ title }}\``)
      continue
    }
    if (open && sigil) {
      report(match.index, 'template-syntax', `\`${whole}\` mixes a raw value with a section`, 'Use `{{{ name }}}` alone.')
      continue
    }
    if (sigil === '#' || sigil === '^') {
      const section: Node = { type: 'section', name: body, inverted: sigil === '^', children: [], at }
      top.children.push(section)
      stack.push({ name: body, children: section.children, at })
    } else if (sigil === '/') {
      if (stack.length === 1 || top.name !== body) {
        report(match.index, 'template-syntax', `Unexpected \`{{/${body}}}\`, expected ${stack.length === 1 ? 'no closing tag' : `\`{{/${top.name}}}\``}`)
        continue
      }
      stack.pop()
    } else if (sigil === '>') {
      top.children.push({ type: 'partial', name: body, at })
    } else {
      top.children.push({ type: 'variable', name: body, raw: open === '{', at })
    }
  }
  if (last < source.length) stack[stack.length - 1]!.children.push({ type: 'text', value: source.slice(last) })
  for (const open of stack.slice(1)) {
    diagnostics.push(diagnose({ file, start: open.at }, { ruleId: 'template-syntax', source: 'render', reason: `\`{{#${open.name}}}\` is never closed`, hint: `Close it with \`{{/${open.name}}}\`.` }))
  }
  return { template: diagnostics.length ? undefined : { file, nodes: root }, diagnostics }
}

export interface RenderResult {
  html: string
  diagnostics: Diagnostic[]
}

/** Renders a template with data; `partials` gives the compiled `_name.html` templates. */
export function renderTemplate(template: Template, data: object, partials: ReadonlyMap<string, Template> = new Map()): RenderResult {
  const diagnostics: Diagnostic[] = []
  const out: string[] = []
  const report = (file: string, at: Point, ruleId: string, reason: string, hint?: string) =>
    diagnostics.push(diagnose({ file, start: at }, { ruleId, source: 'render', reason, hint }))

  const lookup = (file: string, name: string, at: Point, scopes: readonly unknown[]): { found: boolean; value: unknown } => {
    if (name === '.') return { found: true, value: scopes[scopes.length - 1] }
    const [first, ...rest] = pathOf(name)
    for (let i = scopes.length - 1; i >= 0; i--) {
      const scope = scopes[i]
      if (scope === null || typeof scope !== 'object' || !Object.hasOwn(scope, first!)) continue
      let value: unknown = (scope as Record<string, unknown>)[first!]
      for (const step of rest) {
        if (value === null || value === undefined) return { found: true, value: undefined }
        if (typeof value !== 'object' || !Object.hasOwn(value, step)) {
          report(file, at, 'template-unknown-name', `Unknown name \`${name}\` in the template`, `\`${first}\` has no \`${step}\`; see templates/README.md for the names a page offers.`)
          return { found: false, value: undefined }
        }
        value = (value as Record<string, unknown>)[step]
      }
      return { found: true, value }
    }
    report(file, at, 'template-unknown-name', `Unknown name \`${name}\` in the template`, 'See templates/README.md for the names each page offers.')
    return { found: false, value: undefined }
  }

  const walk = (file: string, nodes: readonly Node[], scopes: readonly unknown[], depth: number): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        out.push(node.value)
      } else if (node.type === 'variable') {
        const { found, value } = lookup(file, node.name, node.at, scopes)
        if (!found || value === undefined || value === null || value === false) continue
        if (node.raw) {
          if (value instanceof TrustedHtml) out.push(value.html)
          else report(file, node.at, 'template-unsafe-raw', `\`{{{${node.name}}}}\` would insert text as HTML`, `Write \`{{${node.name}}}\`: only HTML policyc made can be inserted raw.`)
        } else if (typeof value === 'string' || typeof value === 'number' || value === true) {
          out.push(escapeHtml(String(value)))
        } else if (value instanceof TrustedHtml) {
          out.push(escapeHtml(value.html))
        } else {
          report(file, node.at, 'template-not-text', `\`{{${node.name}}}\` is a list or an object, not text`, `Use \`{{#${node.name}}}…{{/${node.name}}}\` to go through it.`)
        }
      } else if (node.type === 'section') {
        const { found, value } = lookup(file, node.name, node.at, scopes)
        if (!found) continue
        const truthy = Array.isArray(value) ? value.length > 0 : Boolean(value)
        if (node.inverted) {
          if (!truthy) walk(file, node.children, scopes, depth)
        } else if (Array.isArray(value)) {
          for (const item of value) walk(file, node.children, [...scopes, item], depth)
        } else if (truthy) {
          // The value becomes `.`; names not found in it are looked up further out.
          walk(file, node.children, [...scopes, value], depth)
        }
      } else {
        const partial = partials.get(node.name)
        if (!partial) report(file, node.at, 'template-unknown-partial', `Unknown partial \`${node.name}\``, `Create \`_${node.name}.html\` next to the template.`)
        else if (depth > 10) report(file, node.at, 'template-syntax', `Partial \`${node.name}\` includes itself`)
        else walk(partial.file, partial.nodes, scopes, depth + 1)
      }
    }
  }
  walk(template.file, template.nodes, [data], 0)
  return { html: out.join(''), diagnostics }
}

/** A name's steps (`region.authority.url`), split once per name rather than at every use on every page. */
const paths = new Map<string, readonly string[]>()

function pathOf(name: string): readonly string[] {
  let path = paths.get(name)
  if (!path) paths.set(name, (path = name.split('.')))
  return path
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return starts
}

function pointAt(starts: readonly number[], offset: number): Point {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const mid = (low + high + 1) >> 1
    if (starts[mid]! <= offset) low = mid
    else high = mid - 1
  }
  return { line: low + 1, column: offset - starts[low]! + 1 }
}
