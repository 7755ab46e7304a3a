import { INTL_LOCALE, supportedLocale, type Locale } from '../locales.js'

/**
 * The words policyc adds around facts a notice states about itself and that no law asks for in
 * this form: its security measures, its own list of versions, others' processing it warns of,
 * transfers to recipients it does not name, a wider policy it adheres to, the controller's legal
 * form and date of incorporation, a source that is another service of the controller. Every
 * phrase only frames the notice's own words (kept verbatim in the data), so it adds no fact.
 * Kept apart from the main catalogs so these facts' words are read in one place.
 */
export interface NoticeFactWords {
  /** `controller.legal-form` and/or `controller.incorporated`, under the title. */
  incorporated: (name: string, legalForm: string | undefined, date: string | undefined) => string
  /** `parent-policy`, under the title: the words before and after its linked name; `forWhat` in the notice's words. */
  parentPolicy: (forWhat: string | undefined) => readonly [before: string, after: string]
  /** A category's `own-service` source, with the services' names (`own-services`) when given. */
  ownService: (names: string | undefined) => string
  securityMeasures: { caption: string; measure: string; kind: string; kinds: Readonly<Record<'technical' | 'organisational' | 'physical', string>>; empty: string }
  documentHistory: { caption: string; version: string; date: string; changes: string; empty: string }
  processingByOthers: { caption: string; who: string; what: string; empty: string }
  transferStatements: { caption: string; who: string; where: string; why: string; safeguard: string; empty: string }
}

const en: NoticeFactWords = {
  incorporated: (name, form, date) =>
    form && date ? `${name} is a ${form} incorporated on ${date}.` : form ? `${name} is a ${form}.` : `${name} was incorporated on ${date ?? ''}.`,
  parentPolicy: (forWhat) => ['We also adhere to the ', forWhat ? ` for ${forWhat}.` : '.'],
  ownService: (names) => (names ? `Another of our services (${names})` : 'Another of our services'),
  securityMeasures: { caption: 'Security measures this notice states', measure: 'Measure', kind: 'Kind', kinds: { technical: 'Technical', organisational: 'Organisational', physical: 'Physical' }, empty: 'This notice states no security measures.' },
  documentHistory: { caption: 'Versions of this notice, as the notice lists them', version: 'Version', date: 'Date', changes: 'Changes', empty: 'This notice lists no versions of its own.' },
  processingByOthers: { caption: 'Processing by others, not by us', who: 'Who', what: 'What this notice says', empty: 'This notice warns of no processing by others.' },
  transferStatements: { caption: 'Transfers abroad to recipients this notice does not name', who: 'Who receives it', where: 'Where', why: 'Why', safeguard: 'Safeguard', empty: 'This notice makes no statement about transfers to recipients it does not name.' },
}

const nl: NoticeFactWords = {
  incorporated: (name, form, date) =>
    form && date ? `${name} is een ${form}, opgericht op ${date}.` : form ? `${name} is een ${form}.` : `${name} is opgericht op ${date ?? ''}.`,
  parentPolicy: (forWhat) => ['Wij houden ons ook aan het ', forWhat ? ` voor ${forWhat}.` : '.'],
  ownService: (names) => (names ? `Een andere dienst van ons (${names})` : 'Een andere dienst van ons'),
  securityMeasures: { caption: 'Beveiligingsmaatregelen die deze verklaring noemt', measure: 'Maatregel', kind: 'Soort', kinds: { technical: 'Technisch', organisational: 'Organisatorisch', physical: 'Fysiek' }, empty: 'Deze verklaring noemt geen beveiligingsmaatregelen.' },
  documentHistory: { caption: 'Versies van deze verklaring, zoals de verklaring ze noemt', version: 'Versie', date: 'Datum', changes: 'Wijzigingen', empty: 'Deze verklaring noemt geen eigen versies.' },
  processingByOthers: { caption: 'Verwerking door anderen, niet door ons', who: 'Wie', what: 'Wat deze verklaring zegt', empty: 'Deze verklaring waarschuwt niet voor verwerking door anderen.' },
  transferStatements: { caption: 'Doorgiften naar het buitenland aan ontvangers die deze verklaring niet noemt', who: 'Wie het ontvangt', where: 'Waar', why: 'Waarom', safeguard: 'Waarborg', empty: 'Deze verklaring zegt niets over doorgiften aan ontvangers die zij niet noemt.' },
}

const de: NoticeFactWords = {
  incorporated: (name, form, date) =>
    form && date ? `${name} ist eine ${form}, gegründet am ${date}.` : form ? `${name} ist eine ${form}.` : `${name} wurde am ${date ?? ''} gegründet.`,
  parentPolicy: (forWhat) => ['Wir halten uns außerdem an: ', forWhat ? ` (für ${forWhat}).` : '.'],
  ownService: (names) => (names ? `Ein anderer unserer Dienste (${names})` : 'Ein anderer unserer Dienste'),
  securityMeasures: { caption: 'Sicherheitsmaßnahmen, die diese Erklärung nennt', measure: 'Maßnahme', kind: 'Art', kinds: { technical: 'Technisch', organisational: 'Organisatorisch', physical: 'Physisch' }, empty: 'Diese Erklärung nennt keine Sicherheitsmaßnahmen.' },
  documentHistory: { caption: 'Fassungen dieser Erklärung, wie die Erklärung sie aufführt', version: 'Fassung', date: 'Datum', changes: 'Änderungen', empty: 'Diese Erklärung führt keine eigenen Fassungen auf.' },
  processingByOthers: { caption: 'Verarbeitung durch andere, nicht durch uns', who: 'Wer', what: 'Was diese Erklärung sagt', empty: 'Diese Erklärung warnt vor keiner Verarbeitung durch andere.' },
  transferStatements: { caption: 'Übermittlungen ins Ausland an Empfänger, die diese Erklärung nicht nennt', who: 'Wer die Daten erhält', where: 'Wohin', why: 'Warum', safeguard: 'Garantie', empty: 'Diese Erklärung sagt nichts über Übermittlungen an Empfänger, die sie nicht nennt.' },
}

const fr: NoticeFactWords = {
  incorporated: (name, form, date) =>
    form && date ? `${name} est une ${form} constituée le ${date}.` : form ? `${name} est une ${form}.` : `${name} a été constituée le ${date ?? ''}.`,
  parentPolicy: (forWhat) => ['Nous respectons également : ', forWhat ? ` (pour ${forWhat}).` : '.'],
  ownService: (names) => (names ? `Un autre de nos services (${names})` : 'Un autre de nos services'),
  securityMeasures: { caption: 'Mesures de sécurité que cette déclaration indique', measure: 'Mesure', kind: 'Nature', kinds: { technical: 'Technique', organisational: 'Organisationnelle', physical: 'Physique' }, empty: 'Cette déclaration n’indique aucune mesure de sécurité.' },
  documentHistory: { caption: 'Versions de cette déclaration, telles qu’elle les énumère', version: 'Version', date: 'Date', changes: 'Modifications', empty: 'Cette déclaration n’énumère aucune version propre.' },
  processingByOthers: { caption: 'Traitements par d’autres, pas par nous', who: 'Qui', what: 'Ce que dit cette déclaration', empty: 'Cette déclaration ne signale aucun traitement par d’autres.' },
  transferStatements: { caption: 'Transferts à l’étranger vers des destinataires que cette déclaration ne nomme pas', who: 'Qui les reçoit', where: 'Où', why: 'Pourquoi', safeguard: 'Garantie', empty: 'Cette déclaration ne dit rien des transferts vers des destinataires qu’elle ne nomme pas.' },
}

const es: NoticeFactWords = {
  incorporated: (name, form, date) =>
    form && date ? `${name} es una ${form} constituida el ${date}.` : form ? `${name} es una ${form}.` : `${name} se constituyó el ${date ?? ''}.`,
  parentPolicy: (forWhat) => ['También cumplimos: ', forWhat ? ` (para ${forWhat}).` : '.'],
  ownService: (names) => (names ? `Otro de nuestros servicios (${names})` : 'Otro de nuestros servicios'),
  securityMeasures: { caption: 'Medidas de seguridad que indica este aviso', measure: 'Medida', kind: 'Tipo', kinds: { technical: 'Técnica', organisational: 'Organizativa', physical: 'Física' }, empty: 'Este aviso no indica medidas de seguridad.' },
  documentHistory: { caption: 'Versiones de este aviso, tal como el aviso las enumera', version: 'Versión', date: 'Fecha', changes: 'Cambios', empty: 'Este aviso no enumera versiones propias.' },
  processingByOthers: { caption: 'Tratamientos por otros, no por nosotros', who: 'Quién', what: 'Lo que dice este aviso', empty: 'Este aviso no advierte de tratamientos por otros.' },
  transferStatements: { caption: 'Transferencias al extranjero a destinatarios que este aviso no nombra', who: 'Quién los recibe', where: 'Dónde', why: 'Por qué', safeguard: 'Garantía', empty: 'Este aviso no dice nada de transferencias a destinatarios que no nombra.' },
}

const WORDS: Readonly<Record<Locale, NoticeFactWords>> = { en, nl, de, fr, es }

/** The words for a page's language; English for a language policyc has no words in (as every other catalog). */
export function noticeFactWords(language: string): NoticeFactWords {
  return WORDS[supportedLocale(language) ?? 'en']
}

/**
 * A version's date only as precisely as the notice gives it: "2018", "August 2018", or a full
 * date through the page's date words (`day`), so "August 2018" never becomes a guessed day.
 */
export function versionDate(date: string, language: string, day: (iso: string) => string): string {
  const [year, month] = date.split('-')
  if (month === undefined) return year!
  if (date.length > 7) return day(date)
  const locale = INTL_LOCALE[supportedLocale(language) ?? 'en']
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(year), Number(month) - 1, 1)))
}
