import { diffArrays } from 'diff'
import type { Element, ElementContent, Root } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { visit } from 'unist-util-visit'
import { diffBlocks } from './block-diff.js'
import { diffInline } from './inline-diff.js'
import { element, mark, text, type MarkWords } from './marks.js'
import type { Reading, ReadSection } from './reading.js'

/** The words the redline's own markup needs (the `changes` words of the page's language). */
export interface RedlineWords extends MarkWords {
  unchanged: string
  sectionAdded: string
  sectionRemoved: string
  inShort: string
  inShortLead: string
  lastUpdated: string
}

export interface RedlineBody {
  /** The sections as HTML, every id unique. */
  html: string
  /** Every id in `html`, so a change can be linked to its place only when it has one. */
  ids: ReadonlySet<string>
  /** Sections that differ (by their id in the newer version, or the older one's when removed). */
  changed: string[]
}

export interface RedlineInput {
  /** Undefined when this reader was not served by that version (a region added or dropped). */
  before: Reading | undefined
  after: Reading | undefined
  /** Section ids renamed between the versions: old → new (from the semantic diff). */
  renamedSections: ReadonlyMap<string, string>
  /** The effective dates in words, for the "last updated" line. */
  dates: { before: string; after: string }
  words: RedlineWords
}

/**
 * The notice as its reader reads it, with what changed marked: the "last updated" line, the intro
 * and every section in the newer version's order (a removed section where it stood). A section
 * that did not change keeps its heading and folds its text into a `<details>`, which opens
 * without JavaScript; a changed one shows its heading, "in short" layer and body with words,
 * list items and table rows struck or inserted.
 */
export function redlineBody(input: RedlineInput): RedlineBody {
  const { words } = input
  const out: ElementContent[] = []
  const changed: string[] = []
  const dated = input.dates.before === input.dates.after ? [text(input.dates.after)] : diffInline([text(input.dates.before)], [text(input.dates.after)], words)
  out.push(element('p', { className: ['meta', 'rl-effective'], id: '_effective' }, [text(`${words.lastUpdated} `), ...dated]))
  const introBefore = input.before?.intro?.children ?? []
  const introAfter = input.after?.intro?.children ?? []
  if (introBefore.length || introAfter.length) {
    out.push(element('div', { className: ['intro'], id: '_intro' }, diffBlocks(introBefore as ElementContent[], introAfter as ElementContent[], words)))
  }
  const oldSections = (input.before?.sections ?? []).map((s) => ({ ...s, id: input.renamedSections.get(s.id) ?? s.id, oldId: s.id }))
  const newSections = input.after?.sections ?? []
  const parts = diffArrays(oldSections.map((s) => s.id), newSections.map((s) => s.id))
  let i = 0
  let j = 0
  for (const part of parts) {
    for (const _ of part.value) {
      if (part.removed) {
        const s = oldSections[i++]!
        changed.push(s.oldId)
        out.push(wholeSection('removed', { ...s, id: s.oldId }, words))
      } else if (part.added) {
        const s = newSections[j++]!
        changed.push(s.id)
        out.push(wholeSection('added', s, words))
      } else {
        const a = oldSections[i++]!
        const b = newSections[j++]!
        const same = a.title === b.title && a.summary === b.summary && toHtml(a.body) === toHtml(b.body)
        if (!same) changed.push(b.id)
        out.push(same ? unchangedSection(b, words) : changedSection(a, b, words))
      }
    }
  }
  const root: Root = { type: 'root', children: out.flatMap((node) => [node, text('\n')]) }
  const ids = uniqueIds(root)
  dropDanglingLinks(root, ids)
  return { html: toHtml(root), ids, changed }
}

function heading(section: ReadSection, children: ElementContent[]): Element {
  return element('h2', { id: section.id }, children)
}

function inShort(summary: ElementContent[], words: RedlineWords): Element {
  return element('aside', { className: ['in-short'], ariaLabel: words.inShort }, [element('p', {}, [element('strong', {}, [text(words.inShortLead)]), text(' '), ...summary])])
}

function body(children: readonly ElementContent[]): Element {
  return element('div', { className: ['body'] }, [text('\n'), ...children, text('\n')])
}

function section(id: string, classes: string[], children: ElementContent[]): Element {
  return element('section', { className: ['section', 'rl-section', ...classes], ariaLabelledBy: [id] }, spaced(children))
}

function spaced(nodes: readonly ElementContent[]): ElementContent[] {
  return nodes.flatMap((node, index) => (index === 0 ? [node] : [text('\n'), node]))
}

function unchangedSection(s: ReadSection, words: RedlineWords): Element {
  const inside = [...(s.summary ? [inShort([text(s.summary)], words)] : []), body(s.body.children as ElementContent[])]
  return section(s.id, ['rl-same'], [heading(s, [text(s.title)]), element('details', { className: ['rl-unchanged'] }, [element('summary', {}, [text(words.unchanged)]), text('\n'), ...spaced(inside)])])
}

function changedSection(a: ReadSection, b: ReadSection, words: RedlineWords): Element {
  const title = a.title === b.title ? [text(b.title)] : diffInline([text(a.title)], [text(b.title)], words)
  const summary = a.summary === b.summary ? (b.summary ? [text(b.summary)] : []) : diffInline(a.summary ? [text(a.summary)] : [], b.summary ? [text(b.summary)] : [], words)
  return section(b.id, ['rl-changed'], [heading(b, title), ...(summary.length ? [inShort(summary, words)] : []), body(diffBlocks(a.body.children as ElementContent[], b.body.children as ElementContent[], words))])
}

function wholeSection(op: 'added' | 'removed', s: ReadSection, words: RedlineWords): Element {
  const status = element('p', { className: ['rl-status'] }, [element('strong', {}, [text(op === 'added' ? words.sectionAdded : words.sectionRemoved)])])
  const blocks = op === 'added' ? diffBlocks([], s.body.children as ElementContent[], words) : diffBlocks(s.body.children as ElementContent[], [], words)
  return section(s.id, [op === 'added' ? 'rl-section-added' : 'rl-section-removed'], [
    heading(s, [mark(op, [text(s.title)], words)]),
    status,
    ...(s.summary ? [inShort([mark(op, [text(s.summary)], words)], words)] : []),
    body(blocks),
  ])
}

/**
 * Both versions' ids meet on one page: a removed row and the row that replaced it may share one.
 * The first keeps it; a later duplicate loses it (and references to it stay with the first).
 */
function uniqueIds(root: Root): Set<string> {
  const seen = new Set<string>()
  visit(root, 'element', (node) => {
    const id = node.properties.id
    if (typeof id !== 'string') return
    if (seen.has(id)) delete node.properties.id
    else seen.add(id)
  })
  return seen
}

/**
 * A link inside struck text can point at a row or heading only the older version had, which the
 * page no longer carries (its newer counterpart kept its own id): such a link keeps its words and
 * loses its target, rather than lead nowhere.
 */
function dropDanglingLinks(root: Root, ids: ReadonlySet<string>): void {
  visit(root, 'element', (node) => {
    const href = node.properties.href
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && !ids.has(decodeURIComponent(href.slice(1)))) delete node.properties.href
  })
}
