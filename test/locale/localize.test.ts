import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js'
import { loadTranslations, localizeModel, type Translation } from '../../src/locale/index.js'
import { loadModel } from '../../src/pipeline.js'
import type { PolicyModel } from '../../src/resolve/model.js'
import { root } from '../helpers/paths.js'
import { xwms } from './helpers.js'

async function load(): Promise<{ model: PolicyModel; dutch: Translation }> {
  const diagnostics: Diagnostic[] = []
  const model = await loadModel(xwms, root, diagnostics)
  const { translations } = await loadTranslations(xwms, { cwd: root })
  if (!model || translations.length !== 1) throw new Error(`load(): ${JSON.stringify(diagnostics)}`)
  return { model, dutch: translations[0]! }
}

/** The policy with every text field blanked: what must not change when a policy is translated. */
function facts(model: PolicyModel): unknown {
  const texts = new Set(['language', 'title', 'intro', 'summary', 'body', 'label', 'description', 'examples', 'if-not-provided', 'legitimate-interest', 'name', 'condition', 'reason', 'exceptions', 'after', 'verification', 'requirements'])
  return JSON.parse(JSON.stringify(model.policy, (key, value: unknown) => (texts.has(key) ? undefined : value)))
}

describe('localizeModel', () => {
  it('puts the Dutch texts in place and changes no fact', async () => {
    const { model, dutch } = await load()
    const localized = localizeModel(model, dutch)
    expect(localized.language).toBe('nl')
    expect(localized.model.policy.language).toBe('nl')
    expect(localized.untranslated).toEqual(new Set())
    const { policy } = localized.model
    expect(policy.title).toBe('Privacyverklaring')
    expect(policy.sections.find((s) => s.id === 'cookies')?.title).toBe('Gebruiken wij cookies en andere trackingtechnieken?')
    expect(policy.categories.find((c) => c.id === 'payment-data')?.examples).toEqual(['creditcard- of betaalpasnummer', 'factuuradres', 'beveiligingscode van de kaart'])
    expect(policy.rights?.appeal?.description).toMatch(/^Als wij uw verzoek afwijzen/)
    // Proper names stay as in the source; descriptive ones are translated.
    expect(localized.model.entities.get('mollie')?.label).toBe('Mollie')
    expect(localized.model.entities.get('other-users')?.label).toBe('Andere gebruikers')
    expect(localized.model.sections.get('cookies')?.section).toBe(policy.sections.find((s) => s.id === 'cookies'))
    expect(localized.model.prose.get('cookies')?.tree.children[0]).toMatchObject({ type: 'paragraph' })
    expect(facts(localized.model)).toEqual(facts(model))
  })

  it('keeps the source text, and says so, where the translation has none; the source model is untouched', async () => {
    const { model, dutch } = await load()
    const { marketing: _dropped, ...purposes } = dutch.data.purposes ?? {}
    const { summary: _summary, ...cookies } = dutch.data.sections!.cookies!
    const partial: Translation = { ...dutch, data: { ...dutch.data, purposes, sections: { ...dutch.data.sections, cookies } } }
    const localized = localizeModel(model, partial)
    expect(localized.untranslated).toEqual(new Set(['purposes.marketing', 'sections.cookies.summary']))
    expect(localized.model.entities.get('marketing')?.label).toBe('Send marketing and promotional messages')
    expect(localized.model.sections.get('cookies')?.section.summary).toMatch(/^Yes\. Cookies and advanced tracking tools/)
    expect(model.policy.title).toBe('Privacy Notice')
    expect(Object.isFrozen(localized.model.policy.sections[0])).toBe(true)
  })
})
