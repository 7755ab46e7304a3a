import { tableWords } from '../../locale-words.js'
import { transfersOf } from '../../../variant/transfers.js'
import { text } from '../phrasing.js'
import type { TableBuilder } from './table-spec.js'

/** `::table{of=transfers}`: every recipient country outside the controller's area, with its safeguard. */
export const transfersTable: TableBuilder = (variant) => {
  const { m, terms, country: countryName } = tableWords(variant.model.policy.language, variant.terms)
  const w = m.tables.transfers
  return {
  caption: w.caption(terms),
  columns: [w.recipient, w.country, w.safeguard],
  rows: transfersOf(variant.model).map(({ recipient, country }) => ({
    entity: { kind: 'recipient', id: recipient.id },
    cells: [
      [text(recipient.planned ? m.words.planned(recipient.name) : recipient.name)],
      [text(countryName(country))],
      [text(recipient.transfer ? m.safeguard[recipient.transfer] : m.words.notStated)],
    ],
  })),
  empty: w.empty(terms),
  }
}
