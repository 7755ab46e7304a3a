import { describe, expect, it } from 'vitest'
import { authorityName, basisWithCitation, citation, countryName, languageName, localTerms, messages, regionName, rightName } from '../../src/i18n/index.js'

const LANGUAGES = ['en', 'nl', 'de', 'fr', 'es'] as const
const each = (f: (locale: string) => string) => LANGUAGES.map(f)

describe('rights as each law names them', () => {
  it('GDPR rights carry the official names of the regulation in each language', () => {
    expect(each((l) => rightName('eea', 'right-erasure', l))).toEqual([
      'Right to erasure (right to be forgotten)',
      'Recht op gegevenswissing (recht op vergetelheid)',
      'Recht auf Löschung („Recht auf Vergessenwerden“)',
      'Droit à l’effacement (« droit à l’oubli »)',
      'Derecho de supresión («el derecho al olvido»)',
    ])
    expect(each((l) => rightName('eea', 'right-access', l))).toEqual(['Right of access', 'Recht van inzage', 'Auskunftsrecht der betroffenen Person', 'Droit d’accès de la personne concernée', 'Derecho de acceso del interesado'])
  })

  it('a region’s own names win over its family’s and the general ones', () => {
    expect(each((l) => rightName('uk', 'right-complain-to-authority', l))).toEqual([
      'Right to lodge a complaint with the Information Commissioner',
      'Recht om een klacht in te dienen bij de Information Commissioner',
      'Recht auf Beschwerde beim Information Commissioner',
      'Droit d’introduire une réclamation auprès de l’Information Commissioner',
      'Derecho a presentar una reclamación ante el Information Commissioner',
    ])
    expect(each((l) => rightName('us-ca', 'right-access', l))).toEqual(['Right to know', 'Recht om te weten', 'Recht auf Auskunft (Right to know)', 'Droit de savoir', 'Derecho a saber'])
    // Iowa's deletion right covers only what the consumer provided: the words must say so.
    expect(rightName('us-ia', 'right-erasure', 'nl')).toBe('Recht op verwijdering van persoonsgegevens die u zelf hebt verstrekt')
    expect(rightName('us-va', 'right-erasure', 'nl')).toBe('Recht op verwijdering')
  })

  it('refuses a right the region does not have', () => {
    expect(() => rightName('eea', 'right-limit-spi', 'nl')).toThrow('rightName(): region `eea` has no right `right-limit-spi`')
  })
})

describe('regions, countries, terms, laws', () => {
  it('names countries with Intl and other regions from the tables', () => {
    expect(each((l) => regionName('uk', l))).toEqual(['United Kingdom', 'Verenigd Koninkrijk', 'Vereinigtes Königreich', 'Royaume-Uni', 'Reino Unido'])
    expect(each((l) => regionName('us-ca', l))).toEqual(['California', 'Californië', 'Kalifornien', 'Californie', 'California'])
    expect(each((l) => regionName('eea', l))).toEqual(['European Economic Area', 'Europese Economische Ruimte', 'Europäischer Wirtschaftsraum', 'Espace économique européen', 'Espacio Económico Europeo'])
    expect(each((l) => countryName('US', l))).toEqual(['United States', 'Verenigde Staten', 'Vereinigte Staaten', 'États-Unis', 'Estados Unidos'])
    expect(each((l) => countryName('EU', l))).toEqual(['European Union', 'Europese Unie', 'Europäische Union', 'Union européenne', 'Unión Europea'])
  })

  it('translates a law’s terminology, following its wording where the language does', () => {
    const california = { 'personal-data': 'personal information', controller: 'business', 'data-subject': 'consumer', 'sensitive-data': 'sensitive personal information' } as const
    expect(localTerms(california, 'fr')).toEqual({ 'personal-data': 'renseignements personnels', controller: 'entreprise', 'data-subject': 'consommateur', 'sensitive-data': 'renseignements personnels sensibles' })
    expect(localTerms(california, 'en')).toEqual(california)
    expect(messages('de').tables.categories.caption(california)).toBe('Kategorien personenbezogener Informationen')
    const de = messages('de').tables.transfers
    expect(de.empty({ ...california, 'personal-data': 'personal data' }, de.areaEea)).toBe('Für keinen Empfänger in dieser Erklärung ist angegeben, dass er personenbezogene Daten außerhalb des Europäischen Wirtschaftsraums erhält.')
  })

  it('cites articles in each language’s style, and leaves US code sections as written', () => {
    expect(each((l) => citation('GDPR Art 17', l))).toEqual(['GDPR Art 17', 'art. 17 AVG', 'Art. 17 DSGVO', 'art. 17 du RGPD', 'art. 17 del RGPD'])
    expect(citation('FADP Art 32(2)(c)', 'fr')).toBe('art. 32(2)(c) de la LPD')
    expect(citation('Civ. Code §1798.105; 11 CCR §7011(e)(2)', 'nl')).toBe('Civ. Code §1798.105; 11 CCR §7011(e)(2)')
    expect(each((l) => basisWithCitation('contract', 'eea', l))).toEqual(['Contract (GDPR Art 6(1)(b))', 'Overeenkomst (art. 6(1)(b) AVG)', 'Vertrag (Art. 6(1)(b) DSGVO)', 'Contrat (art. 6(1)(b) du RGPD)', 'Contrato (art. 6(1)(b) del RGPD)'])
    // Each basis carries the article of the region's own law (the catalog's `bases`), never the GDPR's elsewhere.
    expect(basisWithCitation('implied-consent', 'ca', 'nl')).toBe('Stilzwijgende toestemming (PIPEDA Sch. 1, Principle 4.3.6)')
    expect(basisWithCitation('contract', 'br', 'en')).toBe('Contract (LGPD Art 7(V))')
    expect(basisWithCitation('credit-protection', 'br', 'nl')).toBe('Kredietbescherming (art. 7(X) LGPD)')
  })

  it('names authorities and languages', () => {
    // The EEA has no one authority: the lead one follows the controller's establishment (src/applicability).
    expect(authorityName('eea', 'nl')).toBe('')
    expect(authorityName('ch', 'nl')).toBe('Federale commissaris voor gegevensbescherming en informatie (FDPIC)')
    expect(authorityName('nz', 'nl')).toBe('Office of the Privacy Commissioner')
    expect(each((l) => languageName(l))).toEqual(['English', 'Nederlands', 'Deutsch', 'Français', 'Español'])
    expect(each((l) => messages(l).autonym)).toEqual(['English', 'Nederlands', 'Deutsch', 'Français', 'Español'])
    expect(languageName('nl', 'en')).toBe('Dutch')
  })
})
