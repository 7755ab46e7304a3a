import { defaultSchema, type Schema } from 'hast-util-sanitize'
import { CLOBBER_PREFIX } from '../anchors.js'

const base = defaultSchema.attributes ?? {}

/**
 * GitHub's allowlist (hast-util-sanitize's default), narrowed and extended for a notice:
 * - plus what policyc's own nodes produce: captioned tables in a labelled, focusable scrolling
 *   wrapper, row headers (`scope`), the label of a region-only block;
 * - minus images: a notice must not make the reader's browser fetch anything from elsewhere
 *   (the Content-Security-Policy says the same); an image shows its alt text instead;
 * - links: http, https, mailto and tel only; everything else (javascript:, data:, vbscript:,
 *   entity- or whitespace-obfuscated forms) loses its href;
 * - every id and name is prefixed (`user-content-`), so prose can never clobber a global.
 */
export const SANITIZE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => !['img', 'picture', 'source'].includes(tag)), 'caption'],
  attributes: {
    ...base,
    div: [...(base.div ?? []), ['className', 'table-wrap', 'only'], ['role', 'region'], 'tabIndex', 'ariaLabelledBy'],
    p: [...(base.p ?? []), ['className', 'only-label']],
    h3: [...(base.h3 ?? []), ['className', 'sr-only']],
    th: [...(base.th ?? []), ['scope', 'col', 'row']],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    cite: ['http', 'https'],
  },
  strip: ['script', 'style', 'template', 'noscript'],
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id', 'name'],
  clobberPrefix: CLOBBER_PREFIX,
}
