import type { BlockContent, ListItem, PhrasingContent } from 'mdast'
import { authorityFor, complaintListFor, promiseIsStricter, type Deadline } from '../../../applicability/index.js'
import type { Jurisdiction, PolicyModel } from '../../../resolve/model.js'
import type { Variant } from '../../../variant/variant.js'
import { durationWords } from '../../words.js'
import { citation, formatDuration, rightName, type Messages } from '../../../i18n/index.js'
import { localWords, pageAuthorityName, pageList, pageRegionName, tableWords } from '../../locale-words.js'
import { pageLawLabel } from '../../locale-words.js'
import { link, linkify, strong, text } from '../phrasing.js'
import type { TableBuilder, TableRow } from './table-spec.js'
import { isDeclared } from '../../../resolve/declared-region.js'

/**
 * `::table{of=rights}`: the rights of the variant's region, named as its law names them, with the
 * citation and how far each goes in practice, followed by the supervisory authority. The global
 * page groups the same right under each name the laws give it.
 */
export const rightsTable: TableBuilder = (variant) => {
  // The page for readers outside every listed region states no law's rights (src/variant/variants-of.ts),
  // only the rights and the authority the notice itself names.
  if (variant.outside) return noticeRightsTable(variant)
  const { model } = variant
  const lang = model.policy.language
  const { m } = tableWords(lang, variant.terms)
  const w = m.tables.rights
  // English keeps the catalog's own names; other languages name each right as that law does in them.
  const local = localWords(lang) !== undefined
  // A declared region's rights (`declared-regions`) keep the policy's own names.
  const nameOf = (region: Jurisdiction, right: Jurisdiction['rights'][number]) => (local && !isDeclared(region) ? rightName(region.id, right.key, lang) : right.name)
  const citeOf = (text: string) => (local ? citation(text, lang) : text)
  if (variant.region) {
    const region = variant.region
    const shown = rightsShown(region, model)
    return {
      caption: w.caption(pageList(lawsGranting(region, shown).map((law) => law.short), lang)),
      columns: [w.right, w.whereInLaw, w.inPractice],
      rows: shown.map((right) => ({ cells: [[text(nameOf(region, right))], [text(citeOf(right.citation))], practice(model, right.key, m)] })),
      empty: '',
      after: [...listedParagraphs(variant, m), ...authorityParagraphs(variant, m), ...deadlineParagraphs(variant, m), ...requestParagraphs(variant, m)],
    }
  }
  const groups = new Map<string, { name: string; key: string; regions: Jurisdiction[]; citations: string[] }>()
  for (const region of variant.regions) {
    for (const right of rightsShown(region, model)) {
      const name = nameOf(region, right)
      const id = `${right.key}\u0000${name}`
      const group = groups.get(id) ?? { name, key: right.key, regions: [], citations: [] }
      group.regions.push(region)
      if (!group.citations.includes(citeOf(right.citation))) group.citations.push(citeOf(right.citation))
      groups.set(id, group)
    }
  }
  const rows: TableRow[] = [...groups.values()].map((group) => ({
    cells: [[text(group.name)], [text(group.regions.map((r) => pageRegionName(r, lang)).join(', '))], [text(group.citations.join('; '))], practice(model, group.key, m)],
  }))
  const items: ListItem[] = variant.regions.map((region) => {
    const authority = authorityFor(model.policy, region)
    const list = complaintListFor(region)
    // An EEA reader without a lead authority complains in their own Member State (GDPR Art 77(1)): the EDPB lists them all.
    const where = authority ? link(authority.url, pageAuthorityName(region, authority, lang)) : list ? link(list.url, list.name) : text('—')
    return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(`${pageRegionName(region, lang)}: `), where] }] }
  })
  return {
    caption: w.captionAll,
    columns: [w.right, w.whereApplies, w.whereInLaw, w.inPractice],
    rows,
    empty: '',
    after: [
      { type: 'paragraph', children: [text(w.complainAll)] },
      { type: 'list', ordered: false, spread: false, children: items },
      ...listedParagraphs(variant, m),
      ...requestParagraphs(variant, m),
    ],
  }
}

/**
 * The rights and the authority a notice names itself (`rights.listed`, `rights.authority`), on the
 * page that states no law: the notice's own words, each right with the law the notice names for it
 * ("Not stated" where it names none) and any `rights.limits` for it. Captioned as what the notice
 * lists, never as what a law requires. Nothing at all when the notice names neither.
 */
function noticeRightsTable(variant: Variant): ReturnType<TableBuilder> {
  const rights = variant.model.policy.rights
  const listed = rights?.listed ?? []
  if (listed.length === 0 && !rights?.authority) return undefined
  const { m } = tableWords(variant.model.policy.language, variant.terms)
  const w = m.tables.rights
  return {
    caption: w.captionListed,
    columns: [w.right, w.lawNamed, w.inPractice],
    rows: listed.map((right) => ({ cells: [[text(right.name)], [text([right.law, right.citation].filter(Boolean).join(' ') || m.words.notStated)], practice(variant.model, right.right, m)] })),
    empty: '',
    after: noticeAuthority(variant, m),
  }
}

/**
 * On a page that states a law's rights, the rights the notice lists itself follow the law's table
 * under their own label, each with the law the notice names, so neither passes for the other; then
 * the authority the notice names for every reader.
 */
function listedParagraphs(variant: Variant, m: Messages): BlockContent[] {
  const listed = variant.model.policy.rights?.listed ?? []
  const out: BlockContent[] = []
  if (listed.length > 0) {
    // "The right of access (GDPR Art 15); The right to be informed": each with the law the notice names, if it names one.
    const items = listed.map((right) => {
      const law = [right.law, right.citation].filter(Boolean).join(' ')
      return law ? `${right.name} (${law})` : right.name
    })
    out.push({ type: 'paragraph', children: [strong(m.tables.rights.listed), text(` ${items.join('; ')}.`)] })
  }
  return [...out, ...noticeAuthority(variant, m)]
}

/** The supervisory authority the notice tells every reader they may complain to (`rights.authority`), as the notice's statement. */
function noticeAuthority(variant: Variant, m: Messages): BlockContent[] {
  const authority = variant.model.policy.rights?.authority
  if (!authority) return []
  return [{ type: 'paragraph', children: [text(m.tables.rights.noticeAuthority), link(authority.url, authority.name), text('.')] }]
}

/**
 * The rights of a region that its page lists. The catalog lists every right the law gives; two are
 * left out where the page would state something no source supports:
 * - the right not to be subject to solely automated decisions (GDPR / UK GDPR Art 22, FADP Art 21,
 *   LGPD Art 20, Quebec s.12.1) when the policy lists no `automated-decisions`: the notice duties
 *   (GDPR Art 13(2)(f), 14(2)(g)) are about the existence of such decisions, and the Art 13(2)(b)
 *   list of rights to mention does not include Art 22;
 * - a right that repeats another right of the same law under the same citation with only a
 *   parenthesis added (Colorado's "Right of access (to confirm …)" beside "Right of access", both
 *   C.R.S. §6-1-1306(1)(b)): one statutory right is one row.
 */
export function rightsShown(region: Jurisdiction, model: PolicyModel): Jurisdiction['rights'][number][] {
  const decisions = (model.policy['automated-decisions'] ?? []).length > 0
  return region.rights.filter((right) => {
    if (right.key === 'right-adm' && !decisions) return false
    return !region.rights.some((other) => other !== right && other.citation === right.citation && right.name.startsWith(`${other.name} (`))
  })
}

/**
 * The laws a rights table's caption names: those whose rows it shows, by the law's short name at
 * the start of a row's citation ("GDPR Art 15", "DPA 2018 s.164A"). A region's other laws grant
 * none of the rights listed (the ePrivacy Directive, PECR, CalOPPA), so "your rights under" them
 * would be untrue. Where no citation starts with a short name (US statutes cite their code: "Civ.
 * Code §1798.105"), the region's first law, the one the catalog lists as its privacy law, is named.
 */
export function lawsGranting(region: Jurisdiction, rights: readonly Jurisdiction['rights'][number][]): readonly Jurisdiction['laws'][number][] {
  const cited = region.laws.filter((law) => rights.some((right) => right.citation.startsWith(`${law.short} `)))
  return cited.length > 0 ? cited : region.laws.slice(0, 1)
}

function practice(model: PolicyModel, key: string, m: Messages): PhrasingContent[] {
  const limit = model.policy.rights?.limits?.find((l) => l.right === key)
  if (!limit) return [text('—')]
  const scope: string = m.scope[limit.scope]
  return limit.description ? [text(`${scope}: `), ...linkify(limit.description)] : [text(scope)]
}

/**
 * Who a reader can complain to, for every law that applies to them and names an authority: a
 * lead authority picked from the controller's EEA establishment (GDPR Art 56(1)), the law's own
 * authority (ICO, FDPIC, OPC …), or the one the policy sets. Under the GDPR a reader may always
 * complain in their own Member State (Art 77(1)); the EDPB's members page lists every authority.
 * US state laws ask no notice to name their enforcer, so none is named.
 */
function authorityParagraphs(variant: Variant, m: Messages): BlockContent[] {
  const lang = variant.model.policy.language
  const w = m.tables.rights
  const cite = (text: string) => (localWords(lang) ? citation(text, lang) : text)
  const out: BlockContent[] = []
  for (const { jurisdiction: law } of variant.laws) {
    const authority = authorityFor(variant.model.policy, law)
    const label = pageLawLabel(law, lang)
    if (authority) {
      const lead = authority.kind === 'lead' && authority.citation ? w.lead(label, cite(authority.citation)) : variant.laws.length > 1 ? `${label}: ${w.complain}` : w.complain
      out.push({ type: 'paragraph', children: [text(lead), link(authority.url, pageAuthorityName(law, authority, lang)), text('.')] })
    }
    const list = complaintListFor(law)
    if (list) out.push({ type: 'paragraph', children: [text(w.memberState(cite(list.citation), Boolean(authority))), text(w.authorityList), link(list.url, list.name), text('.')] })
  }
  return out
}

/**
 * How long each applicable law gives to answer a request, with its extension, labelled by law
 * (GDPR Art 12(3), CCPA §1798.130(a)(2)(A), PIPEDA s.8(3) … from the catalog's `deadline`), and
 * the policy's own `response-time` where it is surely shorter than every one of them.
 */
function deadlineParagraphs(variant: Variant, m: Messages): BlockContent[] {
  const lang = variant.model.policy.language
  const w = m.tables.rights
  const local = localWords(lang) !== undefined
  const cite = (text: string) => (local ? citation(text, lang) : text)
  const period = (iso: string, working?: boolean) => {
    const words = local ? formatDuration(iso, lang) : durationWords(iso)
    return working ? w.workingDays(words.replace(/\D+$/, '').trim()) : words
  }
  const sentences: string[] = []
  const deadlines: Deadline[] = []
  for (const { jurisdiction: law } of variant.laws) {
    const deadline = law.deadline
    if (!deadline) continue
    deadlines.push(deadline)
    if (deadline.period) {
      const extension = deadline.extension ? w.extension(period(deadline.extension)) : ''
      sentences.push(`${w.deadline(period(deadline.period, deadline['working-days']), pageLawLabel(law, lang), cite(deadline.citation))}${extension}.`)
    } else if (deadline['reasonable-period']) sentences.push(`${w.reasonable(pageLawLabel(law, lang), cite(deadline.citation))}.`)
  }
  const promise = variant.model.policy.rights?.['response-time']
  if (promise && deadlines.length && deadlines.every((d) => promiseIsStricter(promise, d))) sentences.push(w.promise(period(promise)))
  return sentences.length ? [{ type: 'paragraph', children: [text(sentences.join(' '))] }] : []
}

/**
 * The request facts the policy states, each after the rights table of a page whose readers' law
 * asks for it (the catalog's element for it in one of the variant's regions), the policy's own
 * words under a label:
 * - `rights.verification`: how a requester is verified (11 CCR §7011(e)(3)(E), catalog element
 *   `ccpa-verification-process`);
 * - `rights.fee`: whether requests are free and when a fee may be charged (GDPR / UK GDPR
 *   Art 12(5), element `rights-free-of-charge`);
 * - `rights.appeal`: how to appeal a refusal, with the channels that take appeals (Va. Code
 *   §59.1-578(C)(3) and the other US state laws, element `appeal-process`);
 * - `rights.complaints`: how to complain to the controller and how complaints are handled (DPA 2018
 *   s.164A, PIPEDA Sch. 1 4.10, APP 1.4(e); elements `uk-right-complain-to-controller`,
 *   `complaint-handling-process`).
 * A fact the policy does not state is left out: coverage reports the element missing.
 */
export const REQUEST_FACT_ELEMENTS = {
  verification: ['ccpa-verification-process'],
  fee: ['rights-free-of-charge'],
  appeal: ['appeal-process'],
  complaints: ['uk-right-complain-to-controller', 'complaint-handling-process'],
  'shine-the-light': ['ca-shine-the-light'],
  'content-removal': ['ca-minors-content-removal'],
} as const

function requestParagraphs(variant: Variant, m: Messages): BlockContent[] {
  const rights = variant.model.policy.rights
  const asked = (keys: readonly string[]) => variant.regions.some((region) => region.elements.some((e) => keys.includes(e.key)))
  if (!rights) return californiaParagraphs(variant, m, asked)
  const w = m.tables.rights
  const lang = variant.model.policy.language
  const out: BlockContent[] = []
  const said = (label: string, words: string | undefined, more: PhrasingContent[] = []) => {
    const body: PhrasingContent[] = words ? [text(' '), ...linkify(words.trim())] : []
    out.push({ type: 'paragraph', children: [strong(label), ...body, ...more] })
  }
  if (rights.verification && asked(REQUEST_FACT_ELEMENTS.verification)) said(w.verification, rights.verification)
  if (rights.fee && asked(REQUEST_FACT_ELEMENTS.fee)) said(w.fee, rights.fee)
  const appeal = rights.appeal
  if (appeal && (appeal.description || appeal.channels) && asked(REQUEST_FACT_ELEMENTS.appeal)) {
    const labels = (appeal.channels ?? []).map((id) => rights.channels.find((c) => c.id === id)?.label ?? id)
    said(w.appeal, appeal.description, labels.length ? [text(` ${w.appealChannels(pageList(labels, lang))}`)] : [])
  }
  if (rights.complaints && asked(REQUEST_FACT_ELEMENTS.complaints)) said(w.complaints, rights.complaints)
  out.push(...californiaParagraphs(variant, m, asked))
  return out
}

/** The citation of a catalog element in the first of the variant's regions that lists it, in the page's language. */
function elementCitation(variant: Variant, key: string): string | undefined {
  const cited = variant.regions.flatMap((region) => region.elements).find((e) => e.key === key)?.citation
  if (cited === undefined) return undefined
  const lang = variant.model.policy.language
  return localWords(lang) ? citation(cited, lang) : cited
}

/**
 * Two California statements, each only on a page whose readers California's law reaches (the
 * catalog's us-ca element for it), and only when the policy states the fact:
 * - `rights.shine-the-light` (Cal. Civ. Code §1798.83): the right to ask, once a calendar year and
 *   free of charge, for the categories disclosed to third parties for their direct marketing in the
 *   preceding calendar year and those third parties' names and addresses (§1798.83(a)(1)-(2),
 *   (c)(1)); with `discloses: no`, only that no such disclosure is made. The channels are the
 *   designated addresses of §1798.83(c)(1).
 * - `children.content-removal` (Bus. & Prof. Code §22581): the right of a registered user under 18
 *   living in California to remove, or have removed, what they posted (§22581(a)(1)), the
 *   policy's instructions (§22581(a)(2)), and the law's warning that removal may be incomplete
 *   (§22581(a)(4)).
 */
function californiaParagraphs(variant: Variant, m: Messages, asked: (keys: readonly string[]) => boolean): BlockContent[] {
  const { policy } = variant.model
  const lang = policy.language
  const w = m.tables.rights
  const out: BlockContent[] = []
  const stl = policy.rights?.['shine-the-light']
  const stlCitation = elementCitation(variant, 'ca-shine-the-light')
  if (stl && stlCitation && asked(REQUEST_FACT_ELEMENTS['shine-the-light'])) {
    const parts: PhrasingContent[] = [strong(w.shineTheLight), text(` ${stl.discloses === 'no' ? w.shineTheLightNone(stlCitation) : w.shineTheLightRight(stlCitation)}`)]
    const labels = (stl.channels ?? []).map((id) => policy.rights?.channels.find((c) => c.id === id)?.label ?? id)
    if (labels.length) parts.push(text(` ${w.shineTheLightChannels(pageList(labels, lang))}`))
    if (stl.description) parts.push(text(' '), ...linkify(stl.description.trim()))
    out.push({ type: 'paragraph', children: parts })
  }
  const removal = policy.children?.['content-removal']
  const removalCitation = elementCitation(variant, 'ca-minors-content-removal')
  if (removal && removalCitation && asked(REQUEST_FACT_ELEMENTS['content-removal'])) {
    out.push({ type: 'paragraph', children: [strong(w.contentRemoval), text(` ${w.contentRemovalRight(removalCitation)} `), ...linkify(removal.instructions.trim()), text(` ${w.contentRemovalIncomplete}`)] })
  }
  return out
}
