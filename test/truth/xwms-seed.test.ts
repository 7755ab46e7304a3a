import { describe, expect, it } from 'vitest'
import { markdownPages, row } from './pages.js'

/**
 * The XWMS pages say only what the seed notice (the plain text of the published XWMS privacy
 * notice) says. Editors' remarks live in `note:` and never reach a page; facts the seed does
 * not give are absent or "Not stated", never a plausible value.
 */
describe('policies/xwms says only what its seed notice says', () => {
  it('publishes no editors’ remark on any page', async () => {
    const pages = await markdownPages('policies/xwms')
    expect(pages.size).toBe(24)
    for (const [key, page] of pages) {
      for (const remark of ['Marked as collected in the published table', 'The notice gives no period', 'Named as a social login option', 'the notice elsewhere says', "the notice's statement for CCPA"]) {
        expect(page, `${key}: ${remark}`).not.toContain(remark)
      }
    }
  })

  it('gives no cookie lifetime, country or period the seed does not give', async () => {
    const pages = await markdownPages('policies/xwms')
    const eea = pages.get('eea')!
    // The seed names Google Analytics but never the lifetime of _ga or _gid (once: 2 years, 1 day).
    expect(row(eea, '`_ga`')).toContain('| Not stated |')
    expect(row(eea, '`_gid`')).toContain('| Not stated |')
    expect(eea).not.toMatch(/\| `_ga` \|[^\n]*2 years/)
    expect(eea).not.toMatch(/\| `_gid` \|[^\n]*1 day/)
    // Nor whether they are set before consent: not "No".
    expect(row(eea, '`_ga`')).toMatch(/\| Not stated \| Google Analytics identifier/)
    // Mollie is the payment processor; the seed never says where it processes data.
    const mollie = row(eea, 'Mollie')!
    expect(mollie).not.toContain('Netherlands')
    expect(mollie.split(' | ')[3]).toBe('Not stated')
    // "Kept longer where the law requires it": the seed gives no period.
    expect(eea).toMatch(/\| Identifiers, Personal information listed in the California Customer Records statute, Commercial information \| Not stated \| Not stated \| Kept longer where the law requires or allows it/)
    // No privacy-policy links the seed does not give.
    expect(eea).not.toContain('facebook.com/privacy')
    expect(eea).not.toContain('privacy.microsoft.com')
  })

  it('keeps the seed’s own contradictions, for the lint to find', async () => {
    const pages = await markdownPages('policies/xwms')
    const ca = pages.get('us-ca')!
    expect(row(ca, 'C. Protected classification characteristics')!.split(' | ')[2]).toBe('Yes')
    expect(row(ca, 'E. Biometric information')!.split(' | ')[2]).toBe('Yes')
  })
})
