import { noticeFactWords, versionDate } from '../../../i18n/messages/notice-facts.js'
import { pageDate, tableWords } from '../../locale-words.js'
import { shortText, text } from '../phrasing.js'
import type { TableBuilder } from './table-spec.js'

/**
 * `::table{of=document-history}`: the notice's own list of its versions (`document-history`), as
 * the notice states it: each date only as precisely as given (a month stays a month), each
 * summary in its words. It is the notice's statement, not the history policyc builds from git.
 */
export const documentHistoryTable: TableBuilder = (variant) => {
  const lang = variant.model.policy.language
  const { m } = tableWords(lang, variant.terms)
  const w = noticeFactWords(lang).documentHistory
  return {
    caption: w.caption,
    columns: [w.version, w.date, w.changes],
    rows: (variant.model.policy['document-history'] ?? []).map((version) => ({
      cells: [
        [text(version.version)],
        [text(version.date ? versionDate(version.date, lang, (iso) => pageDate(iso, lang)) : m.words.notStated)],
        version.summary ? shortText(version.summary, variant.model) : [text(m.words.notStated)],
      ],
    })),
    empty: w.empty,
  }
}
