import { ownString } from '../../own-string.js'

/**
 * Values read from a text, kept by the text, at most `bound` of them, the most recently read last
 * (so a save in `policyc dev` keeps what its pages still show). Coverage reads a region's page a
 * section and a block at a time (page-text.ts, page-sections.ts); a block is a slice of its
 * section's text, and a slice kept as a key keeps the whole section alive: each key is kept as a
 * copy of its own, made when the value is first computed.
 */
export class TextMemo<V> {
  private readonly entries = new Map<string, { key: string; value: V }>()

  constructor(readonly bound: number) {}

  get(text: string, compute: () => V): V {
    const found = this.entries.get(text)
    if (found) {
      this.entries.delete(found.key)
      this.entries.set(found.key, found)
      return found.value
    }
    const key = ownString(text)
    const entry = { key, value: compute() }
    this.entries.set(key, entry)
    if (this.entries.size > this.bound) this.entries.delete(this.entries.keys().next().value as string)
    return entry.value
  }
}
