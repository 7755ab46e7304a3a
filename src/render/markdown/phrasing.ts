import type { PhrasingContent } from 'mdast'
import { unsafeUrl } from '../../prose/safe-url.js'
import { withRefLabels } from '../../prose/inline-refs.js'
import type { PolicyModel } from '../../resolve/model.js'

/**
 * Builders for the inline content of generated tables and sentences. Values from the policy data
 * are plain text, never Markdown: they become text nodes, which both outputs escape.
 */

export function text(value: string): PhrasingContent {
  return { type: 'text', value }
}

/** A link, or just its text when the address is not one a notice may link to. */
export function link(url: string, label: string = url): PhrasingContent {
  if (unsafeUrl(url)) return text(label)
  return { type: 'link', url, children: [text(label)] }
}

export function strong(value: string): PhrasingContent {
  return { type: 'strong', children: [text(value)] }
}

const ADDRESS = /\bhttps?:\/\/[^\s<>()]+[^\s<>().,;:!?'"]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g

/**
 * Plain text from the data with its web and email addresses made links, so no bare address
 * reaches the Markdown (markdownlint MD034) and readers can follow them on the page.
 */
export function linkify(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = []
  let last = 0
  for (const match of value.matchAll(ADDRESS)) {
    const address = match[0]
    if (match.index > last) out.push(text(value.slice(last, match.index)))
    out.push(address.includes('://') ? link(address) : link(`mailto:${address}`, address))
    last = match.index + address.length
  }
  if (last < value.length) out.push(text(value.slice(last)))
  return out
}

/** Inline items separated by commas: `a, b, c`. */
export function commaList(items: readonly PhrasingContent[][]): PhrasingContent[] {
  return items.flatMap((item, index) => (index === 0 ? item : [text(', '), ...item]))
}

/**
 * A short text of the data (a summary, a description) as phrasing: `:ref{id=…}` replaced by the
 * label of what it names (as `:ref` reads in a body), then addresses linked.
 */
export function shortText(value: string, model: Pick<PolicyModel, 'entities' | 'sections'>): PhrasingContent[] {
  return linkify(withRefLabels(value, (id) => model.entities.get(id)?.label ?? model.sections.get(id)?.section.title))
}
