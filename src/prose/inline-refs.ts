/**
 * `:ref{id=…}` in the short texts of the data (section summaries, descriptions, conditions,
 * reasons): they are plain strings, not Markdown bodies, so the directive is found by pattern and
 * replaced by the label of what it names, the same words `:ref` gives in a body.
 */
const INLINE_REF = /:ref\{id=(?:"([^"]*)"|([A-Za-z0-9_-]+))\}/g

/** The ids a short text names with `:ref{id=…}`, in order. */
export function inlineRefIds(value: string): string[] {
  return [...value.matchAll(INLINE_REF)].map((m) => m[1] ?? m[2] ?? '')
}

/** The text with each `:ref{id=…}` replaced by the label `labelOf` gives (the id when it gives none). */
export function withRefLabels(value: string, labelOf: (id: string) => string | undefined): string {
  if (!value.includes(':ref{')) return value
  return value.replace(INLINE_REF, (_all, quoted: string | undefined, bare: string | undefined) => {
    const id = quoted ?? bare ?? ''
    return labelOf(id) ?? id
  })
}

/** Where `:ref` may appear in a short text of the data, as paths below each list item. */
export const SHORT_TEXT_FIELDS: readonly { list: readonly string[]; fields: readonly string[] }[] = [
  { list: ['sections'], fields: ['summary'] },
  { list: ['categories'], fields: ['description'] },
  { list: ['purposes'], fields: ['description', 'legitimate-interest'] },
  { list: ['recipients'], fields: ['description', 'condition'] },
  { list: ['retention'], fields: ['reason', 'exceptions'] },
  { list: ['cookies'], fields: ['description'] },
]

/**
 * A JSON value with `withRefLabels` applied to every string in it. Copy-on-write: the input is
 * not changed, and an array or object none of whose strings names a `:ref` is the input itself,
 * so a page's JSON-LD graph is not copied whole for the few descriptions that name one (most of
 * its garbage on a cold build, issue 19).
 */
export function withRefLabelsDeep<T>(value: T, labelOf: (id: string) => string | undefined): T {
  if (typeof value === 'string') return withRefLabels(value, labelOf) as T
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    value.forEach((item: unknown, index) => {
      const labelled = withRefLabelsDeep(item, labelOf)
      if (labelled !== item) (copy ??= [...value])[index] = labelled
    })
    return (copy ?? value) as T
  }
  if (value !== null && typeof value === 'object') {
    let copy: Record<string, unknown> | undefined
    for (const [key, item] of Object.entries(value)) {
      const labelled = withRefLabelsDeep(item, labelOf)
      if (labelled !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = labelled
    }
    return (copy ?? value) as T
  }
  return value
}
