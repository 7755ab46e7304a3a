import type { Nodes, Parent } from 'mdast'
import type { Location, Point } from '../diagnostics/diagnostic.js'
import type { DataPath } from '../load/locate.js'
import { bodyLocator } from '../prose/body-locator.js'
import type { PolicyModel } from '../resolve/model.js'

/**
 * The notice's own words, one sentence at a time, each with where it is written: rules that
 * check what the prose says against the data (a security claim, a browser signal) read these.
 * Body sentences are located at their line in the YAML; a summary or description at its value.
 */
export interface ProseSentence {
  text: string
  /** Lower-cased, whitespace collapsed: what rules match on. */
  lower: string
  /** The data path of the text it comes from (a section body, a summary, an entity's description). */
  path: DataPath
  at: Location
}

/** A leaf of a block's text and where its value starts in the block's joined text. */
interface Piece {
  node: Nodes & { value: string }
  from: number
}

const cache = new WeakMap<PolicyModel, ProseSentence[]>()

/** Every sentence of the section bodies, titles, summaries, intro and entity descriptions. */
export function proseSentences(model: PolicyModel): ProseSentence[] {
  let found = cache.get(model)
  if (!found) cache.set(model, (found = collect(model)))
  return found
}

function collect(model: PolicyModel): ProseSentence[] {
  const out: ProseSentence[] = []
  const bodies: { key: string; path: DataPath }[] = model.policy.sections.map((s, i) => ({ key: s.id, path: ['sections', i, 'body'] }))
  if (model.policy.intro !== undefined) bodies.push({ key: '#intro', path: ['intro'] })
  for (const { key, path } of bodies) {
    const tree = model.prose.get(key)?.tree
    if (!tree) continue
    const locate = bodyLocator(model.source, path)
    const blocks: Parent[] = []
    const walk = (node: Nodes) => {
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        blocks.push(node)
        return
      }
      if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes)
    }
    walk(tree)
    for (const block of blocks) {
      const pieces: Piece[] = []
      let text = ''
      const leaves = (node: Nodes) => {
        if (node.type === 'text' || node.type === 'inlineCode') {
          pieces.push({ node, from: text.length })
          text += node.value
        } else if (node.type === 'textDirective' && node.name === 'ref') {
          // The page shows the entity's name here.
          text += model.entities.get(node.attributes?.id ?? '')?.label ?? node.attributes?.id ?? ''
        } else if ('children' in node) for (const child of (node as Parent).children) leaves(child as Nodes)
      }
      leaves(block as Nodes)
      for (const { sentence, index } of split(text)) {
        const at = locate(pointAt(pieces, index) ?? block.position?.start, undefined)
        out.push({ text: sentence, lower: normalise(sentence), path, at })
      }
    }
  }
  const scalar = (value: string | undefined, path: DataPath) => {
    if (!value?.trim()) return
    const at = model.source.locate(path)
    for (const { sentence } of split(value)) out.push({ text: sentence, lower: normalise(sentence), path, at })
  }
  model.policy.sections.forEach((s, i) => {
    scalar(s.title, ['sections', i, 'title'])
    scalar(s.summary, ['sections', i, 'summary'])
  })
  for (const list of ['categories', 'purposes', 'recipients', 'retention', 'cookies'] as const) {
    ;((model.policy[list] ?? []) as readonly { description?: string }[]).forEach((item, i) => scalar(item.description, [list, i, 'description']))
  }
  return out
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
}

/** Sentences with the index of their first character (a full stop, ! or ? followed by space ends one). */
function split(text: string): { sentence: string; index: number }[] {
  const found: { sentence: string; index: number }[] = []
  const pattern = /[^\s][\s\S]*?(?:[.!?](?=\s|$)|$)/g
  for (const match of text.matchAll(pattern)) {
    const sentence = match[0].trim()
    if (sentence) found.push({ sentence, index: match.index })
  }
  return found
}

/** The point in the body where character `index` of a block's joined text was written. */
function pointAt(pieces: readonly Piece[], index: number): Point | undefined {
  const piece = [...pieces].reverse().find((p) => p.from <= index)
  const start = piece?.node.position?.start
  if (!piece || !start) return undefined
  const before = piece.node.value.slice(0, index - piece.from)
  const lines = before.split('\n')
  if (lines.length === 1) return { line: start.line, column: start.column + before.length }
  return { line: start.line + lines.length - 1, column: lines.at(-1)!.length + 1 }
}
