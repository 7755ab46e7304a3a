import { messages } from '../../i18n/index.js'
import { localWords } from '../../render/locale-words.js'
import type { PolicyModel } from '../../resolve/model.js'
import type { VariantFacts } from '../variant-facts.js'
import { TextMemo } from './text-memo.js'

/**
 * Reading a region's rendered page (its index.md, lower-cased) for what an element must say. The
 * model says what must be there (the policy's own words for a fact, the words its tables write);
 * the page says whether the reader gets it.
 */

/** Words only: Markdown escapes, emphasis, line breaks and link targets do not count. */
function words(markdown: string): string {
  return ` ${wordList(markdown)} `
}

/** The words of `words`, without the spaces around them. */
function wordList(markdown: string): string {
  const withoutTargets = markdown.replace(/\]\([^)]*\)/g, ']')
  return (withoutTargets.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')
}

/**
 * `words(parts.join('\n'))`: the words of a page given in its parts (`VariantFacts.parts`). Most
 * parts are the same section on every region's page and from one save to the next, and most
 * blocks of a section that differs (in a table, say) are the same too: so a part's words are kept
 * by its text, and a new part's are read a block at a time (`partWordList`), each block's kept by
 * its text. A page then costs the lookup of its parts, not a pass of the regular expressions over
 * ~40 kB (XWMS: 24 pages a check), nor a digest of every part.
 * Exact: parts are joined by a line end and blocks cut at a blank line, so no word crosses a cut;
 * and where a `](` has no `)` after it before a cut (a link target the next part or block would
 * close), the cut is not made: such a page, or part, is read whole.
 */
export function wordsOfPage(parts: readonly string[]): string {
  const said: string[] = []
  for (const [index, part] of parts.entries()) {
    if (index < parts.length - 1 && unclosedTarget(part)) return words(parts.join('\n'))
    const inner = partWords.get(part, () => partWordList(part))
    if (inner !== '') said.push(inner)
  }
  return ` ${said.join(' ')} `
}

/** The words of one part (`wordList`), read a block (up to a blank line) at a time. */
function partWordList(part: string): string {
  const blocks = part.split('\n\n')
  if (blocks.slice(0, -1).some(unclosedTarget)) return wordList(part)
  const said: string[] = []
  for (const block of blocks) {
    const inner = blockWords.get(block, () => wordList(block))
    if (inner !== '') said.push(inner)
  }
  return said.join(' ')
}

/** Whether a `](` in the text has no `)` after it. */
function unclosedTarget(text: string): boolean {
  const open = text.lastIndexOf('](')
  return open >= 0 && text.indexOf(')', open + 2) < 0
}

/** Words (without the spaces around them) by the text they were read from: a part's, about two policies' distinct parts, and a block's. */
const partWords = new TextMemo<string>(512)
const blockWords = new TextMemo<string>(8192)

const pageWords = new WeakMap<VariantFacts, string>()

/** Whether the page says these words, in this order (a policy's own text for a fact, say). */
export function pageSays(page: VariantFacts, said: string): boolean {
  let all = pageWords.get(page)
  if (all === undefined) pageWords.set(page, (all = wordsOfPage(page.parts)))
  const wanted = words(said).trim()
  return wanted.length > 0 && all.includes(` ${wanted} `)
}

/** One row of the California table as the page shows it (lower-cased cells, in the table's column order). */
export interface CcpaRow {
  letter: string
  category: string
  examples: string
  collected: string
  sources: string
  purposes: string
  disclosedTo: string
  soldShared: string
  soldSharedTo: string
}

/**
 * The rows of `::table{of=ccpa-categories}` on the page: the lines of a Markdown table whose first
 * cell starts with a CCPA letter ("| a. identifiers | …"), with the table's eight columns
 * (src/render/markdown/tables/ccpa-categories.ts). Empty when the page has no such table.
 */
export function ccpaRows(page: VariantFacts): CcpaRow[] {
  const rows: CcpaRow[] = []
  const seen = new Set<string>()
  for (const line of page.page.split('\n')) {
    const match = /^\| ([a-l])\. /.exec(line)
    if (!match) continue
    const cells = line.slice(1, line.endsWith('|') ? -1 : undefined).split(/(?<!\\)\|/).map((c) => c.trim())
    if (cells.length !== 8 || seen.has(match[1]!)) continue
    seen.add(match[1]!)
    const [category, examples, collected, sources, purposes, disclosedTo, soldShared, soldSharedTo] = cells as [string, string, string, string, string, string, string, string]
    rows.push({ letter: match[1]!, category, examples, collected, sources, purposes, disclosedTo, soldShared, soldSharedTo })
  }
  return rows
}

/** The words the page's tables write for yes, no and an absent fact, in the policy's language. */
export function tableTerms(model: PolicyModel): { yes: string; no: string; notStated: string; sensitiveStatement: string } {
  // As the tables do: a language policyc has no words in gets the English ones.
  const m = localWords(model.policy.language) ?? messages('en')
  // The statement after the California table: "Sensitive personal information we collect: …".
  const sensitiveStatement = m.ccpa.sensitive('\u0000').split('\u0000')[0]!.toLowerCase()
  return { yes: m.words.yes.toLowerCase(), no: m.words.no.toLowerCase(), notStated: m.words.notStated.toLowerCase(), sensitiveStatement }
}
