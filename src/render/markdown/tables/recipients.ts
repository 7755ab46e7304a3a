import type { PhrasingContent } from 'mdast'
import { purposeById } from '../../../resolve/model.js'
import { link, text, shortText } from '../phrasing.js'
import { tableWords } from '../../locale-words.js'
import { transfersOf } from '../../../variant/transfers.js'
import { recipientSafeguards } from '../../transfer-words.js'
import type { TableBuilder } from './table-spec.js'

/** `::table{of=recipients}`: who receives data, in what role, for which purposes, where, under which safeguard. */
export const recipientsTable: TableBuilder = (variant) => {
  const { m, terms, country } = tableWords(variant.model.policy.language, variant.terms)
  const w = m.tables.recipients
  const abroad = new Set(transfersOf(variant.model).map((t) => t.recipient.id))
  const sharing = variant.model.policy.claims?.['third-party-sharing']
  return {
  caption: w.caption(terms),
  columns: [w.recipient, w.role, w.purposes, w.where, w.safeguard, w.details],
  rows: (variant.model.policy.recipients ?? []).map((recipient) => {
    const details: PhrasingContent[] = []
    if (recipient.description) details.push(...shortText(recipient.description, variant.model))
    if (recipient.condition) details.push(text(details.length ? ` ${m.words.onlyWhen}` : m.words.onlyWhen), ...shortText(recipient.condition, variant.model))
    // Where the recipient is established, when the notice gives it beside where it processes (a sub-processor list's "Corporate Location").
    // A description that ends without a full stop (a list's short cell) gets one, so the two do not run together.
    const after = !details.length ? '' : recipient.description && !recipient.condition && !/[.!?]$/.test(recipient.description.trim()) ? '. ' : ' '
    if (recipient['established-in']) details.push(text(`${after}${m.words.establishedIn}${country(recipient['established-in'])}.`))
    const dispute = recipient['dispute-resolution']
    // Only what the recipient names: a DPF-certified company's independent recourse body, for example.
    if (dispute) details.push(text(`${details.length ? ' ' : ''}${m.words.disputeResolution}`), dispute.url ? link(dispute.url, dispute.name) : text(dispute.name), text('.'))
    if (recipient['privacy-policy']) details.push(text(details.length ? ' ' : ''), link(recipient['privacy-policy'], m.words.theirPrivacyPolicy), text('.'))
    // Links the notice gives: where the recipients of a group are listed, and how to stop this sharing.
    if (recipient.list) details.push(text(details.length ? ' ' : ''), link(recipient.list, m.words.publishedList), text('.'))
    if (recipient['opt-out']) details.push(text(details.length ? ' ' : ''), link(recipient['opt-out'], m.words.howToOptOut), text('.'))
    return {
      entity: { kind: 'recipient', id: recipient.id },
      cells: [
        [text(recipient.planned ? m.words.planned(recipient.name) : recipient.name)],
        [text(m.role[recipient.role])],
        // An absent fact is said to be not stated, never "none": the notice may simply not say.
        [text(recipient.purposes?.map((id) => purposeById(variant.model, id)?.label ?? id).join(', ') || m.words.notStated)],
        [text(recipient.locations === 'various' ? m.words.variousLocations : recipient.countries?.map(country).join(', ') || m.words.notStated)],
        // The tools of the exporting laws that apply to this reader, each labelled with its law
        // (src/applicability); none stated while the data leaves the controller's area: "Not stated";
        // every stated country inside it: no transfer, nothing to state.
        [text(recipientSafeguards(variant, recipient, m, country).join('; ') || (recipient.countries?.length && !abroad.has(recipient.id) ? '—' : m.words.notStated))],
        details.length ? details : [text(m.words.none)],
      ],
    }
  }),
  empty: w.empty(terms),
  // What the notice says about sharing with third parties (`claims.third-party-sharing`), in its sense, not the CCPA's.
  ...(sharing ? { after: [{ type: 'paragraph', children: [text(m.words.thirdPartySharing[sharing])] }] } : {}),
  }
}
