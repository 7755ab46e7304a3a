import type { PhrasingContent } from 'mdast'
import { purposeById } from '../../../resolve/model.js'
import { link, linkify, text } from '../phrasing.js'
import { countryName, ROLE_WORDS, SAFEGUARD_WORDS } from '../../words.js'
import type { TableBuilder } from './table-spec.js'

/** `::table{of=recipients}`: who receives data, in what role, for which purposes, where, under which safeguard. */
export const recipientsTable: TableBuilder = (variant) => ({
  caption: `Who receives ${variant.terms['personal-data']}`,
  columns: ['Recipient', 'Role', 'Purposes', 'Where', 'Safeguard', 'Details'],
  rows: (variant.model.policy.recipients ?? []).map((recipient) => {
    const details: PhrasingContent[] = []
    if (recipient.description) details.push(...linkify(recipient.description))
    if (recipient.condition) details.push(text(details.length ? ' Only when: ' : 'Only when: '), ...linkify(recipient.condition))
    if (recipient['privacy-policy']) details.push(text(details.length ? ' ' : ''), link(recipient['privacy-policy'], 'Their privacy policy'), text('.'))
    return {
      entity: { kind: 'recipient', id: recipient.id },
      cells: [
        [text(recipient.planned ? `${recipient.name} (planned)` : recipient.name)],
        [text(ROLE_WORDS[recipient.role])],
        [text(recipient.purposes?.map((id) => purposeById(variant.model, id)?.label ?? id).join(', ') || '—')],
        [text(recipient.countries?.map(countryName).join(', ') || '—')],
        [text(recipient.transfer ? SAFEGUARD_WORDS[recipient.transfer] : '—')],
        details.length ? details : [text('—')],
      ],
    }
  }),
  empty: `We do not share ${variant.terms['personal-data']} with anyone.`,
})
