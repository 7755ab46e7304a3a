import { purposeById, recipientById } from '../../../resolve/model.js'
import { text, shortText } from '../phrasing.js'
import { pageCookieDuration, tableWords } from '../../locale-words.js'
import type { TableBuilder } from './table-spec.js'

/** `::table{of=cookies}`: each cookie or similar technology, who sets it, what for and for how long. */
export const cookiesTable: TableBuilder = (variant) => {
  const lang = variant.model.policy.language
  const { m } = tableWords(lang, variant.terms)
  const w = m.tables.cookies
  return {
  caption: w.caption,
  columns: [w.name, w.type, w.purpose, w.setBy, w.lasts, w.consent, w.stores],
  rows: (variant.model.policy.cookies ?? []).map((cookie) => ({
    entity: { kind: 'cookie', id: cookie.id },
    cells: [
      [{ type: 'inlineCode', value: cookie.name }],
      // The kind of technology when it is not a cookie: a pixel, local storage or a device's
      // advertising ID is not what a reader pictures under "cookie" (ePrivacy Art 5(3) covers all).
      [text(cookie.technology && cookie.technology !== 'cookie' ? `${m.cookieType[cookie.type]} (${m.technology[cookie.technology]})` : m.cookieType[cookie.type])],
      [text(purposeById(variant.model, cookie.purpose)?.label ?? cookie.purpose)],
      [text(cookie.recipient ? (recipientById(variant.model, cookie.recipient)?.name ?? cookie.recipient) : m.words.us)],
      // `expires`: the notice's own words for a lifetime no duration value says (an event, or
      // one that differs by region), so the cell never reads "Not stated" for a stated lifetime.
      [text(cookie.expires === undefined ? pageCookieDuration(cookie.duration, lang) : cookie.duration === undefined ? cookie.expires : `${pageCookieDuration(cookie.duration, lang)}; ${cookie.expires}`)],
      [text(cookie.consent === undefined ? m.words.notStated : cookie.consent ? m.words.yes : m.words.no)],
      cookie.description ? shortText(cookie.description, variant.model) : [text(m.words.none)],
    ],
  })),
  empty: w.empty,
  }
}
