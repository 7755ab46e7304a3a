/**
 * GitHub's heading anchors, which Markdown readers (github.com, markdownlint's MD051) use: lower
 * case, everything but letters, marks, numbers, `_`, `-` and spaces dropped, spaces turned into
 * hyphens, and `-1`, `-2` … appended to repeats. Section ids cannot be anchors in a `.md` file,
 * so links there point at these slugs.
 */
export class HeadingSlugger {
  private readonly seen = new Map<string, number>()

  slug(text: string): string {
    // Not percent-encoded: a Markdown reader encodes the link and the heading alike.
    const base = text
      .toLowerCase()
      .replace(/[^\p{Letter}\p{Mark}\p{Number}\p{Connector_Punctuation}\- ]/gu, '')
      .replace(/ /gu, '-')
    const count = this.seen.get(base) ?? 0
    this.seen.set(base, count + 1)
    return count === 0 ? base : `${base}-${count}`
  }
}
