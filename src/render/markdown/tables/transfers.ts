import { countryName, SAFEGUARD_WORDS } from '../../words.js'
import { transfersOf } from '../../../variant/transfers.js'
import { text } from '../phrasing.js'
import type { TableBuilder } from './table-spec.js'

/** `::table{of=transfers}`: every recipient country outside the controller's area, with its safeguard. */
export const transfersTable: TableBuilder = (variant) => ({
  caption: `Transfers of ${variant.terms['personal-data']} to other countries`,
  columns: ['Recipient', 'Country', 'Safeguard'],
  rows: transfersOf(variant.model).map(({ recipient, country }) => ({
    entity: { kind: 'recipient', id: recipient.id },
    cells: [
      [text(recipient.planned ? `${recipient.name} (planned)` : recipient.name)],
      [text(countryName(country))],
      [text(recipient.transfer ? SAFEGUARD_WORDS[recipient.transfer] : 'Not stated')],
    ],
  })),
  empty: `We do not transfer ${variant.terms['personal-data']} to other countries.`,
})
