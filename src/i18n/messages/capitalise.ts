/** "personal data" → "Personal data", for a term that starts a heading or a cell. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
