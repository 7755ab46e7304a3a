import type { PhrasingContent } from 'mdast'

/**
 * A memo of at most `capacity` values, dropping the oldest first. Values are pure functions of
 * their key, so a dropped one is only computed again, to the same result; the bound keeps a build
 * of a thousand policies from holding every cell it ever wrote.
 */
export class BoundedMemo<V> {
  private readonly entries = new Map<string, V>()

  constructor(readonly capacity: number) {}

  get(key: string, compute: () => V): V {
    const found = this.entries.get(key)
    if (found !== undefined || this.entries.has(key)) return found as V
    const value = compute()
    this.entries.set(key, value)
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string)
    return value
  }
}

/**
 * A key that stands for a table cell's content exactly: most cells are one text node, keyed by its
 * value; any other cell by its JSON (node types, values, URLs and nesting all change the output).
 */
export function cellKey(children: readonly PhrasingContent[]): string {
  const only = children.length === 1 ? children[0]! : undefined
  if (only?.type === 'text' && only.data === undefined) return `t${only.value}`
  return `j${JSON.stringify(children)}`
}
