import type { PolicyModel } from '../../resolve/model.js'
import { pageWords } from '../locale-words.js'

/** One box of the picture. */
export interface FlowBox {
  id: string
  lines: string[]
  /** A smaller second line (a recipient's country and safeguard). */
  note?: string
  /** The full label, shown as a tooltip when the box text is shortened. */
  title: string
  planned: boolean
  x: number
  y: number
  height: number
}

export interface FlowEdge {
  from: FlowBox
  to: FlowBox
  column: 0 | 1
}

export interface FlowLayout {
  width: number
  height: number
  columns: [FlowBox[], FlowBox[], FlowBox[]]
  edges: FlowEdge[]
}

export const BOX_WIDTH = 250
export const GAP = 90
export const HEADER = 36
export const FLOW_LINE = 16
export const FLOW_PAD = 7
const SPACING = 8
const CHARS = 30

/**
 * Lays out categories → purposes → recipients in three columns. Purposes keep the policy's order;
 * categories and recipients sit at the average position of the purposes they connect to (ties keep
 * the policy's order), which untangles most lines. No randomness and no measuring of fonts: the
 * same policy always gives the same picture. A recipient's note (country, safeguard) and "planned"
 * are in the policy's language (a translated model has the translation's).
 */
export function layoutFlow(model: PolicyModel): FlowLayout {
  // Drawn for each page of the policy, laid out once: the layout reads only the model and is never changed.
  let layout = layouts.get(model)
  if (!layout) layouts.set(model, (layout = laidOut(model)))
  return layout
}

const layouts = new WeakMap<PolicyModel, FlowLayout>()

function laidOut(model: PolicyModel): FlowLayout {
  const { policy } = model
  const { m, country } = pageWords(policy.language)
  const purposes = policy.purposes.filter((p) => p.categories.length > 0)
  const purposeIndex = new Map(purposes.map((p, i) => [p.id, i]))
  const used = new Set(purposes.flatMap((p) => p.categories))
  const categories = policy.categories.filter((c) => c.collected && used.has(c.id))
  const recipients = (policy.recipients ?? []).filter((r) => r.purposes?.some((id) => purposeIndex.has(id)))

  const centre = (ids: readonly string[]) => ids.reduce((sum, id) => sum + (purposeIndex.get(id) ?? 0), 0) / Math.max(1, ids.length)
  const byCentre = <T>(items: readonly T[], ids: (item: T) => readonly string[]) =>
    items.map((item, index) => ({ item, index, key: centre(ids(item)) })).sort((a, b) => a.key - b.key || a.index - b.index).map((e) => e.item)

  const categoryColumn = byCentre(categories, (c) => purposes.filter((p) => p.categories.includes(c.id)).map((p) => p.id)).map((c) =>
    box(`c-${c.id}`, c.label, 0, undefined, false),
  )
  const purposeColumn = purposes.map((p) => box(`p-${p.id}`, p.label, 1, undefined, false))
  const recipientColumn = byCentre(recipients, (r) => r.purposes ?? []).map((r) => {
    const where = (r.countries ?? []).map(country).join(', ')
    return box(`r-${r.id}`, r.planned ? m.words.planned(r.name) : r.name, 2, where || undefined, r.planned === true)
  })

  const columns: [FlowBox[], FlowBox[], FlowBox[]] = [categoryColumn, purposeColumn, recipientColumn]
  const heights = columns.map((column) => column.reduce((sum, b) => sum + b.height + SPACING, -SPACING))
  const tallest = Math.max(0, ...heights)
  columns.forEach((column, index) => {
    let y = HEADER + Math.round((tallest - heights[index]!) / 2)
    for (const b of column) {
      b.y = y
      y += b.height + SPACING
    }
  })

  // By id: looking each edge's ends up in every box was quadratic, 3% of a cold build.
  const boxes = new Map<string, FlowBox>()
  for (const b of columns.flat()) if (!boxes.has(b.id)) boxes.set(b.id, b)
  const find = (id: string) => boxes.get(id)
  const edges: FlowEdge[] = []
  for (const p of purposes) {
    const to = find(`p-${p.id}`)!
    for (const id of p.categories) {
      const from = find(`c-${id}`)
      if (from) edges.push({ from, to, column: 0 })
    }
  }
  for (const r of recipients) {
    const to = find(`r-${r.id}`)!
    for (const id of r.purposes ?? []) {
      const from = find(`p-${id}`)
      if (from) edges.push({ from, to, column: 1 })
    }
  }
  return { width: 3 * BOX_WIDTH + 2 * GAP + 2, height: HEADER + tallest + 2, columns, edges }
}

function box(id: string, label: string, column: number, note: string | undefined, planned: boolean): FlowBox {
  const lines = wrap(label)
  const height = FLOW_PAD * 2 + lines.length * FLOW_LINE + (note ? FLOW_LINE - 2 : 0)
  return { id, lines, ...(note ? { note: shorten(note, CHARS + 4) } : {}), title: note ? `${label} (${note})` : label, planned, x: 1 + column * (BOX_WIDTH + GAP), y: 0, height }
}

/** At most two lines of about 34 characters; a longer label is shortened with an ellipsis. */
function wrap(label: string): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of label.split(/\s+/)) {
    if (line && (line + ' ' + word).length > CHARS) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  if (lines.length <= 2) return lines.map((l) => shorten(l, CHARS))
  return [lines[0]!, shorten(lines.slice(1).join(' '), CHARS)]
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}

