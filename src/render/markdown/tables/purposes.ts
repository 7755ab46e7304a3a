import type { BlockContent, PhrasingContent } from 'mdast'
import { basisIn, categoryById, type Jurisdiction, type Purpose } from '../../../resolve/model.js'
import type { Variant } from '../../../variant/variant.js'
import { text, shortText } from '../phrasing.js'
import { BASIS_WORDS, basisWords, showsLegalBasis } from '../../words.js'
import { basisWithCitation, citation, messages } from '../../../i18n/index.js'
import { basisValidIn } from '../../../applicability/index.js'
import { localWords, pageLawLabel, pageRegionName, pageWords, tableWords } from '../../locale-words.js'
import type { TableBuilder } from './table-spec.js'

const ART_9_POINT: Record<NonNullable<Purpose['special-condition']>, string> = {
  'explicit-consent': 'a',
  'employment-social-security-law': 'b',
  'vital-interests-incapable': 'c',
  'not-for-profit-members': 'd',
  'manifestly-made-public': 'e',
  'legal-claims': 'f',
  'substantial-public-interest': 'g',
  'health-or-social-care': 'h',
  'public-health': 'i',
  'archiving-research-statistics': 'j',
}

/**
 * The GDPR Art 9(2) conditions that have a direct counterpart among LGPD Art 11's bases for
 * sensitive data (Lei 13.709/2018 Art 11(I): specific and highlighted consent; (II)(d): regular
 * exercise of rights, in contract and proceedings; (II)(e): protection of life or physical safety;
 * (II)(f): health protection by health professionals, services or authorities). The others have
 * none that says the same, so a Brazilian page names no Art 11 basis for them (lint reports it).
 */
const LGPD_ART_11_POINT: Partial<Record<NonNullable<Purpose['special-condition']>, string>> = {
  'explicit-consent': 'I',
  'legal-claims': 'II)(d',
  'vital-interests-incapable': 'II)(e',
  'health-or-social-care': 'II)(f',
}

/**
 * `::table{of=purposes}`: each purpose with the data it uses and, where the law asks for one, its
 * legal basis in this variant's region. The global page lists each basis with the regions that
 * rely on it, so no reader mistakes another region's basis for their own.
 */
export const purposesTable: TableBuilder = (variant) => {
  // A region page states the bases of every law that applies to its reader (its own, and any that
  // reaches the controller by establishment); the global page those of each served region.
  const withBasis = (variant.region ? variant.laws.map((l) => l.jurisdiction) : variant.regions).filter(showsLegalBasis)
  const { m, terms } = tableWords(variant.model.policy.language, variant.terms)
  const w = m.tables.purposes
  const columns = [w.purpose, w.dataUsed(terms)]
  if (withBasis.length) columns.push(w.legalBasis)
  return {
    caption: w.caption(terms),
    columns,
    rows: variant.model.policy.purposes.map((purpose) => {
      const cells: PhrasingContent[][] = [
        // A planned purpose is not carried out today: say so, as the recipients table does for planned recipients.
        [text(purpose.planned ? m.words.planned(purpose.label) : purpose.label)],
        [text(purpose.categories.map((id) => categoryById(variant.model, id)?.label ?? id).join(', '))],
      ]
      if (withBasis.length) cells.push(basisCell(purpose, withBasis, variant))
      return { entity: { kind: 'purpose', id: purpose.id }, cells }
    }),
    empty: w.empty,
    ...withConsentPromise(variant, withBasis.length ? reliedOn(variant, withBasis) : {}),
  }
}

/**
 * The notice's promise to ask for consent where a law requires it (`consent-where-required`),
 * after the bases: a basis it may rely on later, so it is said as that promise, on every page,
 * and never as a basis of any purpose.
 */
function withConsentPromise(variant: Variant, spec: { after?: BlockContent[] }): { after?: BlockContent[] } {
  if (variant.model.policy['consent-where-required'] !== true) return spec
  const sentence: BlockContent = { type: 'paragraph', children: [text(pageWords(variant.model.policy.language).m.words.consentWhereRequired)] }
  return { after: [...(spec.after ?? []), sentence] }
}

/**
 * A notice that lists its bases without mapping them to purposes (`bases-relied-on`): the page
 * says which bases it names, and that it does not say which purpose uses which, since GDPR Art
 * 13(1)(c) asks for the basis of the processing and the notice gives no more (the lint rule
 * purpose-basis-unmapped reports the gap). Nothing is said when every purpose has its basis.
 */
function reliedOn(variant: Variant, regions: readonly Jurisdiction[]): { after: BlockContent[] } | Record<string, never> {
  const bases = variant.model.policy['bases-relied-on']
  const unmapped = variant.model.policy.purposes.some((p) => regions.some((r) => basisIn(p, r.id) === undefined))
  if (!bases?.length || !unmapped) return {}
  const lang = variant.model.policy.language
  const m = pageWords(lang).m
  const words = bases.map((basis) => (variant.region ? (localWords(lang) ? basisWithCitation(basis, variant.region.id, lang) : basisWords(basis, variant.region)) : m.basis[basis]))
  return { after: [{ type: 'paragraph', children: [text(m.words.basesReliedOn(words.join(', ')))] }] }
}

function basisCell(purpose: Purpose, regions: readonly Jurisdiction[], variant: Variant): PhrasingContent[] {
  const out: PhrasingContent[] = []
  const lang = variant.model.policy.language
  const m = localWords(lang)
  const notStated = pageWords(lang).m.words.basisNotStated
  if (variant.region) {
    const w = (m ?? messages('en')).tables.rights
    regions.forEach((law, index) => {
      const basis = basisIn(purpose, law.id)
      // Labelled whenever another law than the reader's own speaks, so no basis passes for theirs.
      const label = regions.length > 1 || law.id !== variant.region?.id ? `${pageLawLabel(law, lang)}: ` : ''
      if (index > 0) out.push(text('; '))
      // No basis mapped to this purpose (the notice lists its bases without saying which is whose).
      if (basis === undefined) return out.push(text(label + notStated))
      // A basis the law does not know is not stated as if it did (no "Legitimate interests" under PIPEDA): lint reports it.
      if (!basisValidIn(basis, law)) return out.push(text(w.notStated(pageLawLabel(law, lang))))
      out.push(text(label + (m ? basisWithCitation(basis, law.id, lang) : basisWords(basis, law))))
      const condition = purpose['special-condition']
      const article = condition && `${law.laws[0].short} Art 9(2)(${ART_9_POINT[condition]})`
      if (article && law.family === 'gdpr') out.push(text(m ? m.words.forSpecialCategories(citation(article, lang)) : `; for special categories, ${article}`))
      // A reader in Brazil: the purpose's condition as the LGPD Art 11 basis it corresponds to.
      const lgpd = condition && law.id === 'br' && LGPD_ART_11_POINT[condition]
      if (lgpd) out.push(text(m ? m.words.forSpecialCategories(citation(`LGPD Art 11(${lgpd})`, lang)) : `; for sensitive personal data, LGPD Art 11(${lgpd})`))
    })
  } else {
    // Global page: "Contract: EEA, UK; Implied consent: Canada".
    const groups = new Map<string, string[]>()
    for (const region of regions) {
      const basis = basisIn(purpose, region.id)
      const words = basis === undefined ? notStated : m ? m.basis[basis] : BASIS_WORDS[basis]
      groups.set(words, [...(groups.get(words) ?? []), pageRegionName(region, lang)])
    }
    const parts = [...groups].map(([words, names]) => (groups.size === 1 ? words : `${words}: ${names.join(', ')}`))
    out.push(text(parts.join('; ')))
  }
  const interest = purpose['legitimate-interest']
  if (interest && regions.some((r) => basisIn(purpose, r.id) === 'legitimate-interests' && basisValidIn('legitimate-interests', r))) out.push(text(`. ${m ? m.words.ourInterest : 'Our interest: '}`), ...shortText(interest, variant.model))
  return out
}
