import { noticeFactWords } from '../../../i18n/messages/notice-facts.js'
import { tableWords } from '../../locale-words.js'
import { shortText, text } from '../phrasing.js'
import type { TableBuilder } from './table-spec.js'

/**
 * `::table{of=security-measures}`: the security measures the notice states (`security-measures`),
 * each in the notice's words, with its kind only where the data gives one (GDPR Art 32(1) speaks
 * of technical and organisational measures; Art 13 does not require them, so this table states
 * only what the notice says and never a default measure).
 */
export const securityMeasuresTable: TableBuilder = (variant) => {
  const lang = variant.model.policy.language
  const { m } = tableWords(lang, variant.terms)
  const w = noticeFactWords(lang).securityMeasures
  return {
    caption: w.caption,
    columns: [w.measure, w.kind],
    rows: (variant.model.policy['security-measures'] ?? []).map((measure) => ({
      cells: [shortText(measure.description, variant.model), [text(measure.kind ? w.kinds[measure.kind] : m.words.notStated)]],
    })),
    empty: w.empty,
  }
}
