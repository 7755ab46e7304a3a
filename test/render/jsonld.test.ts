import { describe, expect, it } from 'vitest'
import { CONTEXT } from '../../src/render/jsonld/context.js'
import { buildJsonLd } from '../../src/render/jsonld/build-jsonld.js'
import { basisTerm, SAFEGUARD_TERM } from '../../src/render/jsonld/terms.js'
import { BASIS_WORDS } from '../../src/render/words.js'
import { loadCatalog } from '../../src/catalog/catalog.js'
import { variantsOf } from '../../src/variant/variants-of.js'
import { DPV_TERMS } from '../site/validators.js'
import { movedModel } from '../applicability/moved-controller.js'
import { loadModel } from './render-helpers.js'

type Node = Record<string, unknown>

/** A compact IRI as a full IRI, with the inline context. */
function expand(curie: string): string {
  const [prefix, local] = curie.split(/:(.*)/s) as [keyof typeof CONTEXT, string]
  return `${CONTEXT[prefix]}${local}`
}

function graphOf(document: Node): Node[] {
  return document['@graph'] as Node[]
}

describe('JSON-LD', () => {
  it('maps every legal basis and transfer safeguard to a term that exists in DPV 2.3, or to none', () => {
    for (const region of loadCatalog().jurisdictions) {
      for (const basis of Object.keys(BASIS_WORDS) as (keyof typeof BASIS_WORDS)[]) {
        const term = basisTerm(basis, region)
        if (term) expect(DPV_TERMS, `${basis} in ${region.id}: ${term}`).toContain(expand(term))
      }
      for (const dpv of [region.authority?.dpv, ...region.laws.map((l) => l.dpv), ...region.rights.map((r) => r.dpv)]) {
        if (dpv) expect(DPV_TERMS, `${region.id}: ${dpv}`).toContain(expand(dpv))
      }
    }
    for (const term of Object.values(SAFEGUARD_TERM)) if (term) expect(DPV_TERMS).toContain(expand(term))
  })

  it('describes each purpose as a dpv:Process with data, purpose, basis, recipients by role, storage and transfers', async () => {
    const model = await loadModel('test/fixtures/render/showcase')
    const eea = variantsOf(model).find((v) => v.key === 'eea')!
    const graph = graphOf(buildJsonLd(eea, { pageUrl: 'https://example.org/showcase/eea/' }))
    const byId = new Map(graph.map((n) => [n['@id'], n]))
    const analytics = byId.get('_:process-analytics')!
    expect(analytics).toMatchObject({
      '@type': 'dpv:Process',
      'dpv:hasPurpose': { '@id': 'dpv:ServiceUsageAnalytics' },
      'dpv:hasPersonalData': [{ '@id': 'pd:IPAddress' }, { '@id': 'pd:BrowsingBehaviour' }],
      'dpv:hasLegalBasis': { '@type': 'eu-gdpr:A6-1-f', 'dct:description': 'Making the service faster and easier to use.' },
      'dpv:hasJurisdiction': [{ '@id': 'loc:EEA' }],
      'dpv:hasRecipientThirdParty': [{ '@id': '_:recipient-metrics' }],
      'dpv:hasStorageCondition': [{ '@id': '_:retention-logs' }],
      'dpv:hasProcessing': [{ '@id': '_:transfer-metrics-US' }],
      'dpv:isImplementedUsingTechnology': [{ '@id': 'tech:Cookie' }],
    })
    expect(byId.get('_:transfer-metrics-US')).toMatchObject({ '@type': 'dpv:CrossBorderTransfer', 'dpv:hasThirdCountry': { '@id': 'loc:US' }, 'dpv:hasLegalBasis': { '@id': 'eu-gdpr:A46-2-c' } })
    expect(byId.get('_:process-service')).toMatchObject({ 'dpv:hasLegalBasis': { '@id': 'eu-gdpr:A6-1-b' }, 'dpv:hasDataProcessor': [{ '@id': '_:recipient-cloudhost' }] })
    expect(byId.get('_:retention-logs')).toMatchObject({ '@type': 'dpv:StorageDuration', 'dpv:hasDuration': { '@value': 'P90D', '@type': 'xsd:duration' } })
    expect(byId.get('_:retention-account-data')).toMatchObject({ 'dpv:hasDuration': { '@type': 'dpv:UntilEventDuration' } })
    const page = graph[0]!
    expect(page).toMatchObject({ '@type': ['WebPage', 'dpv:PrivacyNotice'], dateModified: '2026-02-01', inLanguage: 'en', version: '2.1', publisher: { '@id': '_:controller' } })
    expect(page['dpv:hasRight']).toContainEqual({ '@id': 'eu-gdpr:A15' })
    // The lead authority follows the controller's establishment in the Netherlands (GDPR Art 56(1)).
    expect(page['dpv:hasAuthority']).toEqual([{ '@id': 'https://autoriteitpersoonsgegevens.nl/' }])
  })

  it('describes rights outside the GDPR as dpv:DataSubjectRight nodes with their law, and claims no GDPR basis there', async () => {
    // With the controller in the US, no GDPR article reaches a Californian (GDPR Art 3 does not apply).
    const model = await movedModel('test/fixtures/render/showcase', 'US')
    const ca = variantsOf(model).find((v) => v.key === 'us-ca')!
    const graph = graphOf(buildJsonLd(ca))
    const rights = graph.filter((n) => n['@type'] === 'dpv:DataSubjectRight')
    expect(rights.map((r) => r['dct:title'])).toContain('Right to know')
    expect(rights[0]).toMatchObject({ 'dpv:hasApplicableLaw': { '@id': 'legal-us:law-CA-CCPA' }, 'dpv:hasJurisdiction': { '@id': 'loc:US-CA' } })
    expect(JSON.stringify(graph)).not.toContain('eu-gdpr:')
  })

  it('groups the global page\'s processes by legal basis, each with the regions that rely on it', async () => {
    const model = await loadModel('test/fixtures/render/showcase')
    const graph = graphOf(buildJsonLd(variantsOf(model)[0]!))
    const service = graph.filter((n) => typeof n['@id'] === 'string' && (n['@id'] as string).startsWith('_:process-service'))
    // eu-gdpr terms name EU GDPR articles: the UK's basis is DPV's generic one.
    expect(service.map((n) => [n['dpv:hasLegalBasis'] ?? null, n['dpv:hasJurisdiction']])).toEqual([
      [{ '@id': 'eu-gdpr:A6-1-b' }, [{ '@id': 'loc:EEA' }]],
      [{ '@id': 'dpv:Contract' }, [{ '@id': 'loc:GB' }]],
      [null, [{ '@id': 'loc:US-CA' }, { '@id': 'loc:US-VA' }]],
      [{ '@id': 'dpv:ImpliedConsent' }, [{ '@id': 'loc:CA' }]],
    ])
  })

  it('claims GDPR terms on a Californian page only when the controller is established in the EEA (GDPR Art 3(1))', async () => {
    const model = await loadModel('test/fixtures/render/showcase')
    const ca = variantsOf(model).find((v) => v.key === 'us-ca')!
    const page = graphOf(buildJsonLd(ca))[0]!
    expect(page['dpv:hasApplicableLaw']).toContainEqual({ '@id': 'legal-eu:law-GDPR' })
    // No US enforcer is named, and the EEA page's lead authority is the Dutch one.
    expect(page['dpv:hasAuthority']).toEqual([{ '@id': 'https://autoriteitpersoonsgegevens.nl/' }])
  })

  it('never claims a basis the region\'s law does not know (no dpv:LegitimateInterest under PIPEDA)', async () => {
    const model = await movedModel('test/fixtures/render/showcase', 'US')
    const canada = variantsOf(model).find((v) => v.key === 'ca')!
    const text = JSON.stringify(graphOf(buildJsonLd(canada)))
    expect(text).not.toContain('dpv:LegitimateInterest')
    expect(text).not.toContain('eu-gdpr:')
  })
})
