import { describe, expect, it } from 'vitest'
import { jurisdiction, loadCatalog } from '../../src/catalog/catalog.js'
import { checkedFacts, unverifiedFacts } from '../../src/catalog/verification.js'
import { runCli } from '../helpers/run-cli.js'

describe('catalog verification', () => {
  it('names at least one source read for every fact with a verified date', () => {
    const facts = checkedFacts()
    expect(facts.length).toBeGreaterThan(loadCatalog().jurisdictions.length)
    const unsourced = facts.filter((f) => f.verified !== null && f.sources.length === 0).map((f) => `${f.region} ${f.fact}`)
    expect(unsourced).toEqual([])
  })

  it('says why for every fact without a verified date', () => {
    const silent = checkedFacts().filter((f) => f.verified === null && !f.unverified).map((f) => `${f.region} ${f.fact}`)
    expect(silent).toEqual([])
  })

  it('keeps no verified date on the facts no source read confirmed', () => {
    // New Hampshire's response period (RSA 507-H:4 III) was not found in any text read.
    expect(jurisdiction('us-nh')!.deadline!.verified).toBeNull()
    // Minnesota's 45 days and extension are the Attorney General's statement; the statute paragraph was not read.
    expect(jurisdiction('us-mn')!.deadline!.verified).toBe('2026-12-02')
    expect(jurisdiction('us-mn')!.deadline!.unverified).toMatch(/so no subdivision is cited/)
    // The EEA authorities were read one by one on their own sites, not all: verified only in part, and it says which
    // (the CNIL's full name and the AEPD's host aepd.es were read only on secondary pages).
    const authorities = jurisdiction('eea')!.authorities!
    expect(authorities.verified).toBe('2026-12-02')
    expect(authorities.unverified).toMatch(/FR: the CNIL's own site \(cnil\.fr\/en\) gives the acronym only/)
    expect(authorities.unverified).toMatch(/the host aepd\.es only on secondary pages/)
    // Iceland's authority publishes on island.is, not on its former host.
    expect(authorities.members.find((m) => m.country === 'IS')!.url).toBe('https://island.is/s/personuvernd')
    // 11 CCR §7011(e) as amended with effect from 2026-01-01 was read whole, but in a third-party
    // reproduction, not the CPPA's own text: every element citing it carries the date, names that
    // reproduction and says so.
    const ccpa = jurisdiction('us-ca')!.elements.filter((e) => e.citation.includes('7011(e)'))
    expect(ccpa.length).toBeGreaterThan(20)
    for (const element of ccpa) {
      expect(element.verified, element.key).toBe('2026-12-02')
      expect(element.sources?.some((s) => s.includes('PrivacyPortfolio/EveryonesGuideToCCPA')), element.key).toBe(true)
      expect(element.unverified, element.key).toMatch(/third-party reproduction/)
    }
  })

  it('carries the corrections the statute text gave', () => {
    expect(jurisdiction('us-ri')!.deadline!.citation).toBe('R.I. Gen. Laws §6-48.1-6(b)(1)')
    expect(jurisdiction('us-nj')!.deadline!.citation).toBe('N.J.S.A. 56:8-166.7(a)')
    expect(jurisdiction('us-tn')!.deadline!.citation).toBe('Tenn. Code §47-18-3304(b)(1)')
    // Maryland gives a list of the categories of third parties, not of specific ones: §14-4705(b)(6) as the Code
    // numbers the act (Subtitle 47; SB 541 enacted it as Subtitle 46, §14-4605(b)(6)).
    const list = jurisdiction('us-md')!.rights.find((r) => r.key === 'right-list-third-parties')!
    expect(list.name).toContain('categories of third parties')
    expect(list.citation).toBe('Md. Code Com. Law §14-4705(b)(6)')
    expect(JSON.stringify(jurisdiction('us-md')!.rights)).not.toMatch(/14-46\d\d/)
    // MODPA counts status as transgender or nonbinary as sensitive data (secondary summaries; the definition is unread).
    expect(jurisdiction('us-md')!['sensitive-data']!.kinds).toContain('transgender-nonbinary')
    // Oregon's 45 days and 45-day extension: ORS 646A.576(5)(a) (the enacted section 4(5)(a)).
    expect(jurisdiction('us-or')!.deadline!.citation).toBe('ORS 646A.576(5)(a)')
    expect(jurisdiction('us-or')!.deadline!.verified).toBe('2026-12-02')
    // Resolution CD/ANPD 32/2026 Art 1: the LGPD finds the EU (every Member State, and IS, LI, NO) adequate.
    const br = jurisdiction('br')!.transfers!
    expect(br.adequate).toEqual(expect.arrayContaining(['DE', 'FR', 'IE', 'NL', 'IS', 'LI', 'NO']))
    expect(br.adequate).not.toContain('US')
    expect(br['adequacy-citation']).toContain('Resolution CD/ANPD 32/2026 Art 1')
    // POPIA s.72(1)(b) consent and (c) contract with the data subject, as the Act letters them.
    const za = jurisdiction('za')!.transfers!
    expect([za.mechanisms.consent!.citation, za.mechanisms['contract-necessity']!.citation]).toEqual(['POPIA s.72(1)(b)', 'POPIA s.72(1)(c)'])
    // HB24-1058 brought biological data, including neural data, into Colorado's "sensitive data".
    expect(jurisdiction('us-co')!['sensitive-data']!.kinds).toContain('neural')
    // SB25-276 brought precise geolocation data into Colorado's "sensitive data".
    expect(jurisdiction('us-co')!['sensitive-data']!.kinds).toContain('precise-geolocation')
    // The look-back to January 1, 2022 is 11 CCR §7024(h); the 2026 amendment added §7020(e), the
    // request method that lets a consumer ask for more than the 12 months.
    const lookback = jurisdiction('us-ca')!.elements.find((e) => e.key === 'ccpa-request-to-know-lookback')!
    expect(lookback.citation).toBe('Civ. Code §1798.130(a)(2)(B); 11 CCR §7024(h), §7020(e)')
  })

  it('cites 11 CCR §7011(e) as amended with effect from 2026-01-01', () => {
    const citation = (key: string) => jurisdiction('us-ca')!.elements.find((e) => e.key === key)
    // The 2023 (e)(1)(I), recipients per category disclosed for a business purpose, is gone: (H) is now
    // what was disclosed to service providers and contractors, (I) and (J) are the 2023 (J) and (K).
    expect(citation('ccpa-categories-disclosed-business-purpose-12m')!.citation).toBe('Civ. Code §1798.130(a)(5)(C); 11 CCR §7011(e)(1)(H)')
    expect(citation('ccpa-categories-disclosed-to-service-providers-12m')!.citation).toBe('11 CCR §7011(e)(1)(H) (as amended)')
    expect(citation('ccpa-categories-disclosed-to-service-providers-12m')!.since).toBe('2026-01-01')
    expect(citation('ccpa-purposes-disclose')!.citation).toBe('11 CCR §7011(e)(1)(I)')
    expect(citation('ccpa-spi-use-statement')!.citation).toBe('11 CCR §7011(e)(1)(J)')
    const recipients = citation('ccpa-recipients-per-disclosed-category')!
    expect(recipients.level).toBe('B')
    expect(recipients.condition).toBeUndefined()
    expect(recipients.citation).toBe('Best practice; 11 CCR §7011(e)(1)(I) as in force until 2025-12-31')
    // Unchanged letters, now confirmed in the amended text.
    expect(citation('ccpa-third-parties-per-sold-shared-category')!.citation).toBe('11 CCR §7011(e)(1)(E)')
    expect(citation('ccpa-minors-under-16-knowledge')!.citation).toBe('11 CCR §7011(e)(1)(G)')
    expect(citation('ccpa-verification-process')!.citation).toBe('11 CCR §7011(e)(3)(E)')
    expect(citation('do-not-sell-or-share-notice')!.citation).toBe('11 CCR §7011(e)(3)(C)')
    expect(citation('limit-spi-notice')!.citation).toBe('11 CCR §7011(e)(3)(D)')
    expect(citation('privacy-contact')!.citation).toBe('11 CCR §7011(e)(3)(J)')
    // New in (e)(2): the ADMT rights, for a business that uses ADMT for a significant decision.
    const admt = citation('ccpa-admt-rights-explained')!
    expect(admt).toMatchObject({ level: 'C', condition: 'automated-decisions', citation: '11 CCR §7011(e)(2)(F)-(G), §7200(a)', since: '2027-01-01' })
  })

  it('policyc regions --unverified lists every unverified fact with why', async () => {
    const text = await runCli(['regions', '--unverified'])
    expect(text.code).toBe(0)
    const lines = text.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(unverifiedFacts().length)
    expect(text.stdout).toMatch(/^eea {2}authorities \(verified 2026-12-02, in part\): checked authority by authority/m)
    expect(text.stdout).toMatch(/^us-md {2}deadline \(verified 2026-12-02, in part\): /m)
    const json = await runCli(['regions', '--unverified', '--format', 'json'])
    const doc = JSON.parse(json.stdout) as { format: string; facts: { region: string; fact: string }[] }
    expect(doc.format).toBe('policyc-unverified/1')
    expect(doc.facts).toEqual(unverifiedFacts().map((f) => expect.objectContaining({ region: f.region, fact: f.fact })))
  })
})
