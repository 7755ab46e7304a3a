import type { PhrasingContent } from 'mdast'
import { purposeById, type PolicyModel, type Recipient } from '../../../resolve/model.js'
import type { Messages } from '../../../i18n/index.js'
import { link, text, shortText } from '../phrasing.js'
import { tableWords } from '../../locale-words.js'
import { transfersOf } from '../../../variant/transfers.js'
import { recipientSafeguards } from '../../transfer-words.js'
import type { TableBuilder } from './table-spec.js'

/** `::table{of=recipients}`: who receives data, in what role, for which purposes, where, under which safeguard. */
export const recipientsTable: TableBuilder = (variant) => {
  const { m, terms, country } = tableWords(variant.model.policy.language, variant.terms)
  const w = m.tables.recipients
  const abroad = abroadOf(variant.model)
  const sharing = variant.model.policy.claims?.['third-party-sharing']
  return {
  caption: w.caption(terms),
  columns: [w.recipient, w.role, w.purposes, w.where, w.safeguard, w.details],
  rows: (variant.model.policy.recipients ?? []).map((recipient) => {
    const cells = invariantCells(variant.model, recipient, m, country)
    return {
      entity: { kind: 'recipient', id: recipient.id },
      cells: [
        cells.name,
        cells.role,
        cells.purposes,
        cells.where,
        // The tools of the exporting laws that apply to this reader, each labelled with its law
        // (src/applicability); none stated while the data leaves the controller's area: "Not stated";
        // every stated country inside it: no transfer, nothing to state.
        [text(recipientSafeguards(variant, recipient, m, country).join('; ') || (recipient.countries?.length && !abroad.has(recipient.id) ? '—' : m.words.notStated))],
        cells.details,
      ],
    }
  }),
  empty: w.empty(terms),
  // What the notice says about sharing with third parties (`claims.third-party-sharing`), in its sense, not the CCPA's.
  ...(sharing ? { after: [{ type: 'paragraph', children: [text(m.words.thirdPartySharing[sharing])] }] } : {}),
  }
}

/** The recipients whose data goes abroad, once per model (the table is built for each region's laws). */
function abroadOf(model: PolicyModel): ReadonlySet<string> {
  let abroad = abroadByModel.get(model)
  if (!abroad) abroadByModel.set(model, (abroad = new Set(transferRecipients(model))))
  return abroad
}

const abroadByModel = new WeakMap<PolicyModel, ReadonlySet<string>>()

function transferRecipients(model: PolicyModel): string[] {
  return transfersOf(model).map((t) => t.recipient.id)
}

interface RecipientCells {
  name: PhrasingContent[]
  role: PhrasingContent[]
  purposes: PhrasingContent[]
  where: PhrasingContent[]
  details: PhrasingContent[]
}

/**
 * The cells of a recipient's row that read the same on every page of a policy: all but the
 * safeguards, which depend on the reader's laws. The table is built again for each region's laws
 * (tables/spec-once.ts), and these cells were most of that; they depend on the model (its
 * language, labels and data) and the recipient only. Cells are never changed once made.
 */
function invariantCells(model: PolicyModel, recipient: Recipient, m: Messages, country: (code: string) => string): RecipientCells {
  let byRecipient = cellsByModel.get(model)
  if (!byRecipient) cellsByModel.set(model, (byRecipient = new WeakMap()))
  let cells = byRecipient.get(recipient)
  if (!cells) byRecipient.set(recipient, (cells = recipientCells(model, recipient, m, country)))
  return cells
}

const cellsByModel = new WeakMap<PolicyModel, WeakMap<Recipient, RecipientCells>>()

function recipientCells(model: PolicyModel, recipient: Recipient, m: Messages, country: (code: string) => string): RecipientCells {
    const details: PhrasingContent[] = []
    if (recipient.description) details.push(...shortText(recipient.description, model))
    if (recipient.condition) details.push(text(details.length ? ` ${m.words.onlyWhen}` : m.words.onlyWhen), ...shortText(recipient.condition, model))
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
      name: [text(recipient.planned ? m.words.planned(recipient.name) : recipient.name)],
      role: [text(m.role[recipient.role])],
      // An absent fact is said to be not stated, never "none": the notice may simply not say.
      purposes: [text(recipient.purposes?.map((id) => purposeById(model, id)?.label ?? id).join(', ') || m.words.notStated)],
      where: [text(recipient.locations === 'various' ? m.words.variousLocations : recipient.countries?.map(country).join(', ') || m.words.notStated)],
      details: details.length ? details : [text(m.words.none)],
    }
}
