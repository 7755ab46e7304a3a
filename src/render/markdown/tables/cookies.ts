import { purposeById, recipientById } from '../../../resolve/model.js'
import { linkify, text } from '../phrasing.js'
import { COOKIE_TYPE_WORDS, cookieDurationWords } from '../../words.js'
import type { TableBuilder } from './table-spec.js'

/** `::table{of=cookies}`: each cookie or similar technology, who sets it, what for and for how long. */
export const cookiesTable: TableBuilder = (variant) => ({
  caption: 'Cookies and similar technologies',
  columns: ['Name', 'Type', 'Purpose', 'Set by', 'Lasts', 'Needs your consent', 'What it stores'],
  rows: (variant.model.policy.cookies ?? []).map((cookie) => ({
    entity: { kind: 'cookie', id: cookie.id },
    cells: [
      [{ type: 'inlineCode', value: cookie.name }],
      [text(COOKIE_TYPE_WORDS[cookie.type])],
      [text(purposeById(variant.model, cookie.purpose)?.label ?? cookie.purpose)],
      [text(cookie.recipient ? (recipientById(variant.model, cookie.recipient)?.name ?? cookie.recipient) : 'Us')],
      [text(cookieDurationWords(cookie.duration))],
      [text(cookie.consent === undefined ? 'Not stated' : cookie.consent ? 'Yes' : 'No')],
      cookie.description ? linkify(cookie.description) : [text('—')],
    ],
  })),
  empty: 'We use no cookies or similar technologies.',
})
