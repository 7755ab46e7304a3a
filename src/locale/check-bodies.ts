import type { Nodes, Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { matchRegions } from '../catalog/catalog.js'
import { diagnose, type Diagnostic } from '../diagnostics/diagnostic.js'
import { suggestion } from '../diagnostics/did-you-mean.js'
import { locate, type DataPath } from '../load/locate.js'
import type { PolicySource } from '../load/policy-source.js'
import type { SourceFile } from '../load/source-file.js'
import { bodyLocator } from '../prose/body-locator.js'
import { checkProse } from '../prose/check-prose.js'
import { DIRECTIVES, splitRegions } from '../prose/directives.js'
import { parseProse } from '../prose/parse-prose.js'
import { proseLimitProblem } from '../prose/prose-limits.js'
import type { PolicyModel } from '../resolve/model.js'

/**
 * Checks one translated Markdown body against its source: it must be valid prose (known
 * directives, ids and regions, no raw HTML, safe links; the same checks as a source body) and
 * hold the same directives as the source body, since directives pull facts in: a translation
 * that drops `::table{of=recipients}` hides who receives the data.
 */
export function checkTranslatedBody(options: {
  model: PolicyModel
  file: SourceFile
  /** The body's path in the locale file. */
  path: DataPath
  text: string
  sourceText: string
  /** "Dutch body of section `cookies`", for messages. */
  describe: string
}): Diagnostic[] {
  const { model, file, path } = options
  const locateBody = bodyLocator(singleFileSource(file), path)
  const over = proseLimitProblem(options.text)
  if (over) return [diagnose(locateBody({ line: over.line, column: over.column }), { ruleId: 'prose-too-complex', source: 'prose', reason: over.reason, hint: over.hint })]
  const tree = parseProse(options.text).tree
  const served = model.policy.regions
  const ids = new Set([...model.entities.keys(), ...model.sections.keys()])
  const diagnostics = checkProse(tree, {
    ids,
    locate: locateBody,
    text: options.text,
    checkRegion: (selector) =>
      matchRegions(selector, served).length > 0 ? undefined : { reason: `Region \`${selector}\` matches no region this policy serves`, hint: suggestion(selector, served) ?? `This policy serves: ${served.join(', ')}.` },
  })
  // A directive checkProse already reported (a misspelt id) is not reported again as a difference.
  const reported = new Set(diagnostics.map((d) => `${d.start.line}:${d.start.column}`))

  const source = directivesOf(parseProse(options.sourceText).tree)
  const translated = directivesOf(tree)
  const hint = 'Directives pull the facts in: keep each one exactly as in the source and translate the words around it.'
  for (const [signature, nodes] of translated) {
    const extra = nodes.length - (source.get(signature)?.length ?? 0)
    for (const node of nodes.slice(nodes.length - Math.max(0, extra))) {
      const at = locateBody(node.position?.start, node.position?.end)
      if (reported.has(`${at.start.line}:${at.start.column}`)) continue
      diagnostics.push(diagnose(at, { ruleId: 'translation-directives-differ', source: 'locale', reason: `${options.describe} has \`${signature}\`${extra === nodes.length ? ', which the source does not' : ' more often than the source'}`, hint }))
    }
  }
  for (const [signature, nodes] of source) {
    const lacking = nodes.length - (translated.get(signature)?.length ?? 0)
    if (lacking <= 0) continue
    diagnostics.push(
      diagnose(locate(file, path), { ruleId: 'translation-directives-differ', source: 'locale', reason: `${options.describe} lacks \`${signature}\`${lacking > 1 ? ` (${lacking} times)` : ''}, which the source has`, hint }),
    )
  }
  return diagnostics
}

/** Each known directive of a body by a signature that ignores how attributes are quoted or ordered, with its nodes. */
function directivesOf(tree: Root): Map<string, Nodes[]> {
  const found = new Map<string, Nodes[]>()
  visit(tree, (node) => {
    if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return
    const spec = DIRECTIVES[node.name]
    if (!spec || spec.type !== node.type) return
    const attributes = node.attributes ?? {}
    const values = spec.attributes
      .filter((name) => attributes[name] !== undefined && attributes[name] !== null)
      // A table's caption is words, and words are translated.
      .filter((name) => !(node.name === 'table' && name === 'caption'))
      .map((name) => `${name}=${name === 'regions' ? quote(splitRegions(attributes[name] ?? '').sort().join(' ')) : attributes[name]}`)
    const marker = node.type === 'containerDirective' ? ':::' : node.type === 'leafDirective' ? '::' : ':'
    const signature = `${marker}${node.name}{${values.join(' ')}}`
    found.set(signature, [...(found.get(signature) ?? []), node])
  })
  return found
}

function quote(value: string): string {
  return /\s/.test(value) ? `"${value}"` : value
}

/** A locale file seen as a one-file source, so the prose tools that take a PolicySource can place problems in it. */
export function singleFileSource(file: SourceFile): PolicySource {
  return {
    path: file.path,
    files: [file],
    data: {},
    locate: (dataPath, part = 'value') => locate(file, dataPath, part),
    origin: (dataPath) => ({ file, path: dataPath }),
  }
}
