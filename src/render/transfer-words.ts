import { toolLabel, transferToolsFor } from '../applicability/index.js'
import { citation, type Messages } from '../i18n/index.js'
import type { Recipient } from '../resolve/model.js'
import type { Variant } from '../variant/variant.js'
import { localWords } from './locale-words.js'
import { pageLawLabel } from './locale-words.js'

/**
 * The safeguard words for one recipient country on one page: each exporting law that applies to
 * the reader, with the tools it recognises and their articles ("UK GDPR: UK Addendum to the
 * standard contractual clauses (UK GDPR Art 46(2)(d); DPA 2018 s.119A)"), or "not stated" under
 * that law. Undefined when no applicable exporting law reaches the country (nothing to say).
 */
export function safeguardWords(variant: Variant, recipient: Recipient, country: string, m: Messages): string | undefined {
  const lang = variant.model.policy.language
  const cite = (text: string) => (localWords(lang) ? citation(text, lang) : text)
  const byLaw = transferToolsFor(recipient, country, variant.laws)
  if (byLaw.length === 0) return undefined
  const labelled = byLaw.length > 1 || variant.laws.length > 1
  return byLaw
    .map(({ law, tools }) => {
      if (tools.length === 0) return m.tables.rights.notStated(pageLawLabel(law, lang))
      const words = tools.map((tool) => `${toolLabel(law, tool, m.safeguard[tool.mechanism])} (${cite(tool.citation)})`).join(', ')
      return labelled ? `${pageLawLabel(law, lang)}: ${words}` : words
    })
    .join('; ')
}

/** Every distinct safeguard statement for a recipient's countries on a page (the recipients table's cell). */
export function recipientSafeguards(variant: Variant, recipient: Recipient, m: Messages, countryName: (code: string) => string): string[] {
  const stated = (recipient.countries ?? []).flatMap((country) => {
    const words = safeguardWords(variant, recipient, country, m)
    return words ? [{ country, words }] : []
  })
  // Several countries with different tools: name the country each statement is for.
  const distinct = new Set(stated.map((s) => s.words))
  if (distinct.size <= 1) return [...distinct]
  return stated.map(({ country, words }) => `${countryName(country)}: ${words}`)
}
