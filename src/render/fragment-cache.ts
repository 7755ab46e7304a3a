import type { Nodes, Root } from 'mdast'

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
  /**
   * Content ids and block Markdown are shared by every cache of the thread (`shared` below): lint
   * renders each region's Markdown page with a cache of its own (src/lint/variant-facts.ts) before
   * the build renders the same blocks, which then wrote each new block out as JSON, and its
   * Markdown, a second time (issue 19, item 2).
   */
  private readonly ids = shared.ids
  private readonly interned = shared.interned
  private readonly blockMarkdown = shared.blockMarkdown
  /** A top-level block's HTML by section id and content id (`htmlOfBlock`), bounded the same way. */
  private readonly blockHtml = new Map<string, string>()
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

  /**
   * An id that stands for a tree's content: equal ids mean equal trees. Ids are given out once
   * each and never reused, so two trees share an id only when their content is equal, and a
   * forgotten entry only costs a miss. Each top-level block is read once per block object: an
   * expanded body shares its unchanged blocks with the parsed body, so on later pages only the
   * blocks expansion made anew (tables, paragraphs with links) are written out as JSON again,
   * where hashing the whole tree's JSON read every block on every page.
   */
  digest(tree: Root): string {
    return tree.children.map((block) => this.idOf(block)).join(',')
  }

  /**
   * The Markdown of one top-level block, written by `write` the first time its content is seen.
   * A section that differs between two variants mostly differs in one table: its other blocks
   * are written once per policy, not once per page (issue 19, item 2).
   */
  markdownOfBlock(block: Nodes, write: () => string): string {
    return this.memo(this.blockMarkdown, this.idOf(block), write, SHARED_BOUND)
  }

  /** The Markdown `markdownOfBlock` remembers for a block's content, if it does. */
  knownMarkdownOfBlock(block: Nodes): string | undefined {
    return this.blockMarkdown.get(this.idOf(block))
  }

  /** The HTML of one top-level block of a section's body, written by `write` the first time its content is seen in that section. */
  htmlOfBlock(block: Nodes, sectionId: string, write: () => string): string {
    return this.memo(this.blockHtml, `${sectionId}\u0000${this.idOf(block)}`, write)
  }

  /** A block's text from `memo`, or written and kept there; the oldest entry goes past `bound` (8 × capacity). */
  private memo<K>(memo: Map<K, string>, key: K, write: () => string, bound = this.capacity * 8): string {
    const found = memo.get(key)
    if (found !== undefined) return found
    const written = write()
    memo.set(key, written)
    if (memo.size > bound) memo.delete(memo.keys().next().value as K)
    return written
  }

  private idOf(node: Nodes): number {
    let id = this.ids.get(node)
    if (id !== undefined) return id
    const key = contentKeys.get(node) ?? JSON.stringify(node)
    id = this.interned.get(key)
    if (id === undefined) {
      id = shared.nextId++
      this.interned.set(key, id)
      if (this.interned.size > SHARED_BOUND) this.interned.delete(this.interned.keys().next().value as string)
    }
    this.ids.set(node, id)
    return id
  }
}

/** How many block JSONs and block Markdown texts the thread keeps: 8 × the default capacity, the oldest dropped first. */
const SHARED_BOUND = 8192

/**
 * The thread's content ids and block Markdown, for every FragmentCache. Ids are given out once
 * each and never reused, so equal ids mean equal content whichever cache asks; a block's Markdown
 * is a function of its content (it is always written at the root of a document, `writeBlocksOnce`).
 */
const shared = {
  /** Content id of each block object seen (the parsed bodies' blocks are read once). */
  ids: new WeakMap<object, number>(),
  /** A block's JSON → its id; the oldest are dropped past SHARED_BOUND. */
  interned: new Map<string, number>(),
  nextId: 0,
  /** A top-level block's Markdown by content id (`markdownOfBlock`); the oldest are dropped past SHARED_BOUND. */
  blockMarkdown: new Map<number, string>(),
}

/** Content keys given by `knownContent`, used instead of a node's JSON. */
const contentKeys = new WeakMap<object, string>()

/**
 * Tells every FragmentCache that `node`'s content is determined by `key`: equal keys only for equal
 * content. Its id then comes from the key instead of writing the node out as JSON (a data table's
 * node, which its spec's JSON and the few things the expansion adds determine: expand.ts). A key
 * begins with a control character, so it never equals a node's JSON (which begins with `{`).
 */
export function knownContent(node: object, key: string): void {
  contentKeys.set(node, `\u0001${key}`)
}
