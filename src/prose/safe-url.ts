/** Schemes a published notice may link to; everything else (javascript:, data:, vbscript: …) is dropped. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

/**
 * Whether a URL would run script or load something a notice should not. Browsers ignore ASCII
 * control characters and whitespace inside a scheme and decode entities before reading it, so the
 * scheme is read the way a browser would (`java\tscript:`, `&#106;avascript:`, ` JavaScript:`).
 */
export function unsafeUrl(url: string): boolean {
  const normalised = decodeEntities(url).replace(/[\u0000-\u0020\u007F-\u009F]/g, '')
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(normalised)
  if (!scheme) return false
  return !SAFE_SCHEMES.has(scheme[1]!.toLowerCase())
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) % 0x110000))
    .replace(/&#([0-9]+);?/g, (_, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10) % 0x110000))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n')
}
