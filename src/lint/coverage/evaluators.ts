import { authorityFor, complaintListFor } from '../../applicability/index.js'
import { matchRegions, type Jurisdiction } from '../../catalog/catalog.js'
import type { Category } from '../../generated/policy.js'
import type { DataPath } from '../../load/locate.js'
import type { PolicyModel } from '../../resolve/model.js'
import { basisIn, collectedCategories, possibleBases, INTEREST_BASES, isSensitive, transferCountries } from '../facts.js'
import type { VariantFacts } from '../variant-facts.js'
import { exceeds, parseDuration } from '../durations.js'

/** What an evaluator sees: the model, the region, and what that region's page shows. */
export interface ElementContext {
  model: PolicyModel
  region: Jurisdiction
  page: VariantFacts
}

/** `fix`: the YAML that should supply what is missing, when it is one place (a category, `rights`). */
export type Verdict = { status: 'met'; detail?: string } | { status: 'missing'; detail: string; fix?: DataPath } | { status: 'not-evaluated'; detail: string }

/** Decides from the model whether the page of a region discloses one element. */
export type Evaluator = (context: ElementContext) => Verdict

const met = (detail?: string): Verdict => (detail === undefined ? { status: 'met' } : { status: 'met', detail })
const missing = (detail: string, fix?: DataPath): Verdict => (fix ? { status: 'missing', detail, fix } : { status: 'missing', detail })
/** Missing, to be fixed on the first listed category that lacks it. */
const missingOnCategory = (model: PolicyModel, without: readonly Category[], detail: string): Verdict =>
  without.length === 0 ? met() : missing(detail, ['categories', model.policy.categories.indexOf(without[0]!)])
const notEvaluated = (detail: string): Verdict => ({ status: 'not-evaluated', detail })
/** Met when the condition holds, otherwise missing with the detail. */
const check = (ok: boolean, detail: string): Verdict => (ok ? met() : missing(detail))
const ids = (items: readonly { id: string }[]) => items.map((i) => `\`${i.id}\``).join(', ')

/** Whether a page shows a table of one of the kinds, or names every entity with `:ref`. */
function shown(page: VariantFacts, tables: readonly string[], entities: readonly { id: string }[]): boolean {
  return tables.some((t) => page.tables.has(t)) || (entities.length > 0 && entities.every((e) => page.refs.has(e.id)))
}

const noTable = (kind: string) => `this page has no \`::table{of=${kind}}\` and does not name each with \`:ref\``

// --- one evaluator per kind of disclosure, reused by several element keys -------------------

const controllerContact: Evaluator = ({ model, region }) => {
  const c = model.policy.controller
  // POPIA s.18(1)(b) and IPP 3(1)(d) ask for the controller's address, not just a way to write.
  if (region.family === 'popia' || region.family === 'nz-privacy') return c.address !== undefined ? met() : missing('no postal address (`controller.address`)', ['controller'])
  return check(Boolean(c.email ?? c.contact ?? c.phone ?? c.address), 'no email, contact page, phone or address on `controller`')
}

const dataCategories: Evaluator = ({ model, page }) => {
  const collected = collectedCategories(model).map((c) => c.item)
  return check(shown(page, ['categories', 'ccpa-categories'], collected), noTable('categories'))
}

const sensitiveCategories: Evaluator = ({ model, page }) => {
  const sensitive = collectedCategories(model).map((c) => c.item).filter(isSensitive)
  return check(sensitive.length === 0 || shown(page, ['categories', 'ccpa-categories'], sensitive), noTable('categories'))
}

const sources: Evaluator = ({ model }) => {
  const without = collectedCategories(model).map((c) => c.item).filter((c) => !c.sources?.length)
  return missingOnCategory(model, without, `no \`sources\` for ${ids(without)}`)
}

const purposes: Evaluator = ({ model, page }) => check(shown(page, ['purposes'], model.policy.purposes), noTable('purposes'))

const legalBasis: Evaluator = ({ model, region, page }) => {
  if (!page.tables.has('purposes')) return missing('this page has no `::table{of=purposes}` (it shows each purpose\'s basis)')
  const allowed = region['legal-bases']
  const invalid = model.policy.purposes.filter((p) => {
    const basis = basisIn(p, region.id)
    // A purpose without a mapped basis fails Art 13(1)(c) as the notice stands (purpose-basis-unmapped).
    return basis === undefined || basis === 'not-required' || (allowed.length > 0 && !allowed.includes(basis))
  })
  return check(invalid.length === 0, `no valid basis for ${ids(invalid)}`)
}

const interests: Evaluator = ({ model, region }) => {
  const undescribed = model.policy.purposes.filter((p) => possibleBases(model.policy, p, region.id).some((b) => INTEREST_BASES.has(b)) && !p['legitimate-interest']?.trim())
  return check(undescribed.length === 0, `no \`legitimate-interest\` for ${ids(undescribed)}`)
}

const requirement: Evaluator = ({ model }) => {
  const fromPerson = (c: Category) => !c.sources?.length || c.sources.includes('you')
  const without = collectedCategories(model).map((c) => c.item).filter((c) => fromPerson(c) && c.requirement === undefined)
  return missingOnCategory(model, without, `no \`requirement\` (statutory, contractual or voluntary) for ${ids(without)}`)
}

const recipients: Evaluator = ({ model, page }) => {
  const list = model.policy.recipients ?? []
  if (list.length === 0) return model.policy.recipients ? met('no recipients') : missing('no `recipients` listed (write `recipients: []` if there are none)')
  return check(shown(page, ['recipients', 'transfers'], list), noTable('recipients'))
}

const transfers: Evaluator = ({ model, region, page }) => {
  const abroad = (model.policy.recipients ?? []).filter((r) => transferCountries(r, region).length > 0)
  if (abroad.length === 0) return met()
  if (!shown(page, ['transfers', 'recipients'], abroad)) return missing(noTable('transfers'))
  if (region.family !== 'gdpr') return met()
  const unsafe = abroad.filter((r) => r.transfer === undefined || r.transfer === 'none')
  return check(unsafe.length === 0, `no transfer safeguard for ${ids(unsafe)}`)
}

const retention: Evaluator = ({ model, page }) => {
  const kept = new Set((model.policy.retention ?? []).flatMap((r) => r.categories))
  const without = collectedCategories(model).map((c) => c.item).filter((c) => !kept.has(c.id))
  if (without.length > 0) return missing(`no retention rule for ${ids(without)}`)
  // `period: not-stated` documents that the source gives no period; the element is still unmet.
  const unstated = (model.policy.retention ?? []).filter((r) => r.period === 'not-stated')
  if (unstated.length > 0) return missing(`no period stated by retention rule ${ids(unstated)}`)
  return check(shown(page, ['retention'], model.policy.retention ?? []), noTable('retention'))
}

/**
 * The rights table lists the region's rights from the catalog, with any `rights.limits`; a right
 * that is limited or not offered is still disclosed (whether that is lawful is for rules such as
 * claim-erasure-contradicted and sale-opt-out-missing to say).
 */
const rightsList: Evaluator = ({ page }) => check(page.tables.has('rights'), 'this page has no `::table{of=rights}`')

const right = (key: string): Evaluator => ({ region, page }) => {
  if (!region.rights.some((r) => r.key === key)) return missing(`the catalog lists no \`${key}\` for ${region.id}, so the rights table cannot show it`)
  return check(page.tables.has('rights'), 'this page has no `::table{of=rights}`')
}

const howToExercise: Evaluator = ({ model, region, page }) => {
  const served = model.policy.regions
  const channels = (model.policy.rights?.channels ?? []).filter((c) => !c.regions || c.regions.some((s) => matchRegions(s, served).includes(region.id)))
  if (channels.length === 0) return missing(`no rights channel is offered in ${region.id}`)
  return check(shown(page, ['channels', 'rights'], channels), noTable('channels'))
}

/**
 * Met when a page this region sees names its authority, by name or by a link to its website.
 * The catalog-driven rights table lists the right generically; GDPR Art 13(2)(d) and POPIA
 * s.18(1)(h)(v) want the reader to know where to complain, so the text must say it.
 */
const complainToAuthority: Evaluator = ({ model, region, page }) => {
  // The authority comes from src/applicability: the lead one for the controller's EEA establishment,
  // the law's own, or the policy's; without a lead authority, the EDPB's list of them all (Art 77(1)).
  const authority = authorityFor(model.policy, region) ?? complaintListFor(region)
  if (!authority) return notEvaluated('the catalog names no authority for this region')
  const name = authority.name.replace(/\s*\(.*\)\s*$/, '').toLowerCase()
  const host = new URL(authority.url).hostname.replace(/^www\./, '')
  // Judged on the rendered page (its rights table and the sentences policyc adds after it), not
  // only the prose: the page must name the authority and say a complaint can be made.
  const names = page.page.includes(name) || page.page.includes(host)
  const complaint = /\bcomplain|\bcomplaint/.test(page.page)
  return check(names && complaint, names ? 'the page names the authority but never says a complaint can be made to it' : `the page neither names ${authority.name} nor links to ${host}`)
}

const automatedDecisions: Evaluator = ({ model, page }) => {
  const unnamed = (model.policy['automated-decisions'] ?? []).filter((a) => !page.refs.has(a.id))
  return check(unnamed.length === 0, `not named with \`:ref\` on this page: ${ids(unnamed)}`)
}

const cookies: Evaluator = ({ model, page }) => check(shown(page, ['cookies'], model.policy.cookies ?? []), noTable('cookies'))

/** Technologies that store nothing on the device have no lifetime to state (Planet49 is about what is stored). */
const STORES_NOTHING = new Set(['pixel', 'fingerprinting', 'script'])

const cookieDetails: Evaluator = ({ model }) => {
  const without = (model.policy.cookies ?? []).filter((c) => (c.duration === undefined || c.duration === 'not-stated') && c.expires === undefined && !STORES_NOTHING.has(c.technology ?? 'cookie'))
  return without.length === 0 ? met() : missing(`no \`duration\` for ${ids(without)}`, ['cookies', (model.policy.cookies ?? []).indexOf(without[0]!)])
}

/** A field that is missing is added next to its parent (`rights.complaints` beside `rights`), when the parent exists. */
const field = (present: (model: PolicyModel) => unknown, what: string): Evaluator => ({ model }) => {
  if (present(model) !== undefined) return met()
  const parent = what.split('.')[0]!
  return missing(`no \`${what}\``, what.includes('.') && parent in model.policy ? [parent] : undefined)
}

const saleDisclosure: Evaluator = ({ model, region, page }) => {
  if (model.policy.claims?.sale === undefined) return missing('no `claims.sale` (whether personal information is sold or shared)')
  if (model.policy.claims.sale === 'none') return met('nothing sold or shared')
  const optOut = region.rights.some((r) => r.key.startsWith('right-opt-out'))
  return check(optOut && page.tables.has('rights'), 'the opt-out right is not shown (no `::table{of=rights}` or no opt-out right in the catalog)')
}

const soldSharedRecipients: Evaluator = ({ model }) => {
  const selling = model.policy.purposes.filter((p) => p.sale === true || p.share === true)
  const unnamed = selling.filter((p) => !(model.policy.recipients ?? []).some((r) => r.purposes?.includes(p.id)))
  return check(unnamed.length === 0, `no recipient receives data for ${ids(unnamed)}`)
}

const recipientsList = (which: (role: string) => boolean, fieldName: 'categories' | 'purposes'): Evaluator => ({ model, page }) => {
  const list = (model.policy.recipients ?? []).filter((r) => which(r.role))
  if (list.length > 0 && !shown(page, ['recipients'], list)) return missing(noTable('recipients'))
  const without = list.filter((r) => !r[fieldName]?.length)
  return check(without.length === 0, `no \`${fieldName}\` for ${ids(without)}`)
}

/** Texas §541.102(b)-(c): a literal sentence when sensitive (or biometric) data is sold. */
const texasNotice = (kind: 'sensitive' | 'biometric'): Evaluator => ({ model, page }) => {
  const isKind = (c: Category) => (kind === 'sensitive' ? isSensitive(c) : c.ccpa === 'E' || (c.dpv ?? []).includes('pd:Biometric'))
  const byId = new Map(model.policy.categories.map((c) => [c.id, c]))
  const sold = model.policy.purposes.filter((p) => p.sale === true).some((p) => p.categories.some((id) => byId.get(id) && isKind(byId.get(id)!)))
  if (!sold) return met(`no ${kind} data is sold`)
  const sentence = `notice: we may sell your ${kind} personal data.`
  return check(page.text.includes(sentence), `the page must say "NOTICE: We may sell your ${kind} personal data."`)
}

const overseasLikely: Evaluator = (context) => {
  const abroad = (context.model.policy.recipients ?? []).some((r) => transferCountries(r, context.region).length > 0)
  return abroad ? transfers(context) : notEvaluated('no recipient abroad; whether overseas disclosure is unlikely must be said in words')
}

const unevaluable = (why: string): Evaluator => () => notEvaluated(why)

/**
 * The longest a notice may promise for answering a request, per family of law, with the article.
 * GDPR and UK GDPR Art 12(3): "without undue delay and in any event within one month of receipt"
 * (extendable by two months only when the controller tells the person, within the first month,
 * why: a standing promise of more than a month is not that).
 */
const RESPONSE_DEADLINES: Readonly<Record<string, { deadline: string; words: string; citation: string }>> = {
  gdpr: { deadline: 'P1M', words: 'one month', citation: 'Art 12(3)' },
}

const responseTime: Evaluator = ({ model, region }) => {
  const promised = model.policy.rights?.['response-time']
  if (promised === undefined) return missing('no `rights.response-time`')
  const law = RESPONSE_DEADLINES[region.family]
  const parsed = parseDuration(promised)
  if (!law || !parsed) return met()
  return check(!exceeds(parsed, parseDuration(law.deadline)!), `\`rights.response-time: ${promised}\` is longer than the ${law.words} ${region.laws[0]?.short ?? 'the law'} allows (${law.citation})`)
}

/**
 * FADP Art 14(1): a controller abroad needs a Swiss representative only when its processing is
 * connected with offering goods or services in Switzerland (or monitoring behaviour there) AND is
 * large-scale AND regular AND poses a high risk: the four conditions are cumulative (FDPIC,
 * "Representative", guidance on Art 14 FADP). The data says nothing of scale, regularity or risk,
 * so without a representative the element is not evaluated rather than missing.
 */
const representative: Evaluator = ({ model, region }) => {
  if ((model.policy.representatives ?? []).some((r) => r.region === region.id)) return met()
  if (region.family === 'fadp') {
    return notEvaluated('FADP Art 14(1) requires a Swiss representative only if the processing is large-scale, regular and high-risk (all four conditions together); if it is, add a `representatives` entry for `ch`')
  }
  return missing(`no representative for \`${region.id}\` in \`representatives\``)
}

/**
 * How each catalog element key is judged "met" from the model. Keys not listed here are shown
 * as "not evaluated": policyc says so rather than guess (layout duties, links in the site
 * header, processes that live outside the notice).
 */
export const EVALUATORS: Readonly<Record<string, Evaluator>> = {
  'controller-identity': () => met(),
  'controller-contact': controllerContact,
  'privacy-contact': ({ model }) => check(Boolean(model.policy.controller.email ?? model.policy.controller.contact ?? model.policy.dpo), 'no `controller.email`, `controller.contact` or `dpo`'),
  representative,
  'dpo-contact': field((m) => m.policy.dpo, 'dpo'),
  'data-categories': dataCategories,
  'sensitive-data-categories': sensitiveCategories,
  'source-of-data': sources,
  'collection-means': sources,
  'collection-fact-and-circumstances': sources,
  'ccpa-source-categories': sources,
  purposes,
  'ccpa-purposes-collect': purposes,
  'legal-basis-per-purpose': legalBasis,
  'legitimate-interests-described': interests,
  'statutory-or-contractual-requirement': requirement,
  recipients,
  'third-party-categories': recipients,
  'third-country-transfers-and-safeguards': transfers,
  'transfer-destination-countries': transfers,
  'au-overseas-disclosure-likely': overseasLikely,
  'retention-period-or-criteria': retention,
  'processing-form-and-duration': retention,
  'rights-list': rightsList,
  'right-withdraw-consent': right('right-withdraw-consent'),
  'right-complain-to-authority': complainToAuthority,
  'rights-how-to-exercise': howToExercise,
  'request-methods': howToExercise,
  'rights-response-time': responseTime,
  'rights-free-of-charge': field((m) => m.policy.rights?.fee, 'rights.fee'),
  'uk-right-complain-to-controller': field((m) => m.policy.rights?.complaints, 'rights.complaints'),
  'complaint-handling-process': field((m) => m.policy.rights?.complaints, 'rights.complaints'),
  'appeal-process': field((m) => m.policy.rights?.appeal, 'rights.appeal'),
  'ccpa-verification-process': field((m) => m.policy.rights?.verification, 'rights.verification'),
  'authorized-agent-instructions': field((m) => m.policy.rights?.['authorized-agents'], 'rights.authorized-agents'),
  'automated-decision-making': automatedDecisions,
  'au-adm-kinds': automatedDecisions,
  'ccpa-admt-pre-use-notice': automatedDecisions,
  'cookies-and-similar-technologies': cookies,
  'qc-tracking-technologies': cookies,
  'caloppa-third-party-tracking': cookies,
  'cookie-duration-and-third-party-access': cookieDetails,
  'date-last-updated': () => met(),
  'form-written-or-electronic': () => met('published as a web page'),
  'sale-and-targeted-ads-disclosure': saleDisclosure,
  'ccpa-categories-collected-12m': ({ page }) => check(page.tables.has('ccpa-categories'), 'this page has no `::table{of=ccpa-categories}`'),
  'ccpa-categories-sold-shared-12m': field((m) => m.policy.claims?.sale, 'claims.sale'),
  'ccpa-third-parties-per-sold-shared-category': soldSharedRecipients,
  'ccpa-purposes-sell-share': ({ model, page }) => check(page.tables.has('purposes') && model.policy.purposes.some((p) => p.sale === true || p.share === true), 'no purpose is marked `sale` or `share`, or no `::table{of=purposes}`'),
  'ccpa-minors-under-16-knowledge': field((m) => m.policy.claims?.['minors-under-16'], 'claims.minors-under-16'),
  'ccpa-categories-disclosed-business-purpose-12m': recipientsList(() => true, 'categories'),
  'ccpa-recipients-per-disclosed-category': recipientsList(() => true, 'categories'),
  'ccpa-categories-disclosed-to-service-providers-12m': recipientsList((role) => role === 'processor', 'categories'),
  'categories-shared-with-third-parties': recipientsList((role) => role !== 'processor', 'categories'),
  'ccpa-purposes-disclose': recipientsList(() => true, 'purposes'),
  'shared-use-and-purpose': recipientsList(() => true, 'purposes'),
  'caloppa-categories-and-third-parties': ({ page }) => check(page.tables.has('categories') || page.tables.has('ccpa-categories'), noTable('categories')),
  'opt-out-preference-signal-processing': field((m) => m.policy.signals?.['global-privacy-control'], 'signals.global-privacy-control'),
  'opt-out-preference-signal': ({ model }) => check(model.policy.signals?.['global-privacy-control'] === 'honored', 'Global Privacy Control is not honoured (`signals.global-privacy-control`)'),
  'dnt-response': field((m) => m.policy.signals?.['do-not-track'], 'signals.do-not-track'),
  'ct-llm-training-statement': field((m) => m.policy.claims?.['llm-training'], 'claims.llm-training'),
  'tx-sensitive-sale-notice': texasNotice('sensitive'),
  'tx-biometric-sale-notice': texasNotice('biometric'),
  'form-concise-transparent': unevaluable('plain, concise language is for a reader to judge'),
  'right-object-prominent': unevaluable('whether the right to object is presented separately and prominently is for a reader to judge'),
  'do-not-sell-or-share-link': unevaluable('the link lives in the site header or footer, outside the notice'),
  'limit-spi-link': unevaluable('the link lives in the site header or footer, outside the notice'),
  'opt-out-status-display': unevaluable('shown by the site when a request is processed, outside the notice'),
}

export function evaluatorFor(key: string): Evaluator {
  return EVALUATORS[key] ?? (() => notEvaluated('policyc cannot judge this element from the data; check it by reading the notice'))
}
