import type { PhrasingContent } from 'mdast'
import { purposeById } from '../../../resolve/model.js'
import { link, linkify, text } from '../phrasing.js'
import { tableWords } from '../../locale-words.js'
import { recipientSafeguards } from '../../transfer-words.js'
import type { TableBuilder } from './table-spec.js'

/** `::table{of=recipients}`: who receives data, in what role, for which purposes, where, under which safeguard. */
export const recipientsTable: TableBuilder = (variant) => {
  const { m, terms, country } = tableWords(variant.model.policy.language, variant.terms)
  const w = m.tables.recipients
  return {
  caption: w.caption(terms),
  columns: [w.recipient, w.role, w.purposes, w.where, w.safeguard, w.details],
  rows: (variant.model.policy.recipients ?? []).map((recipient) => {
    const details: PhrasingContent[] = []
    if (recipient.description) details.push(...linkify(recipient.description))
    if (recipient.condition) details.push(text(details.length ? ` ${m.words.onlyWhen}` : m.words.onlyWhen), ...linkify(recipient.condition))
    const dispute = recipient['dispute-resolution']
    // Only what the recipient names: a DPF-certified company's independent recourse body, for example.
    if (dispute) details.push(text(`${details.length ? ' ' : ''}${m.words.disputeResolution}`), dispute.url ? link(dispute.url, dispute.name) : text(dispute.name), text('.'))
    if (recipient['privacy-policy']) details.push(text(details.length ? ' ' : ''), link(recipient['privacy-policy'], m.words.theirPrivacyPolicy), text('.'))
    return {
      entity: { kind: 'recipient', id: recipient.id },
      cells: [
        [text(recipient.planned ? m.words.planned(recipient.name) : recipient.name)],
        [text(m.role[recipient.role])],
        [text(recipient.purposes?.map((id) => purposeById(variant.model, id)?.label ?? id).join(', ') || m.words.none)],
        [text(recipient.locations === 'various' ? m.words.variousLocations : recipient.countries?.map(country).join(', ') || m.words.none)],
        // The tools of the exporting laws that apply to this reader, each labelled with its law (src/applicability).
        [text(recipientSafeguards(variant, recipient, m, country).join('; ') || m.words.none)],
        details.length ? details : [text(m.words.none)],
      ],
    }
  }),
  empty: w.empty(terms),
  }
}
