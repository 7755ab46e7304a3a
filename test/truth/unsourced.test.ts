import { describe, expect, it } from 'vitest'
import { markdownPages, row } from './pages.js'

/**
 * Sentences policyc writes by itself (issue 15): each must restate a fact of the model or a duty of
 * the reader's law. These are the ones a review found unsourced, one test each.
 */
describe('sentences policyc adds by itself', () => {
  it('never says "we do not transfer" when no recipient is abroad from the controller; it names where the controller is', async () => {
    const pages = await markdownPages('test/fixtures/truth/us-controller')
    for (const page of pages.values()) expect(page).not.toContain('We do not transfer')
    const eea = pages.get('eea')!
    // A US controller serving EEA readers is under the GDPR for their data (Art 3(2)), so its US
    // host is a Chapter V transfer out of the GDPR's territory: listed, with no safeguard stated.
    expect(eea).toContain('| Example Hosting LLC | United States | GDPR: not stated |')
    // The Californian page has no exporting law that leaves the US: no transfer row, and no claim of none.
    expect(pages.get('us-ca')!).toContain('No recipient in this notice is stated to receive personal information outside the country where we are established (United States).')
    // The EEA reader's data goes to the United States: the page says where the controller is.
    expect(eea).toContain('Country where Example Inc. is established: United States.')
    // A Californian reader is in the controller's country: nothing to add.
    expect(pages.get('us-ca')!).not.toContain('Country where Example Inc. is established')
    // Acme (NL): the EEA page needs no such line, the California page does.
    const acme = await markdownPages('policies/acme')
    expect(acme.get('eea')!).not.toContain('Country where Acme Analytics is established')
    expect(acme.get('us-ca')!).toContain('Country where Acme Analytics is established: Netherlands.')
  })

  it('lists a recipient with a safeguard but no stated country as a transfer to a country not stated', async () => {
    const xwms = await markdownPages('policies/xwms')
    expect(xwms.get('eea')!).toContain('| Facebook | Not stated | Standard contractual clauses |')
  })

  it('lists the Art 22 right only when the policy lists automated decisions', async () => {
    const xwms = await markdownPages('policies/xwms')
    const acme = await markdownPages('policies/acme')
    const adm = 'Right not to be subject to a decision based solely on automated processing'
    expect(xwms.get('eea')!).not.toContain(adm)
    expect(xwms.get('uk')!).not.toContain(adm)
    expect(acme.get('eea')!).toContain(adm)
  })

  it('names in a rights table\'s caption only the laws that grant the rights it lists', async () => {
    const pages = await markdownPages('policies/xwms')
    // The ePrivacy Directive, PECR and CalOPPA are laws of these regions but grant none of the rows.
    expect(pages.get('eea')!).toContain('Your rights under the GDPR:')
    expect(pages.get('uk')!).toContain('Your rights under the UK GDPR and DPA 2018:')
    expect(pages.get('us-ca')!).toContain('Your rights under the CCPA:')
    for (const page of pages.values()) expect(page).not.toMatch(/Your rights under the [^:\n]*(ePrivacy|PECR|CalOPPA|CCPA Regulations)/)
  })

  it('gives one statutory right one row (Colorado’s right of access once per table)', async () => {
    const co = (await markdownPages('policies/xwms')).get('us-co')!
    const tables = co.split('Your rights under the').slice(1).map((part) => part.split('\n\n')[1] ?? '')
    expect(tables.length).toBeGreaterThan(0)
    for (const table of tables) {
      expect(table.split('\n').filter((line) => line.startsWith('| Right of access')).length).toBe(1)
      expect(table).not.toContain('Right of access (to confirm')
    }
  })

  it('states whether a cookie is set only after consent as a fact of the model, never that it "needs" none', async () => {
    const pages = await markdownPages('policies/xwms')
    for (const key of ['eea', 'uk']) {
      const page = pages.get(key)!
      expect(page).not.toContain('Needs your consent')
      expect(page).toContain('| Set only after your consent |')
      // The seed never says whether its analytics, advertising or fingerprinting tools wait for consent.
      for (const name of ['`_ga`', '`Device fingerprinting`', '`Third-party advertising cookies`']) expect(row(page, name), name).toMatch(/\| Not stated \| [^|]+ \|$/)
    }
  })
})
