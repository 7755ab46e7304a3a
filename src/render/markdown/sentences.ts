/**
 * Words that end in a full stop without ending a sentence: common abbreviations, initials, and
 * short capitalised words such as the legal citations `Cal. Civ. Code` or `Va. Code`. A missed
 * break only makes a line longer; a wrong one would split a citation.
 */
const ABBREVIATIONS = /(?:^|[\s(])(?:e\.g|i\.e|etc|vs|cf|approx|incl|para|[A-Z][A-Za-z]{0,3}|(?:[A-Z]\.)+[A-Z])\.$/

/**
 * One sentence per line ("semantic line breaks"): a paragraph's source wrapping is dropped and a
 * line ends where a sentence does. Editing one sentence then changes one line of the `.md`, so git
 * diffs of the published notice stay readable, whatever wrapping the YAML body had.
 */
export function breakSentences(value: string): string {
  const flat = value.replace(/[ \t]*\r?\n[ \t]*/g, ' ')
  return flat.replace(/([.!?]["'”’)\]]?) +(?=["'“‘(\[]?[A-Z])/g, (match, end: string, offset: number) => {
    const before = flat.slice(Math.max(0, offset - 12), offset + 1)
    return ABBREVIATIONS.test(before) ? match : `${end}\n`
  })
}
