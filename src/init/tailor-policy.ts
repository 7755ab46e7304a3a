import { isMap, isPair, isScalar, isSeq, visit, Scalar, type Document, type Node, type Pair, type YAMLMap } from 'yaml'
import { jurisdiction, matchRegions } from '../catalog/catalog.js'
import { onlyBlockEdits } from './only-blocks.js'
import {
  applyEdits,
  deletePair,
  deleteSeqItem,
  pairOf,
  parseForEdits,
  replaceStringSeq,
  scalarText,
  seqItems,
  stringValue,
  valueOf,
  type TextEdit,
} from './text-edits.js'

export interface PolicyFile {
  /** File name inside the policy folder, e.g. `policy.yaml`. */
  name: string
  text: string
}

export interface Tailoring {
  /** The organisation's name, replacing the example's everywhere in values (never in comments or ids). */
  org: string
  /** The policy id, e.g. `example-org-privacy`. */
  id: string
  /** Regions to serve: a subset of the example's, in any order. */
  regions: readonly string[]
  /** The `$schema` target of every file, relative to the file (`../../node_modules/policyc/schemas/…`). */
  schema: string
}

/** The example's names for its organisation, longest first so "Acme Analytics B.V." is replaced whole (a new regex each time: global ones keep state). */
const EXAMPLE_NAME = () => /\b(?:Acme Analytics B\.V\.|Acme Analytics|Acme)(?![\p{L}\p{N}_-])/gu

const SCHEMA_LINE = /^# yaml-language-server: \$schema=\S*[^\S\n]*\n/

/**
 * Turns the example policy (policies/acme/) into a new project's policy: its id and organisation,
 * only the regions asked for, and schema lines pointing at the installed package. Dropping a region
 * drops what only that region needed, so every reference still resolves: sections and channels
 * limited to regions no longer served, representatives there, per-region legal bases, rights that
 * no served law grants, and `:::only` blocks in the text.
 */
export function tailorPolicy(files: readonly PolicyFile[], tailoring: Tailoring): PolicyFile[] {
  const docs = files.map((file) => ({ file, doc: parseForEdits(file.text) }))
  for (const { file, doc } of docs) {
    if (doc.errors.length > 0) throw new Error(`tailorPolicy: the example's ${file.name} does not parse: ${doc.errors[0]?.message}`)
  }
  const example = docs.flatMap(({ doc }) => seqItems(valueOf(doc.contents, 'regions')).map(stringValue)).filter((r): r is string => r !== undefined)
  const served = example.filter((r) => tailoring.regions.includes(r))
  const rights = new Set(served.flatMap((id) => jurisdiction(id)?.rights.map((r) => r.key) ?? []))
  const droppedChannels = new Set(
    docs.flatMap(({ doc }) => seqItems(valueOf(valueOf(doc.contents, 'rights'), 'channels')).filter((c) => !keepsSomeRegion(c, served)).map((c) => stringValue(valueOf(c, 'id')) ?? '')),
  )
  return docs.map(({ file, doc }) => {
    const edits = [
      ...identityEdits(doc, tailoring),
      ...regionEdits(file.text, doc, served, rights, droppedChannels),
      ...bodyEdits(file.text, doc, served),
      ...organisationEdits(file.text, doc, tailoring.org),
    ]
    return { name: file.name, text: withSchemaLine(applyEdits(file.text, edits), tailoring.schema) }
  })
}

function identityEdits(doc: Document.Parsed, tailoring: Tailoring): TextEdit[] {
  const id = valueOf(doc.contents, 'id')
  if (!isScalar(id) || !id.range) return []
  return [{ start: id.range[0], end: id.range[1], text: scalarText(tailoring.id) }]
}

function regionEdits(text: string, doc: Document.Parsed, served: readonly string[], rights: ReadonlySet<string>, droppedChannels: ReadonlySet<string>): TextEdit[] {
  const edits: TextEdit[] = []
  const root = doc.contents
  const regions = valueOf(root, 'regions')
  if (isSeq(regions)) edits.push(replaceStringSeq(text, regions, served))

  // Lists whose items name the regions they apply to: drop an item left with none.
  const withRegionLists = [pairOf(root, 'sections'), pairOf(valueOf(root, 'rights'), 'channels')]
  for (const pair of withRegionLists) if (pair) edits.push(...pruneItems(text, pair, (item) => itemRegionEdits(text, item, served)))

  const representatives = pairOf(root, 'representatives')
  if (representatives) {
    edits.push(...pruneItems(text, representatives, (item) => (served.includes(stringValue(valueOf(item, 'region')) ?? '') ? [] : undefined)))
  }

  const rightsMap = valueOf(root, 'rights')
  const limits = pairOf(rightsMap, 'limits')
  if (limits) edits.push(...pruneItems(text, limits, (item) => (rights.has(stringValue(valueOf(item, 'right')) ?? '') ? [] : undefined)))

  const appeal = valueOf(rightsMap, 'appeal')
  const appealChannels = pairOf(appeal, 'channels')
  if (appealChannels && isSeq(appealChannels.value)) {
    const kept = seqItems(appealChannels.value).map(stringValue).filter((id): id is string => id !== undefined && !droppedChannels.has(id))
    if (kept.length === 0) {
      const appealPair = pairOf(rightsMap, 'appeal')
      if (appealPair) edits.push(deletePair(text, appealPair))
    } else if (kept.length < appealChannels.value.items.length) {
      edits.push(replaceStringSeq(text, appealChannels.value, kept))
    }
  }

  for (const purpose of seqItems(valueOf(root, 'purposes'))) {
    const pair = pairOf(purpose, 'basis-by-region')
    if (!pair || !isMap(pair.value)) continue
    const map = pair.value as YAMLMap
    const unserved = map.items.filter((p) => matchRegions(String((p.key as Scalar).value), served).length === 0)
    if (unserved.length === 0) continue
    if (unserved.length === map.items.length) edits.push(deletePair(text, pair as Pair))
    else if (map.flow) edits.push(replaceFlowMap(map, map.items.filter((p) => !unserved.includes(p))))
    else for (const p of unserved) edits.push(deletePair(text, p as Pair))
  }
  return edits
}

/** For an item with `regions`: undefined to drop it, or the edits keeping only served regions. */
function itemRegionEdits(text: string, item: Node, served: readonly string[]): TextEdit[] | undefined {
  const regions = valueOf(item, 'regions')
  if (!isSeq(regions)) return []
  const selectors = regions.items.map(stringValue).filter((s): s is string => s !== undefined)
  const kept = selectors.filter((s) => matchRegions(s, served).length > 0)
  if (kept.length === 0) return undefined
  return kept.length < selectors.length ? [replaceStringSeq(text, regions, kept)] : []
}

function keepsSomeRegion(item: Node, served: readonly string[]): boolean {
  const regions = valueOf(item, 'regions')
  if (!isSeq(regions)) return true
  return regions.items.some((s) => matchRegions(stringValue(s) ?? '', served).length > 0)
}

/** Edits each item of a list; deletes the items `edit` rejects, and the whole key when none is left. */
function pruneItems(text: string, pair: Pair, edit: (item: Node) => TextEdit[] | undefined): TextEdit[] {
  const items = seqItems(pair.value)
  const results = items.map(edit)
  if (items.length > 0 && results.every((r) => r === undefined)) return [deletePair(text, pair)]
  return results.flatMap((result, index) => result ?? [deleteSeqItem(text, items[index] as Node)])
}

function replaceFlowMap(map: YAMLMap, kept: readonly unknown[]): TextEdit {
  const [start, , end] = map.range ?? [0, 0, 0]
  const entries = (kept as Pair[]).map((p) => `${scalarText(String((p.key as Scalar).value))}: ${scalarText(String((p.value as Scalar).value))}`)
  return { start, end: Math.min(end, map.range?.[1] ?? end), text: `{ ${entries.join(', ')} }` }
}

/** `:::only` blocks in every literal block scalar (section bodies, the intro). */
function bodyEdits(text: string, doc: Document.Parsed, served: readonly string[]): TextEdit[] {
  const edits: TextEdit[] = []
  visit(doc, {
    Scalar(_key, node) {
      if (node.type === Scalar.BLOCK_LITERAL && node.range && String(node.value).includes('only{')) {
        edits.push(...onlyBlockEdits(text, node.range[0], node.range[1], served))
      }
    },
  })
  return edits
}

/**
 * The organisation's name in every value that names the example's. In block scalars each
 * occurrence is replaced where it stands (any text is literal there, so nothing needs quoting, and
 * the `:::only` edits of the same body stay apart); other scalars are written anew, so a name with
 * `: ` or quotes comes out quoted as YAML needs. Comments, keys and ids keep the example's name.
 */
function organisationEdits(text: string, doc: Document.Parsed, org: string): TextEdit[] {
  const edits: TextEdit[] = []
  visit(doc, {
    Pair(_key, pair) {
      // Ids are stable anchors, not names a reader sees.
      if (isScalar(pair.key) && pair.key.value === 'id') return visit.SKIP
      return undefined
    },
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string' || !node.range) return
      if (!EXAMPLE_NAME().test(node.value)) return
      // In Markdown (section bodies, the intro) the name is escaped, so `Acme *emph* Org` is not
      // emphasis there while plain values show it as typed (issue 20, finding 21).
      const parent = path[path.length - 1]
      const name = isPair(parent) && isScalar(parent.key) && MARKDOWN_KEYS.has(String(parent.key.value)) ? markdownLiteral(org) : org
      const [start, end] = node.range
      if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
        for (const match of text.slice(start, end).matchAll(EXAMPLE_NAME())) {
          edits.push({ start: start + match.index, end: start + match.index + match[0].length, text: name })
        }
      } else {
        edits.push({ start, end, text: scalarText(node.value.replace(EXAMPLE_NAME(), () => name)) })
      }
    },
  })
  return edits
}

/** The keys whose values are Markdown (schemas/policy.schema.json: `$defs/markdown` and `intro`). */
const MARKDOWN_KEYS = new Set(['body', 'intro'])

/**
 * Text that Markdown reads back as exactly itself: a backslash before each ASCII punctuation
 * character that can start emphasis, code, a link, an image, a directive, raw HTML, an entity,
 * a table cell or strike-through (CommonMark lets a backslash escape any of them), and before a
 * leading `#`, `>`, `-`, `+`, `=` or `1.` that would start a block where the name begins a line.
 */
export function markdownLiteral(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>!|~:&]/g, (char) => `\\${char}`).replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2')
}

function withSchemaLine(text: string, schema: string): string {
  const line = `# yaml-language-server: $schema=${schema}\n`
  return SCHEMA_LINE.test(text) ? text.replace(SCHEMA_LINE, line) : line + text
}

