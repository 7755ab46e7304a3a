import type { BlockContent, PhrasingContent } from 'mdast'
import type { CcpaLetter, Messages } from '../../../i18n/messages/types.js'
import type { Category, PolicyModel, Purpose, Recipient } from '../../../resolve/model.js'
import { pageList, tableWords } from '../../locale-words.js'
import { link, linkify, strong, text } from '../phrasing.js'
import type { TableBuilder } from './table-spec.js'

/** The personal-information categories of Cal. Civ. Code §1798.140(v)(1), in the law's order; their names are the catalog's (`ccpaCategory`). */
const CCPA_LETTERS: readonly CcpaLetter[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L']

/**
 * `::table{of=ccpa-categories}`: the California privacy policy's disclosures, each from the model.
 * Only California's page (and the global one, which has every region's text) shows it.
 *
 * One row per CCPA category (11 CCR §7011(e)(1)), with:
 * - collected: the categories' `collected` (§7011(e)(1)(A));
 * - sources: their `sources` (§7011(e)(1)(B)); none given → "Not stated";
 * - business or commercial purposes: the purposes that use them (§7011(e)(1)(C), (F), (I));
 * - disclosed for a business purpose to: the roles of the recipients that receive them for a
 *   purpose that is neither a sale nor a share (§7011(e)(1)(H));
 * - sold or shared: from the purposes' `sale` / `share` flags; with none flagged, "No" only when
 *   `claims.sale` is `none`, else "Not stated" (§7011(e)(1)(D));
 * - sold or shared to: the roles of the recipients of those purposes (§7011(e)(1)(E)).
 * The table is followed by the statements §7011(e) asks for, each only when its fact is in the
 * model (a statement the model cannot support is left out, for the lint to report):
 * no sale or sharing (`claims.sale: none`, §7011(e)(1)(D)); under-16s (`claims.minors-under-16`,
 * §7011(e)(1)(G)); sensitive personal information collected (§7011(e)(1)(A)); the "Do Not Sell or
 * Share" and "Limit the Use" links (`rights.opt-out-url`, `rights.limit-use-url`; Civ. Code
 * §1798.135(a), 11 CCR §7013, §7014); the Global Privacy Control signal (`signals`, §7011(e)(3)(F),
 * §7025); authorized agents (`rights.authorized-agents`, §7011(e)(3)(H)); and each notice of
 * financial incentive (`incentives`, Civ. Code §1798.125(b), 11 CCR §7016(b)), or, when
 * `claims.financial-incentives` is `offered` with none described, that their terms are not stated.
 * Non-discrimination (Civ. Code §1798.125(a)) is the rights table's row.
 */
export const ccpaCategoriesTable: TableBuilder = (variant) => {
  if (!variant.regions.some((r) => r.id === 'us-ca')) return undefined
  const { m } = tableWords(variant.model.policy.language, variant.terms)
  const lang = variant.model.policy.language
  const w = m.tables['ccpa-categories']
  const c = m.ccpa
  const { model } = variant
  const categories = model.policy.categories
  const purposes = model.policy.purposes
  const recipients = model.policy.recipients ?? []
  const roles = (list: readonly Recipient[]) => [...new Set(list.map((r) => m.role[r.role]))]
  const saleClaim = model.policy.claims?.sale
  return {
    caption: w.caption,
    columns: [w.category, w.examples, w.collected, c.sources, c.purposes, c.disclosedTo, c.soldShared, c.soldSharedTo],
    rows: CCPA_LETTERS.map((letter) => {
      const listed = categories.filter((cat) => cat.ccpa === letter)
      const ids = new Set(listed.map((cat) => cat.id))
      const examples = listed.flatMap((cat) => cat.examples ?? [])
      const first = listed[0]
      const using = purposes.filter((p) => p.categories.some((id) => ids.has(id)))
      const sold = using.filter((p) => p.sale === true)
      const shared = using.filter((p) => p.share === true)
      const receives = (p: Purpose) => recipients.filter((r) => r.purposes?.includes(p.id) && r.categories?.some((id) => ids.has(id)))
      const businessPurposes = using.filter((p) => p.sale !== true && p.share !== true)
      const disclosed = roles(businessPurposes.flatMap(receives))
      // A recipient that lists no `categories` may receive this one: then "none" would be a guess.
      const unknownReceipt = businessPurposes.some((p) => recipients.some((r) => r.purposes?.includes(p.id) && !r.categories))
      const soldTo = roles([...sold, ...shared].flatMap(receives))
      const collected = listed.some((cat) => cat.collected)
      const sources = [...new Set(listed.flatMap((cat) => cat.sources ?? []))].map((s) => m.source[s])
      const soldWord = sold.length && shared.length ? c.soldAndShared : sold.length ? c.sold : shared.length ? c.shared : saleClaim === 'none' ? m.words.no : m.words.notStated
      const none = listed.length === 0 || !collected
      return {
        ...(first ? { entity: { kind: 'category' as const, id: first.id } } : {}),
        cells: [
          [text(`${letter}. ${m.ccpaCategory[letter]}`)],
          [text(examples.length ? examples.join(', ') : m.words.none)],
          [text(collected ? m.words.yes : m.words.no)],
          // A category not collected has no sources, purposes or recipients to state.
          [text(none ? '—' : sources.length ? sources.join(', ') : m.words.notStated)],
          [text(none ? '—' : using.length ? using.map((p) => p.label).join(', ') : m.words.notStated)],
          [text(none ? '—' : disclosed.length ? disclosed.join(', ') : unknownReceipt || !using.length ? m.words.notStated : m.words.none)],
          [text(none ? '—' : soldWord)],
          [text(none ? '—' : soldTo.length ? soldTo.join(', ') : soldWord === m.words.no ? m.words.none : m.words.notStated)],
        ],
      }
    }),
    empty: '',
    after: statements(model, m, lang),
  }
}

function paragraph(...children: PhrasingContent[]): BlockContent {
  return { type: 'paragraph', children }
}

function statements(model: PolicyModel, m: Messages, lang: string): BlockContent[] {
  const c = m.ccpa
  const { policy } = model
  const out: BlockContent[] = []
  if (policy.claims?.sale === 'none') out.push(paragraph(text(c.noSaleOrSharing)))
  const minors = policy.claims?.['minors-under-16']
  if (minors) out.push(paragraph(text(minors === 'not-sold-or-shared' ? c.minorsNotSold : c.minorsOptIn)))
  const sensitive = policy.categories.filter((cat: Category) => cat.collected && cat.sensitive)
  if (sensitive.length) out.push(paragraph(text(c.sensitive(pageList(sensitive.map((cat) => cat.label), lang)))))
  const optOut = policy.rights?.['opt-out-url']
  if (optOut) out.push(paragraph(link(optOut, c.optOutLink)))
  const limitUse = policy.rights?.['limit-use-url']
  if (limitUse) out.push(paragraph(link(limitUse, c.limitUseLink)))
  const gpc = policy.signals?.['global-privacy-control']
  if (gpc) out.push(paragraph(text(gpc === 'honored' ? c.gpcHonored : c.gpcIgnored)))
  const agents = policy.rights?.['authorized-agents']
  if (agents) {
    const requirements = agents.allowed && agents.requirements ? [text(` ${c.agentsRequirements}`), ...linkify(agents.requirements)] : []
    out.push(paragraph(text(agents.allowed ? c.agentsAllowed : c.agentsNotAllowed), ...requirements))
  }
  const incentives = policy.incentives ?? []
  for (const incentive of incentives) {
    const parts: PhrasingContent[] = [strong(c.incentiveTitle(incentive.name)), text(' '), ...linkify(incentive.description)]
    const involved = (incentive.categories ?? []).map((id) => policy.categories.find((cat) => cat.id === id)?.label ?? id)
    if (involved.length) parts.push(text(` ${c.incentiveCategories(pageList(involved, lang))}`))
    if (incentive['how-to-opt-in']) parts.push(text(` ${c.incentiveOptIn}`), ...linkify(incentive['how-to-opt-in']))
    if (incentive['how-to-withdraw']) parts.push(text(` ${c.incentiveWithdraw}`), ...linkify(incentive['how-to-withdraw']))
    if (incentive.value) parts.push(text(` ${c.incentiveValue}`), ...linkify(incentive.value))
    out.push(paragraph(...parts))
  }
  if (!incentives.length && policy.claims?.['financial-incentives'] === 'offered') out.push(paragraph(text(c.incentivesNotStated)))
  return out
}
