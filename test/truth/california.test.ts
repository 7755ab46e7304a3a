import { describe, expect, it } from 'vitest'
import { markdownPages, row } from './pages.js'

/**
 * The California page under 11 CCR §7011(e): every element comes from the model, and an element
 * the model does not support is "Not stated" or left out, never filled in.
 */
describe('the California page (11 CCR §7011(e))', () => {
  it('gives each category its sources, purposes, recipients and whether it is sold or shared (§7011(e)(1)(A)-(J))', async () => {
    const page = (await markdownPages('test/fixtures/truth/california')).get('us-ca')!
    expect(page).toContain('| Category | Examples | Collected | Sources | Business or commercial purposes | Disclosed for a business purpose to | Sold or shared | Sold or shared to |')
    expect(row(page, 'A. Identifiers')).toBe('| A. Identifiers | name, email address | Yes | You | Fulfil your orders, Show you ads on other sites | Processor | Shared | Not stated |')
    // The ads purpose shares identifiers, but no recipient is listed as receiving them: not stated, not "none".
    expect(row(page, 'F. Internet')).toBe('| F. Internet or other similar network activity | — | Yes | Your device, automatically | Show you ads on other sites | — | Shared | Third party |')
    expect(row(page, 'L. Sensitive')).toBe('| L. Sensitive personal information | — | Yes | Not stated | Find stores near you | — | Not stated | Not stated |')
    expect(row(page, 'B. ')).toMatch(/\| No \| — \| — \| — \| — \| — \|$/)
  })

  it('states what the model holds: links, GPC, under-16s, sensitive data, agents, each financial incentive (§7011(e), §7016)', async () => {
    const page = (await markdownPages('test/fixtures/truth/california')).get('us-ca')!
    expect(page).toContain('[Do Not Sell or Share My Personal Information](https://stores.example/do-not-sell)')
    expect(page).toContain('[Limit the Use of My Sensitive Personal Information](https://stores.example/limit)')
    expect(page).toContain('We process a Global Privacy Control (GPC) signal as a valid request to opt out of the sale and sharing of personal information.')
    expect(page).toContain('We do not knowingly sell or share the personal information of consumers under 16.')
    expect(page).toContain('Sensitive personal information we collect: Precise location.')
    expect(page).toContain('An authorised agent may make a request for you.\nWhat they must provide: Signed permission from you.')
    expect(page).toContain('**Notice of financial incentive: Example Rewards.** Members get 5% off every order.')
    expect(page).toContain('Personal information involved: Contact details.')
    expect(page).toContain('To withdraw, which you may do at any time: Leave the programme in the app')
    expect(page).toContain('Why it is permitted (the value of your data): We estimate the value')
    // It shares: never "we do not sell".
    expect(page).not.toContain('We do not sell personal information')
    // Non-discrimination is the rights table's row.
    expect(page).toContain('| Right of no retaliation following opt out or exercise of other rights |')
  })

  it('says the terms of an offered incentive are not stated when the notice gives none (XWMS)', async () => {
    const page = (await markdownPages('policies/xwms')).get('us-ca')!
    expect(page).toContain('Notice of financial incentive: we may offer financial incentives, but their terms are not stated in this notice.')
    // XWMS gives no opt-out link: none is invented.
    expect(page).not.toContain('Do Not Sell or Share My Personal Information](')
    expect(row(page, 'C. Protected')).toMatch(/\| Yes \| Not stated \| Not stated \| Not stated \| Not stated \| Not stated \|$/)
  })

  it('replaces Acme’s sentence about a table that showed no categories with one about the table that does', async () => {
    const page = (await markdownPages('policies/acme')).get('us-ca')!
    expect(page).not.toContain('categories shown for each recipient')
    expect(page).toContain('| Sources | Business or commercial purposes | Disclosed for a business purpose to |')
    expect(page).toContain('We do not sell personal information or share it for cross-context behavioural advertising.')
  })
})
