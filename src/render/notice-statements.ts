import type { Paragraph, Root } from 'mdast'
import { noticeFactWords } from '../i18n/messages/notice-facts.js'
import type { Variant } from '../variant/variant.js'
import { pageDate } from './locale-words.js'
import { link, text } from './markdown/phrasing.js'

/**
 * What the notice says about itself and its controller beyond a law's list, as paragraphs after
 * the intro, so the Markdown and the HTML page both say them under the title, each only when the
 * data states it (house rule: no sentence without a fact):
 * - `controller.legal-form` and `controller.incorporated`: "The Matrix.org Foundation C.I.C. is a
 *   Community Interest Company incorporated on 29 October 2018." (named by `legal-name`, else `name`);
 * - `parent-policy`: "We also adhere to the Mozilla Privacy Policy for how we receive, handle, and
 *   share information.", its name linked to where it is published.
 */
export function withNoticeStatements(intro: Root | undefined, variant: Variant): Root | undefined {
  const { policy } = variant.model
  const lang = policy.language
  const w = noticeFactWords(lang)
  const paragraphs: Paragraph[] = []
  const { controller } = policy
  if (controller['legal-form'] !== undefined || controller.incorporated !== undefined) {
    const date = controller.incorporated === undefined ? undefined : pageDate(controller.incorporated, lang)
    paragraphs.push({ type: 'paragraph', children: [text(w.incorporated(controller['legal-name'] ?? controller.name, controller['legal-form'], date))] })
  }
  const parent = policy['parent-policy']
  if (parent) {
    const [before, after] = w.parentPolicy(parent.for)
    paragraphs.push({ type: 'paragraph', children: [text(before), link(parent.url, parent.name), text(after)] })
  }
  if (paragraphs.length === 0) return intro
  return { type: 'root', children: [...(intro?.children ?? []), ...paragraphs] }
}
