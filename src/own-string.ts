/**
 * The same text in a string of its own, sharing no storage with a string it was sliced from. V8
 * keeps a slice's whole parent alive: a warning quoting a policy, or a memo keyed by one block of
 * a page, kept a whole YAML file or a whole page with it (issue 19, found with heap snapshots).
 * UTF-16 keeps every code unit, lone surrogates too. V8 never slices a string shorter than 13
 * characters, so those are returned as they are.
 */
export function ownString(text: string): string {
  return text.length < 16 ? text : Buffer.from(text, 'utf16le').toString('utf16le')
}
