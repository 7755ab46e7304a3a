import { createHash } from 'node:crypto'
import type { Root } from 'mdast'

/**
 * Rendered fragments by content. A section that reads the same in several variants (most do)
 * is turned into Markdown and HTML once and reused: the key is a digest of the expanded tree
 * plus what else the output depends on, so reuse is safe by construction rather than by a list
 * of which directives vary by region.
 *
 * It holds at most `capacity` fragments, dropping the oldest first: a policy's fragments are
 * reused across its own variants, built one after another, so a window of a few policies keeps
 * nearly every hit while a build of a thousand policies does not keep all their fragments in memory.
 * (The XWMS notice, in two languages, makes about 360 distinct fragments of some 11 kB each: 1024
 * is three such policies, about 11 MB; at 4096 the cache alone was 45 MB of a 50-policy build.)
 * A dropped fragment is only built again, to the same text.
 */
export class FragmentCache {
  private readonly entries = new Map<string, string>()
  private readonly digests = new WeakMap<Root, string>()
  hits = 0
  misses = 0

  constructor(readonly capacity = 1024) {}

  /** The fragment for a key, built on the first request. */
  get(key: string, build: () => string): string {
    const found = this.entries.get(key)
    if (found !== undefined) {
      this.hits++
      return found
    }
    this.misses++
    const built = build()
    this.entries.set(key, built)
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string)
    return built
  }

  /** A digest of a tree's content (positions included: they are the same for the same text). */
  digest(tree: Root): string {
    let digest = this.digests.get(tree)
    if (digest === undefined) {
      digest = createHash('sha1').update(JSON.stringify(tree)).digest('base64')
      this.digests.set(tree, digest)
    }
    return digest
  }
}
