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
    // Of 11 CCR §7011(e) only (3)(F)-(J) and (4) were read (2023 text): those carry the date and say what was not read;
    // the letters of (e)(1)-(3)(E) stay unverified.
    const ccpa = jurisdiction('us-ca')!.elements.filter((e) => e.citation.includes('7011(e)'))
    expect(ccpa.length).toBeGreaterThan(0)
    const read = ['controller-contact', 'privacy-contact', 'opt-out-preference-signal-processing', 'authorized-agent-instructions', 'date-last-updated']
    for (const element of ccpa) {
      expect(element.unverified, element.key).toBeTruthy()
      if (read.includes(element.key)) expect(element.verified, element.key).toBe('2026-12-02')
      else expect(element.verified ?? null, element.key).toBeNull()
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
    // The look-back to January 1, 2022 is 11 CCR §7024(h), not an unnamed amendment.
    const lookback = jurisdiction('us-ca')!.elements.find((e) => e.key === 'ccpa-request-to-know-lookback')!
    expect(lookback.citation).toBe('Civ. Code §1798.130(a)(2)(B); 11 CCR §7024(h)')
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
