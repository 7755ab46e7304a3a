import { describe, expect, it } from 'vitest'
import { classifyBasis } from '../../src/history/diff/rules/data.js'
import { renderCase } from './render-case.js'

describe('recipients, sources and cookie technologies a real notice names', () => {
  it('renders the new roles, the sub-processor list link and the opt-out link', async () => {
    const page = (await renderCase('recipients-sources-cookies')).get('eea')!.markdown
    expect(page).toMatch(/\| Your workspace administrator \| The organisation that administers your account \|/)
    expect(page).toMatch(/\| Anyone who visits your public profile \| The public \|/)
    expect(page).toMatch(/\| A buyer of our business \| Acquirer \|/)
    expect(page).toContain('[The published list](https://roles.example/legal/subprocessors).')
    expect(page).toContain('[How to opt out](https://roles.example/settings/ads).')
  })

  it('renders where data comes from: other users, affiliates, inferred, public sources', async () => {
    const page = (await renderCase('recipients-sources-cookies')).get('eea')!.markdown
    for (const words of ['Other users', 'Our affiliates', 'Inferred by us from other data', 'Public sources']) expect(page).toContain(words)
  })

  it('renders a persistent cookie of unstated lifetime, a local shared object and a mobile advertising ID as such', async () => {
    const pages = await renderCase('recipients-sources-cookies')
    const page = pages.get('eea')!.markdown
    expect(page).toMatch(/\| `prefs` \|.*Persistent; how long is not stated/)
    expect(page).toMatch(/\| `Flash storage` \| Functional \(Local shared object\) \|.*Persistent; how long is not stated/)
    expect(page).toMatch(/\| `Your device.s advertising ID` \| Advertising \(Mobile advertising ID\) \|/)
    // No DPV technology term is claimed for an advertising ID; the LSO is local storage.
    const jsonld = pages.get('eea')!.jsonld
    expect(jsonld).toContain('tech:LocalStorage')
  })

  it('the persistent lifetime is compared in a diff: to or from a fixed duration is material', async () => {
    const { comparePeriods } = await import('../../src/history/diff/periods.js')
    expect(comparePeriods('P1Y', 'persistent')).toBe('incomparable')
    expect(comparePeriods('persistent', 'session')).toBe('shorter')
    expect(classifyBasis('consent', 'contract').materiality).toBe('material')
  })
})
