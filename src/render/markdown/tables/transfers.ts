import { tableWords } from '../../locale-words.js'
import { safeguardWords } from '../../transfer-words.js'
import { transferPairs } from '../../../variant/transfers.js'
import { text } from '../phrasing.js'
import type { TableBuilder } from './table-spec.js'

/**
 * `::table{of=transfers}`: every recipient country outside the controller's area, or outside the
 * territory of an exporting law that applies to this page's readers, with the tools that carry it
 * under each such law (GDPR Chapter V, UK GDPR Chapter V, FADP Art 16-17), each labelled with its
 * law and article: EU SCCs are never shown as the UK's tool, nor the UK Extension as the EU's.
 * Adequacy comes from each law's own list. Where no exporting law applies (a Canadian reader of a
 * Canadian controller), the safeguard column is left out rather than filled with another law's tools.
 */
export const transfersTable: TableBuilder = (variant) => {
  const { m, terms, country: countryName } = tableWords(variant.model.policy.language, variant.terms)
  const w = m.tables.transfers
  const withRules = variant.laws.some((l) => l.jurisdiction.transfers)
  return {
    caption: w.caption(terms),
    columns: withRules ? [w.recipient, w.country, w.safeguard] : [w.recipient, w.country],
    rows: transferPairs(variant).map(({ recipient, country }) => {
      const safeguard = safeguardWords(variant, recipient, country, m)
      const cells = [[text(recipient.planned ? m.words.planned(recipient.name) : recipient.name)], [text(countryName(country))]]
      if (withRules) cells.push([text(safeguard || '—')])
      return { entity: { kind: 'recipient' as const, id: recipient.id }, cells }
    }),
    empty: w.empty(terms),
  }
}
