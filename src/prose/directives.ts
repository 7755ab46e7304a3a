/**
 * The directives a section body may use, in one registry that the checker and the renderers
 * share: a leaf `::table{of=…}` pulls a table of structured data in, an inline `:ref{id=…}` names
 * an entity and links to its row, a container `:::only{regions="…"}` holds region-specific text.
 */
export const TABLE_KINDS = ['categories', 'ccpa-categories', 'purposes', 'recipients', 'transfers', 'retention', 'cookies', 'rights', 'channels', 'security-measures', 'document-history', 'processing-by-others', 'transfer-statements'] as const
export type TableKind = (typeof TABLE_KINDS)[number]

export interface DirectiveSpec {
  type: 'leafDirective' | 'textDirective' | 'containerDirective'
  /** How it is written, for messages. */
  syntax: string
  attributes: readonly string[]
  required: readonly string[]
}

export const DIRECTIVES: Readonly<Record<string, DirectiveSpec>> = {
  // Filters (`source`, `role`, `type`, `technology`, `group`): see table-filters.ts.
  table: { type: 'leafDirective', syntax: '::table{of=categories}', attributes: ['of', 'caption', 'source', 'role', 'type', 'technology', 'group'], required: ['of'] },
  ref: { type: 'textDirective', syntax: ':ref{id=mollie}', attributes: ['id'], required: ['id'] },
  only: { type: 'containerDirective', syntax: ':::only{regions="us-ca"}\n…\n:::', attributes: ['regions'], required: ['regions'] },
}

export function isTableKind(value: string): value is TableKind {
  return (TABLE_KINDS as readonly string[]).includes(value)
}

/** The region selectors of an `only` directive: separated by spaces or commas. */
export function splitRegions(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean)
}
