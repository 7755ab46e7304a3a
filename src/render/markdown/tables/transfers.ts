import type { BlockContent } from 'mdast'
import { loadCatalog } from '../../../catalog/catalog.js'
import { tableWords } from '../../locale-words.js'
import { safeguardWords } from '../../transfer-words.js'
import { transferPairs } from '../../../variant/transfers.js'
import { text } from '../phrasing.js'
import type { TableBuilder, TableRow } from './table-spec.js'

/**
 * `::table{of=transfers}`: every recipient country outside the controller's area, or outside the
 * territory of an exporting law that applies to this page's readers, with the tools that carry it
 * under each such law (GDPR Chapter V, UK GDPR Chapter V, FADP Art 16-17), each labelled with its
 * law and article: EU SCCs are never shown as the UK's tool, nor the UK Extension as the EU's.
 * Adequacy comes from each law's own list. Where no exporting law applies (a Canadian reader of a
 * Canadian controller), the safeguard column is left out rather than filled with another law's tools.
 * A recipient with a safeguard whose countries the notice does not state is listed with "Not
 * stated" (a transfer the model records without saying where is never left out).
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
  const withRules = variant.laws.some((l) => l.jurisdiction.transfers)
  const name = (recipient: { name: string; planned?: boolean }) => (recipient.planned ? m.words.planned(recipient.name) : recipient.name)
  const rows: TableRow[] = transferPairs(variant).map(({ recipient, country }) => {
    const cells = [[text(name(recipient))], [text(countryName(country))]]
    // Undefined: no exporting law that applies to this reader reaches the country, so nothing to state.
    if (withRules) cells.push([text(safeguardWords(variant, recipient, country, m) || '—')])
    return { entity: { kind: 'recipient' as const, id: recipient.id }, cells }
  })
  for (const recipient of model.policy.recipients ?? []) {
    const tools = recipient.safeguards ?? (recipient.transfer && recipient.transfer !== 'none' ? [recipient.transfer] : [])
    if (recipient.countries?.length || tools.length === 0) continue
    const where = recipient.locations === 'various' ? m.words.variousLocations : m.words.notStated
    const cells = [[text(name(recipient))], [text(where)]]
    if (withRules) cells.push([text(tools.map((tool) => m.safeguard[tool as keyof typeof m.safeguard] ?? tool).join('; '))])
    rows.push({ entity: { kind: 'recipient', id: recipient.id }, cells })
  }
  const home = model.policy.controller.country
  const inEea = home !== undefined && ((loadCatalog()['eea-countries'] ?? []).includes(home) || home === 'EU')
  const after: BlockContent[] = []
  const region = variant.region
  // No `controller.country`: the page says plainly that it is not stated (GDPR Art 13(1)(a)), and
  // the empty table speaks of other countries, not of an area it cannot name.
  if (home === undefined) after.push({ type: 'paragraph', children: [text(w.establishmentNotStated(model.policy.controller.name))] })
  else if (region && !region.codes.some((code) => code === home || code.startsWith(`${home}-`))) {
    after.push({ type: 'paragraph', children: [text(w.established(model.policy.controller.name, countryName(home)))] })
  }
  return {
    caption: w.caption(terms),
    columns: withRules ? [w.recipient, w.country, w.safeguard] : [w.recipient, w.country],
    rows,
    empty: home === undefined ? w.emptyAnywhere(terms) : w.empty(terms, inEea ? w.areaEea : w.areaCountry(countryName(home))),
    ...(after.length ? { after } : {}),
  }
}
