import { diffArrays } from 'diff'
import type { WordPart } from './change.js'

/**
 * A word is a run of non-space characters with the spaces after it, as in git's
 * `--word-diff`: `:ref{id=mollie}.` stays one token, so a directive or a word with its
 * punctuation is never split in the middle. Spaces before the first word stick to it.
 */
function tokenize(text: string): string[] {
  const tokens: string[] = [...(text.match(/\S+\s*/g) ?? [])]
  const lead = /^\s*/.exec(text)?.[0] ?? ''
  if (lead !== '') {
    if (tokens.length > 0) tokens[0] = lead + tokens[0]
    else tokens.push(lead)
  }
  return tokens
}

/**
 * A word-level diff of two texts. Spacing is ignored when matching words (re-wrapping a
 * paragraph is not a wording change); the parts keep it, so the new text is exactly the `same`
 * and `added` parts joined (the old one up to spacing: `same` parts carry the new spacing).
 */
export function wordDiff(before: string, after: string): WordPart[] {
  const parts = diffArrays(tokenize(before), tokenize(after), { comparator: (a, b) => a.trim() === b.trim() })
  return parts.map((part) => ({ op: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value.join('') }))
}

/** True when only spacing or line breaks differ. */
export function onlyWhitespace(parts: readonly WordPart[]): boolean {
  return parts.every((part) => part.op === 'same' || part.text.trim() === '')
}
