import { de as deLegal } from './legal/de.js'
import { es as esLegal } from './legal/es.js'
import { fr as frLegal } from './legal/fr.js'
import { nl as nlLegal } from './legal/nl.js'
import type { LegalWords } from './legal/types.js'
import type { Locale, TranslatedLocale } from './locales.js'
import { de } from './messages/de.js'
import { en } from './messages/en.js'
import { es } from './messages/es.js'
import { fr } from './messages/fr.js'
import { nl } from './messages/nl.js'
import type { Messages } from './messages/types.js'

/** Every language's catalog. Typed as a full record, so a language without a catalog does not compile. */
export const MESSAGES: Readonly<Record<Locale, Messages>> = { en, nl, de, fr, es }

/** The legal words of every language but English, which takes them from the jurisdiction catalog. */
export const LEGAL_WORDS: Readonly<Record<TranslatedLocale, LegalWords>> = { nl: nlLegal, de: deLegal, fr: frLegal, es: esLegal }

export function messageCatalog(locale: Locale): Messages {
  return MESSAGES[locale]
}

/** The legal words of a language, or undefined for English (whose words are the catalog's). */
export function legalWords(locale: Locale): LegalWords | undefined {
  return locale === 'en' ? undefined : LEGAL_WORDS[locale]
}
