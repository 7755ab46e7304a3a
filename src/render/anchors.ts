/**
 * The prefix the sanitizer puts before every `id` and `name` that comes out of a Markdown body or
 * a generated table (GitHub's convention), so that no prose can define an id that clobbers a
 * global of the page (`id="cookie"`, `name="forms"`). Section ids are written by the layout, not
 * the sanitizer, and stay exactly the section ids.
 */
export const CLOBBER_PREFIX = 'user-content-'

/** The id of an entity's row before sanitizing: `recipient-mollie`. */
export function rowId(kind: string, id: string): string {
  return `${kind}-${id}`
}

/** The fragment that reaches a sanitized id from anywhere on the page. */
export function sanitizedHref(id: string): string {
  return `#${CLOBBER_PREFIX}${id}`
}
