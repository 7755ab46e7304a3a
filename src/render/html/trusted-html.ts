/**
 * HTML that policyc produced itself (sanitized prose, generated SVG, escaped JSON-LD). Templates
 * insert text escaped by default; only a TrustedHtml value can be inserted raw with `{{{ }}}`, so
 * a template edit can never turn a policy's text into markup.
 */
export class TrustedHtml {
  constructor(readonly html: string) {}

  toString(): string {
    return this.html
  }
}

export function trusted(html: string): TrustedHtml {
  return new TrustedHtml(html)
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

/**
 * JSON for a `<script type="application/ld+json">` block. `<`, `>` and `&` are written as JSON
 * escapes, so no string in the data can close the script element (`</script>`) or open a comment
 * (`<!--`); U+2028 and U+2029 are escaped for old JavaScript parsers. The JSON value is unchanged.
 */
export function jsonForScript(value: unknown): TrustedHtml {
  const json = JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
  return trusted(json)
}
