import type { BlockContent } from 'mdast'
import { loadCatalog } from '../../../catalog/catalog.js'
import { tableWords } from '../../locale-words.js'
import { transfersOf } from '../../../variant/transfers.js'
import { text } from '../phrasing.js'
import type { TableBuilder, TableRow } from './table-spec.js'

/**
 * `::table{of=transfers}`: every recipient country outside the controller's area, with its
 * safeguard, and every recipient with a safeguard whose countries the notice does not state
 * (a transfer the model records without saying where: "Not stated", never left out).
 *
 * Every sentence here restates the model (house rule: no sentence without a fact):
 * - with no row, the table says that no recipient is *stated* to receive data outside the
 *   controller's area (`controller.country`, widened to the EEA as GDPR Chapter V is), not "we do
 *   not transfer": a reader outside that area is themselves abroad, and an unstated country is not
 *   "none";
 * - on a region page whose region does not include `controller.country`, it names the country
 *   where the controller is established, so such a reader sees where their data goes first
 *   (GDPR Art 13(1)(a) and the Art 13(1)(f) transfer notice read from the reader's side).
 */
export const transfersTable: TableBuilder = (variant) => {
  const { model } = variant
  const { m, terms, country: countryName } = tableWords(model.policy.language, variant.terms)
  const w = m.tables.transfers
  const name = (recipient: { name: string; planned?: boolean }) => (recipient.planned ? m.words.planned(recipient.name) : recipient.name)
  const rows: TableRow[] = transfersOf(model).map(({ recipient, country }) => ({
    entity: { kind: 'recipient', id: recipient.id },
    cells: [[text(name(recipient))], [text(countryName(country))], [text(recipient.transfer ? m.safeguard[recipient.transfer] : m.words.notStated)]],
  }))
  for (const recipient of model.policy.recipients ?? []) {
    if (recipient.countries?.length || !recipient.transfer || recipient.transfer === 'none') continue
    rows.push({ entity: { kind: 'recipient', id: recipient.id }, cells: [[text(name(recipient))], [text(m.words.notStated)], [text(m.safeguard[recipient.transfer])]] })
  }
  const home = model.policy.controller.country
  const inEea = (loadCatalog()['eea-countries'] ?? []).includes(home) || home === 'EU'
  const after: BlockContent[] = []
  const region = variant.region
  if (region && !region.codes.some((code) => code === home || code.startsWith(`${home}-`))) {
    after.push({ type: 'paragraph', children: [text(w.established(model.policy.controller.name, countryName(home)))] })
  }
  return {
    caption: w.caption(terms),
    columns: [w.recipient, w.country, w.safeguard],
    rows,
    empty: w.empty(terms, inEea ? w.areaEea : w.areaCountry(countryName(home))),
    ...(after.length ? { after } : {}),
  }
}
