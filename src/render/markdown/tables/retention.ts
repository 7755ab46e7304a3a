import { categoryById } from '../../../resolve/model.js'
import { linkify, text } from '../phrasing.js'
import { periodWords, THEN_WORDS } from '../../words.js'
import type { TableBuilder } from './table-spec.js'

/** `::table{of=retention}`: how long each group of categories is kept and what happens then. */
export const retentionTable: TableBuilder = (variant) => ({
  caption: `How long we keep ${variant.terms['personal-data']}`,
  columns: ['Data', 'How long', 'Afterwards', 'Why'],
  rows: (variant.model.policy.retention ?? []).map((rule) => {
    const why = rule.reason ? linkify(rule.reason) : []
    if (rule.exceptions) why.push(text(why.length ? ' Exceptions: ' : 'Exceptions: '), ...linkify(rule.exceptions))
    return {
      entity: { kind: 'retention', id: rule.id },
      cells: [
        [text(rule.categories.map((id) => categoryById(variant.model, id)?.label ?? id).join(', '))],
        [text(periodWords(rule))],
        [text(rule.then ? THEN_WORDS[rule.then] : '—')],
        why.length ? why : [text('—')],
      ],
    }
  }),
  empty: 'No retention periods are listed.',
})
