import type { VariantFacts } from '../variant-facts.js'
import { TextMemo } from './text-memo.js'

/**
 * The rendered page cut at its headings, and its running prose cut into sentences: what the
 * evaluators that judge how something is presented (a heading of its own, the length of the
 * sentences) read. Everything is lower-cased, as `VariantFacts.page` is.
 */

/** One heading of the page (any level) and the text under it up to the next heading of the same or a higher level. */
export interface PageBlock {
  depth: number
  title: string
  text: string
}

const blocksCache = new WeakMap<VariantFacts, PageBlock[]>()

export function pageBlocks(page: VariantFacts): PageBlock[] {
  const cached = blocksCache.get(page)
  if (cached) return cached
  const lines = page.page.split('\n')
  const headings: { depth: number; title: string; line: number }[] = []
  lines.forEach((line, i) => {
    const match = /^(#{1,6}) (.*)$/.exec(line)
    if (match) headings.push({ depth: match[1]!.length, title: match[2]!.trim(), line: i })
  })
  const blocks = headings.map((h, i) => {
    const end = headings.slice(i + 1).find((next) => next.depth <= h.depth)?.line ?? lines.length
    return { depth: h.depth, title: h.title, text: lines.slice(h.line + 1, end).join('\n') }
  })
  blocksCache.set(page, blocks)
  return blocks
}

/**
 * The sentences of the page's running prose: paragraphs and list items, not headings, tables or
 * the header lines policyc writes. Link targets and Markdown marks are dropped; a sentence ends at
 * `.`, `!` or `?` followed by a space or the end of its paragraph.
 */
export function proseSentencesOnPage(page: VariantFacts): readonly (readonly string[])[] {
  let sentences = sentencesCache.get(page)
  if (!sentences) sentencesCache.set(page, (sentences = sentencesOf(page)))
  return sentences
}

/** Read once per page: up to four evaluators ask for them, on every region's page (XWMS: ~4 ms of each save). */
const sentencesCache = new WeakMap<VariantFacts, readonly (readonly string[])[]>()

/**
 * The page's sentences, a part (`VariantFacts.parts`) at a time, each part's kept by its text: most
 * parts are the same section on every region's page. Exact: a paragraph ends at a blank line, and
 * every part but the last ends with a line end, which the line end joining it to the next makes a
 * blank line (and the next part starts with its heading, which ends a paragraph too). A page whose
 * parts are not so is read whole.
 */
function sentencesOf(page: VariantFacts): Sentences {
  const { parts } = page
  if (!parts.every((part, index) => index === parts.length - 1 || part.endsWith('\n'))) return sentencesOfText(page.page)
  const sentences: (readonly string[])[] = []
  for (const part of parts) for (const sentence of partSentences.get(part, () => sentencesOfPart(part))) sentences.push(sentence)
  return sentences
}

/** A part's sentences a block (up to a blank line, which ends a paragraph) at a time: most blocks of a part that differs between pages do not. */
function sentencesOfPart(part: string): readonly (readonly string[])[] {
  return part.split('\n\n').flatMap((block) => blockSentences.get(block, () => sentencesOfText(block)))
}

type Sentences = readonly (readonly string[])[]

/** Sentences by the text of a part (about two policies' distinct parts) and of a block. */
const partSentences = new TextMemo<Sentences>(512)
const blockSentences = new TextMemo<Sentences>(8192)

function sentencesOfText(text: string): string[][] {
  const paragraphs: string[] = []
  let current: string[] = []
  const flush = () => {
    if (current.length > 0) paragraphs.push(current.join(' '))
    current = []
  }
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith('|')) {
      flush()
      continue
    }
    current.push(line.replace(/^([*-]|\d+\.) /, ''))
  }
  flush()
  const sentences: string[][] = []
  for (const paragraph of paragraphs) {
    const plain = paragraph.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]*>/g, ' ')
    for (const sentence of plain.split(/(?<=[.!?])\s+/)) {
      const words = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’.@-]*/gu) ?? []
      if (words.length > 0) sentences.push(words)
    }
  }
  return sentences
}
