import { noticeFactWords } from '../../../i18n/messages/notice-facts.js'
import { tableWords } from '../../locale-words.js'
import { shortText, text } from '../phrasing.js'
import type { TableBuilder } from './table-spec.js'

/**
 * `::table{of=transfer-statements}`: what the notice says about transfers abroad without naming
 * the recipient (`transfer-statements`): who, where, why and the safeguard, each in its words, or
 * "Not stated" where it says nothing (GDPR Art 13(1)(f) asks for the safeguard; an unstated one is
 * never shown as "none"). These rows are not recipients: the transfers table and the lint rules on
 * each named recipient's safeguards are unaffected by them.
 */
export const transferStatementsTable: TableBuilder = (variant) => {
  const lang = variant.model.policy.language
  const { m } = tableWords(lang, variant.terms)
  const w = noticeFactWords(lang).transferStatements
  const words = (value: string | undefined) => (value ? shortText(value, variant.model) : [text(m.words.notStated)])
  return {
    caption: w.caption,
    columns: [w.who, w.where, w.why, w.safeguard],
    rows: (variant.model.policy['transfer-statements'] ?? []).map((statement) => ({
      cells: [words(statement.who), words(statement.where), words(statement.why), words(statement.safeguard)],
    })),
    empty: w.empty,
  }
}
