import { categoryById } from '../../../resolve/model.js'
import { text, shortText } from '../phrasing.js'
import { pagePeriod, tableWords } from '../../locale-words.js'
import type { TableBuilder } from './table-spec.js'

/** `::table{of=retention}`: how long each group of categories is kept and what happens then. */
export const retentionTable: TableBuilder = (variant) => {
  const lang = variant.model.policy.language
  const { m, terms } = tableWords(lang, variant.terms)
  const w = m.tables.retention
  return {
  caption: w.caption(terms),
  columns: [w.data, w.howLong, w.afterwards, w.why],
  rows: (variant.model.policy.retention ?? []).map((rule) => {
    const why = rule.reason ? shortText(rule.reason, variant.model) : []
    if (rule.exceptions) why.push(text(why.length ? ` ${m.words.exceptions}` : m.words.exceptions), ...shortText(rule.exceptions, variant.model))
    return {
      entity: { kind: 'retention', id: rule.id },
      cells: [
        [text(rule.categories.map((id) => categoryById(variant.model, id)?.label ?? id).join(', '))],
        // `period-words`: the notice's own words for a period that is neither a duration nor a
        // trigger ("temporarily"), shown where the period goes instead of "Not stated"; beside a
        // stated period they follow it. The period itself stays `not-stated` for every law check.
        [text(rule['period-words'] === undefined ? pagePeriod(rule, lang) : rule.period === 'not-stated' ? rule['period-words'] : `${pagePeriod(rule, lang)}; ${rule['period-words']}`)],
        // No `then`: the notice does not say what happens at the end of the period.
        [text(rule.then ? m.then[rule.then] : m.words.notStated)],
        why.length ? why : [text(m.words.none)],
      ],
    }
  }),
  empty: w.empty,
  }
}
