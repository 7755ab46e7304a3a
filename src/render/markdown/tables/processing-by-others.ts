import { noticeFactWords } from '../../../i18n/messages/notice-facts.js'
import { shortText } from '../phrasing.js'
import type { TableBuilder } from './table-spec.js'

/**
 * `::table{of=processing-by-others}`: processing the notice warns of that is not the controller's
 * (`processing-by-others`), such as third-party apps that may gather usage data: who, and what the
 * notice says they may do, both in its words. The caption says it is others' processing because
 * the data says so (the key holds only that); no recipient, purpose or safeguard is implied.
 */
export const processingByOthersTable: TableBuilder = (variant) => {
  const lang = variant.model.policy.language
  const w = noticeFactWords(lang).processingByOthers
  return {
    caption: w.caption,
    columns: [w.who, w.what],
    rows: (variant.model.policy['processing-by-others'] ?? []).map((other) => ({
      cells: [shortText(other.who, variant.model), shortText(other.what, variant.model)],
    })),
    empty: w.empty,
  }
}
