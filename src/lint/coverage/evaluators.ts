import { authorityFor, complaintListFor } from '../../applicability/index.js'
import { matchRegions, type Jurisdiction } from '../../catalog/catalog.js'
import type { Category } from '../../generated/policy.js'
import type { DataPath } from '../../load/locate.js'
import type { PolicyModel } from '../../resolve/model.js'
import { adequateUnder } from '../../applicability/transfer-tools.js'
import { basisIn, basisPath, collectedCategories, possibleBases, INTEREST_BASES, isSensitive, transferCountries } from '../facts.js'
import type { VariantFacts } from '../variant-facts.js'
import { exceeds, parseDuration } from '../durations.js'
import { localWords, pageDate, pageList } from '../../render/locale-words.js'
import { messages, rightName } from '../../i18n/index.js'
import { ccpaRows, pageSays, tableTerms, type CcpaRow } from './page-text.js'
import { pageBlocks, proseSentencesOnPage } from './page-sections.js'

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

/** Whether the page shows one of these facts in the policy's words (an email address, a URL, an address). */
const showsAny = (page: VariantFacts, facts: readonly (string | undefined)[]) => facts.some((f) => f !== undefined && pageSays(page, f))

const controllerContact: Evaluator = ({ model, region, page }) => {
  const c = model.policy.controller
  // POPIA s.18(1)(b) and IPP 3(1)(d) ask for the controller's address, not just a way to write.
  if (region.family === 'popia' || region.family === 'nz-privacy') {
    if (c.address === undefined) return missing('no postal address (`controller.address`)', ['controller'])
    return showsAny(page, [c.address]) ? met() : missing('the page does not show `controller.address`: write it in a section (policyc does not state it by itself)', ['controller'])
  }
  if (!(c.email ?? c.contact ?? c.phone ?? c.address)) return missing('no email, contact page, phone or address on `controller`')
  return showsAny(page, [c.email, c.contact, c.phone, c.address]) ? met() : missing('the page shows none of `controller`\'s email, contact page, phone or address: write one in a section', ['controller'])
}

const dataCategories: Evaluator = ({ model, page }) => {
  const collected = collectedCategories(model).map((c) => c.item)
  return check(shown(page, ['categories', 'ccpa-categories'], collected), noTable('categories'))
}

const sensitiveCategories: Evaluator = ({ model, page }) => {
  const sensitive = collectedCategories(model).map((c) => c.item).filter(isSensitive)
  return check(sensitive.length === 0 || shown(page, ['categories', 'ccpa-categories'], sensitive), noTable('categories'))
}

const sources: Evaluator = ({ model, page }) => {
  const collected = collectedCategories(model).map((c) => c.item)
  const without = collected.filter((c) => !c.sources?.length)
  if (without.length > 0) return missingOnCategory(model, without, `no \`sources\` for ${ids(without)}`)
  // The categories tables have a column of sources; a page without one says nothing of where data comes from.
  return check(shown(page, ['categories', 'ccpa-categories'], collected), `${noTable('categories')}, so it does not say where the data comes from`)
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

const interests: Evaluator = ({ model, region, page }) => {
  const relying = model.policy.purposes.filter((p) => possibleBases(model.policy, p, region.id).some((b) => INTEREST_BASES.has(b)))
  const undescribed = relying.filter((p) => !p['legitimate-interest']?.trim())
  // Purposes whose basis the notice maps to legitimate interests: each needs its interest, at its basis.
  const mapped = undescribed.filter((p) => basisIn(p, region.id) !== undefined)
  if (mapped.length > 0) return missing(`no \`legitimate-interest\` for ${ids(mapped)}`, basisPath(mapped[0]!, model.policy.purposes.indexOf(mapped[0]!), region.id))
  if (undescribed.length > 0) {
    // The rest only may rest on legitimate interests, because the notice names it among the bases it
    // relies on without saying for which purpose: one gap, at that line, not a list of every purpose.
    const relied = model.policy['bases-relied-on'] ?? []
    const at = relied.findIndex((b) => INTEREST_BASES.has(b))
    const described = relying.length - undescribed.length
    const detail = described === 0
      ? 'the notice says it relies on legitimate interests (`bases-relied-on`) and describes none'
      : `the notice says it relies on legitimate interests (\`bases-relied-on\`) and describes none for the ${undescribed.length} purposes whose basis it does not state`
    return missing(detail, at >= 0 ? ['bases-relied-on', at] : ['bases-relied-on'])
  }
  // The purposes table writes each interest ("Our interest: …"); prose may say it instead.
  const unseen = relying.filter((p) => !pageSays(page, p['legitimate-interest']!))
  return check(unseen.length === 0, `the page does not state the legitimate interest of ${ids(unseen)}: show \`::table{of=purposes}\` or say it in a section`)
}

/**
 * GDPR Art 13(2)(e) and its kin: whether providing each category is required, and what follows if it
 * is not. The data must say it (`requirement`) for what the person gives, and the page must show
 * it: the categories table carries the column where a law on the page asks for it
 * (src/render/markdown/tables/categories.ts).
 */
const requirement: Evaluator = (context) => {
  const { model, page } = context
  const fromPerson = (c: Category) => !c.sources?.length || c.sources.includes('you')
  const without = collectedCategories(model).map((c) => c.item).filter((c) => fromPerson(c) && c.requirement === undefined)
  const inData = missingOnCategory(model, without, `no \`requirement\` (statutory, contractual or voluntary) for ${ids(without)}`)
  if (inData.status !== 'met') return inData
  const column = (localWords(model.policy.language) ?? messages('en')).tables.categories.requirement
  return check(page.tables.has('categories') && pageSays(page, column), `this page has no \`::table{of=categories}\`, whose column "${column}" says it`)
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
  // A safeguard is asked for only where the region's law finds a country inadequate (GDPR Art 46).
  const adequate = adequateUnder(region)
  const unsafe = abroad.filter((r) => (r.transfer === undefined || r.transfer === 'none') && transferCountries(r, region).some((c) => !adequate.has(c)))
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

/** Each cookie's lifetime, in the data and on the page: the cookies table writes it (src/render/markdown/tables/cookies.ts). */
const cookieDetails: Evaluator = ({ model, page }) => {
  const cookies = model.policy.cookies ?? []
  const without = cookies.filter((c) => (c.duration === undefined || c.duration === 'not-stated') && c.expires === undefined && !STORES_NOTHING.has(c.technology ?? 'cookie'))
  if (without.length > 0) return missing(`no \`duration\` for ${ids(without)}`, ['cookies', cookies.indexOf(without[0]!)])
  return check(cookies.length === 0 || page.tables.has('cookies'), 'this page has no `::table{of=cookies}`, which gives each lifetime')
}

/** A field that is missing is added next to its parent (`rights.complaints` beside `rights`), when the parent exists. */
const field = (present: (model: PolicyModel) => unknown, what: string): Evaluator => ({ model }) => {
  if (present(model) !== undefined) return met()
  const parent = what.split('.')[0]!
  return missing(`no \`${what}\``, what.includes('.') && parent in model.policy ? [parent] : undefined)
}

/**
 * NRS 603A.340(1)(c) asks the notice to describe the process by which consumers are told of
 * material changes: a `change-notice` that says how (`how`) or how long before (`period`). A bare
 * promise to tell ("we will take steps to inform our users", `change-notice: {}`) describes no process.
 */
const nevadaChangeProcess: Evaluator = ({ model }) => {
  const promise = model.policy['change-notice']
  if (promise === undefined) return missing('no `change-notice`')
  return promise.how !== undefined || promise.period !== undefined ? met() : missing('`change-notice` says neither how nor how long before a change readers are told', ['change-notice'])
}

/**
 * A request fact the rights table's page states in the policy's own words (`rights.fee`,
 * `rights.verification`, `rights.complaints`: src/render/markdown/tables/rights.ts writes them after
 * the table for the laws that ask for them). Met only when the page shows those words: a field
 * that no page renders discloses nothing to the reader.
 */
const requestFact = (key: 'fee' | 'verification' | 'complaints'): Evaluator => (context) => {
  const words = context.model.policy.rights?.[key]
  if (words === undefined) return field(() => undefined, `rights.${key}`)(context)
  return pageSays(context.page, words) ? met() : missing(`\`rights.${key}\` is not on this page: it is stated after \`::table{of=rights}\`, which this page does not show`, ['rights', key])
}

/** The appeal (`rights.appeal`) as the page states it: its description, else the sentence naming its channels. */
const appealOnPage: Evaluator = (context) => {
  const { model, page } = context
  const appeal = model.policy.rights?.appeal
  if (appeal === undefined || (!appeal.description && !appeal.channels)) return field(() => undefined, 'rights.appeal')(context)
  const m = localWords(model.policy.language) ?? messages('en')
  const labels = (appeal.channels ?? []).map((id) => model.policy.rights?.channels.find((c) => c.id === id)?.label ?? id)
  const said = appeal.description ?? m.tables.rights.appealChannels(pageList(labels, model.policy.language))
  return pageSays(page, said) ? met() : missing('`rights.appeal` is not on this page: it is stated after `::table{of=rights}`, which this page does not show', ['rights', 'appeal'])
}

/**
 * California's two statements after the rights table (src/render/markdown/tables/rights.ts):
 * "Shine the Light" (`rights.shine-the-light`, Civ. Code §1798.83) and minors' content removal
 * (`children.content-removal`, Bus. & Prof. Code §22581). Met only when the page shows them.
 */
const shineTheLight: Evaluator = (context) => {
  if (context.model.policy.rights?.['shine-the-light'] === undefined) return field(() => undefined, 'rights.shine-the-light')(context)
  const m = localWords(context.model.policy.language) ?? messages('en')
  return pageSays(context.page, m.tables.rights.shineTheLight) ? met() : missing('`rights.shine-the-light` is not on this page: it is stated after `::table{of=rights}`, which this page does not show', ['rights'])
}

const minorsContentRemoval: Evaluator = (context) => {
  const removal = context.model.policy.children?.['content-removal']
  if (removal === undefined) return missing('no `children.content-removal` (how a registered user under 18 removes what they posted)', context.model.policy.children ? ['children'] : undefined)
  return pageSays(context.page, removal.instructions) ? met() : missing('`children.content-removal` is not on this page: it is stated after `::table{of=rights}`, which this page does not show', ['children'])
}

/**
 * The California table as the reader gets it (11 CCR §7011(e)(1)): the rows of collected
 * categories whose cell for one column reads "Not stated" (or is empty). Undefined when the page
 * has no such table.
 */
function unstatedCcpaCells(context: ElementContext, column: keyof CcpaRow, only: (row: CcpaRow) => boolean = () => true): CcpaRow[] | undefined {
  const rows = ccpaRows(context.page)
  if (rows.length === 0) return undefined
  const terms = tableTerms(context.model)
  return rows.filter((row) => row.collected === terms.yes && only(row) && (row[column] === terms.notStated || row[column] === ''))
}

const letters = (rows: readonly CcpaRow[]) => rows.map((r) => r.letter.toUpperCase()).join(', ')
const noCcpaTable = 'this page has no `::table{of=ccpa-categories}`'

/** The first category of a CCPA letter that lacks a field, to point the finding at. */
function ccpaFix(model: PolicyModel, rows: readonly CcpaRow[], lacks: (c: Category) => boolean): DataPath | undefined {
  const wanted = new Set(rows.map((r) => r.letter.toUpperCase()))
  const index = model.policy.categories.findIndex((c) => c.collected && c.ccpa !== undefined && wanted.has(c.ccpa) && lacks(c))
  return index >= 0 ? ['categories', index] : undefined
}

/** §7011(e)(1)(D): for each category, whether it was sold or shared; the table says "Not stated" unless purposes are flagged or `claims.sale` is `none`. */
const ccpaSoldShared: Evaluator = (context) => {
  const unstated = unstatedCcpaCells(context, 'soldShared')
  if (unstated === undefined) return missing(noCcpaTable)
  return unstated.length === 0 ? met() : missing(`the California table says whether ${letters(unstated)} are sold or shared is not stated: set \`claims.sale\`, or \`sale\`/\`share\` on the purposes that sell or share`, ['claims'])
}

/** §7011(e)(1)(E): for each category sold or shared, the categories of third parties it went to. */
const ccpaSoldSharedTo: Evaluator = (context) => {
  const terms = tableTerms(context.model)
  const unstated = unstatedCcpaCells(context, 'soldSharedTo', (row) => row.soldShared !== terms.no && row.soldShared !== '—' && row.soldShared !== terms.notStated)
  if (unstated === undefined) return missing(noCcpaTable)
  if (unstated.length > 0) return missing(`the California table does not say to whom ${letters(unstated)} are sold or shared: list the recipients of the selling or sharing purposes, with their \`purposes\` and \`categories\``, ['recipients'])
  return soldSharedRecipients(context)
}

/** §7011(e)(1)(B): the sources of each category collected, read from the California table. */
const ccpaSources: Evaluator = (context) => {
  const unstated = unstatedCcpaCells(context, 'sources')
  if (unstated === undefined) return missing(noCcpaTable)
  // Categories without `sources` are reported as the other source elements report them, at the same category.
  const fromModel = sources(context)
  if (fromModel.status === 'missing') return fromModel
  return unstated.length === 0 ? met() : missing(`the California table says the sources of ${letters(unstated)} are not stated`, ccpaFix(context.model, unstated, (c) => !c.sources?.length))
}

/** §7011(e)(1)(H) (as amended with effect from 2026-01-01; until then also (I)): for each category, the recipients it is disclosed to for a business purpose. */
const ccpaDisclosedTo: Evaluator = (context) => {
  const unstated = unstatedCcpaCells(context, 'disclosedTo')
  if (unstated === undefined) return missing(noCcpaTable)
  return unstated.length === 0 ? met() : missing(`the California table says to whom ${letters(unstated)} are disclosed is not stated: give each recipient its \`categories\` and \`purposes\``, ['recipients'])
}

/**
 * Sensitive data on a page: under the GDPR family the categories table marks it; on the California
 * page, §7011(e)(1)(A)'s list of the sensitive personal information collected is the statement
 * after the California table ("Sensitive personal information we collect: …").
 */
const sensitiveOnPage: Evaluator = (context) => {
  const { model, region, page } = context
  if (region.id !== 'us-ca') return sensitiveCategories(context)
  const sensitive = collectedCategories(model).map((c) => c.item).filter((c) => c.sensitive === true)
  if (sensitive.length === 0) return met('no category is marked `sensitive`')
  const statement = tableTerms(model).sensitiveStatement
  return page.page.includes(statement) ? met() : missing(`the page does not list the sensitive personal information collected (${ids(sensitive)}): it is stated after \`::table{of=ccpa-categories}\``)
}

/**
 * A statement the California table is followed by (src/render/markdown/tables/ccpa-categories.ts),
 * written from one model fact: met when the page shows it, so only on a page with the table.
 */
function californiaStatement<T>(get: (model: PolicyModel) => T | undefined, what: string, sentence: (c: ReturnType<typeof messages>['ccpa'], value: T) => string): Evaluator {
  return (context) => {
    const value = get(context.model)
    if (value === undefined) return field(() => undefined, what)(context)
    const c = (localWords(context.model.policy.language) ?? messages('en')).ccpa
    return pageSays(context.page, sentence(c, value)) ? met() : missing(`\`${what}\` is not on this page: it is stated after \`::table{of=ccpa-categories}\``, what.split('.'))
  }
}

/**
 * Outside California no table states the signal, so the page's own words must name it (Colorado's
 * Rule 6.03 asks how the controller processes the universal opt-out mechanism).
 */
const signalNamed: Evaluator = (context) => {
  if (context.model.policy.signals?.['global-privacy-control'] === undefined) return field(() => undefined, 'signals.global-privacy-control')(context)
  return check(/global privacy control|\bgpc\b|opt-out preference signal|universal opt-out/.test(context.page.page), 'the page never names Global Privacy Control or an opt-out preference signal: say in a section how you process it')
}

const saleDisclosure: Evaluator = ({ model, region, page }) => {
  if (model.policy.claims?.sale === undefined) return missing('no `claims.sale` (whether personal information is sold or shared)')
  if (model.policy.claims.sale === 'none') {
    // The California table states it by itself (ccpa-categories.ts); elsewhere the page's own words must.
    if (page.tables.has('ccpa-categories')) return met('nothing sold or shared')
    if (!inEnglish(model)) return notInEnglish('the statement that nothing is sold')
    return check(proseSentencesOnPage(page).some((words) => words.some((w) => w === 'sell' || w === 'sold')), 'the page never says that personal data is not sold (`claims.sale: none` is stated in no sentence)')
  }
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
  return check(page.page.includes(sentence), `the page must say "NOTICE: We may sell your ${kind} personal data."`)
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

const responseTime: Evaluator = ({ model, region, page }) => {
  const promised = model.policy.rights?.['response-time']
  if (promised === undefined) return missing('no `rights.response-time`')
  const law = RESPONSE_DEADLINES[region.family]
  const parsed = parseDuration(promised)
  if (law && parsed && exceeds(parsed, parseDuration(law.deadline)!)) return missing(`\`rights.response-time: ${promised}\` is longer than the ${law.words} ${region.laws[0]?.short ?? 'the law'} allows (${law.citation})`)
  // The answer deadline is stated after the rights table (rights.ts, deadlineParagraphs).
  return check(page.tables.has('rights'), 'this page has no `::table{of=rights}`, after which the time to answer is stated')
}

/**
 * FADP Art 14(1): a controller abroad needs a Swiss representative only when its processing is
 * connected with offering goods or services in Switzerland (or monitoring behaviour there) AND is
 * large-scale AND regular AND poses a high risk: the four conditions are cumulative (FDPIC,
 * "Representative", guidance on Art 14 FADP). The data says nothing of scale, regularity or risk,
 * so without a representative the element is not evaluated rather than missing.
 */
const representative: Evaluator = ({ model, region, page }) => {
  const appointed = (model.policy.representatives ?? []).filter((r) => r.region === region.id)
  if (appointed.length > 0) {
    // The channels table names the representative on its region's page (GDPR Art 13(1)(a): "the
    // identity and the contact details"); prose may do it instead, in the model's words.
    const shownOnPage = appointed.some((r) => pageSays(page, r.name) && showsAny(page, [r.email, r.address]))
    return shownOnPage ? met() : missing('the page does not give the representative\'s name and contact: show `::table{of=channels}` or write them in a section', ['representatives', (model.policy.representatives ?? []).indexOf(appointed[0]!)])
  }
  if (region.family === 'fadp') {
    return notEvaluated('FADP Art 14(1) requires a Swiss representative only if the processing is large-scale, regular and high-risk (all four conditions together); if it is, add a `representatives` entry for `ch`')
  }
  return missing(`no representative for \`${region.id}\` in \`representatives\``)
}

// --- how the page presents things, judged on its headings and sentences --------------------------

/** Whether the policy's own language is English: the evaluators that look for words know only English ones. */
const inEnglish = (model: PolicyModel) => /^en\b/.test(model.policy.language)
const notInEnglish = (what: string) => notEvaluated(`${what} is looked for in English words only; read the notice for it`)

/**
 * GDPR / UK GDPR Art 21(4): the right to object "shall be explicitly brought to the attention of the
 * data subject and shall be presented clearly and separately from any other information". Measured
 * as: a heading of its own on the page (a section or a sub-heading) that names the right, with text
 * under it. The rights table lists the right among the others, which is not "separately".
 */
const rightObjectProminent: Evaluator = ({ model, region, page }) => {
  const lang = model.policy.language
  const name = (localWords(lang) ? rightName(region.id, 'right-object', lang) : region.rights.find((r) => r.key === 'right-object')?.name) ?? 'Right to object'
  const key = (name.toLowerCase().match(/[\p{L}]+/gu) ?? []).at(-1) ?? 'object'
  const block = pageBlocks(page).find((b) => b.depth >= 2 && new RegExp(`(^|[^\\p{L}])${key}([^\\p{L}]|$)`, 'u').test(b.title) && b.text.trim() !== '')
  return block ? met(`under its own heading, "${block.title}"`) : missing(`no heading on this page names the right to object (a section such as "Your ${name.toLowerCase()}"): it must be presented clearly and separately from any other information`)
}

/** Martin Cutts, Oxford Guide to Plain English (5th ed. 2020), guideline 3: "Make the average sentence length 15–20 words." */
const PLAIN_SENTENCE_WORDS = 20

/**
 * GDPR / UK GDPR Art 12(1): "concise, transparent, intelligible and easily accessible form, using
 * clear and plain language". Whether language is plain is for a reader; one measurable proxy stands
 * for it and can fail: an average sentence length of at most 20 words over the page's running prose
 * (the upper end of Cutts's guideline 3; tables are not counted). The layered
 * "in short" summaries the Article 29 Working Party recommends (WP260 rev.01, paragraph 35) are a
 * recommendation, not a test of Art 12(1), so they are not required here.
 */
const conciseForm: Evaluator = ({ model, page }) => {
  if (!inEnglish(model)) return notInEnglish('sentence length')
  const sentences = proseSentencesOnPage(page)
  const average = sentences.reduce((sum, s) => sum + s.length, 0) / Math.max(1, sentences.length)
  const measured = `${sentences.length} sentences of ${average.toFixed(1)} words on average`
  return average <= PLAIN_SENTENCE_WORDS ? met(measured) : missing(`${measured}, more than the ${PLAIN_SENTENCE_WORDS} plain English allows (Cutts, Oxford Guide to Plain English, 5th ed. 2020, guideline 3): split the long sentences`)
}

/**
 * What a California page must show to describe the business's practices (11 CCR §7011(e)(1)) or to
 * serve as the notice at collection (Civ. Code §1798.100(a), 11 CCR §7012(f): a link to the part of
 * the privacy policy with the same information): the categories collected, the purposes and how
 * long each is kept.
 */
const californiaPractices: Evaluator = (context) => {
  const needed: [string, string][] = [['ccpa-categories', 'the categories collected'], ['purposes', 'the purposes'], ['retention', 'how long each is kept']]
  const absent = needed.filter(([kind]) => !context.page.tables.has(kind))
  // Whether each category is sold or shared is its own element (ccpa-categories-sold-shared-12m): not judged twice.
  return check(absent.length === 0, `this page does not show ${absent.map(([kind, what]) => `${what} (\`::table{of=${kind}}\`)`).join(', ')}`)
}

/** `rights.limits` saying the right to limit is not offered, when its description is on the page and names 11 CCR §7027(m). */
function spiUseOnlyPermitted(model: PolicyModel, page: VariantFacts): boolean {
  const limit = (model.policy.rights?.limits ?? []).find((l) => l.right === 'right-limit-spi' && l.scope === 'not-offered')
  return limit?.description !== undefined && /7027\s*\(m\)/.test(limit.description) && pageSays(page, limit.description)
}

/**
 * 11 CCR §7011(e)(1)(J) (the 2023 (K)) and (e)(3)(D): whether sensitive personal information is used beyond the
 * purposes of §7027(m), and if so how to limit it. Met when the page states the §7027(m) limitation
 * (`rights.limits` for `right-limit-spi`, `not-offered`, its description citing §7027(m), which the
 * rights table writes), or shows the right to limit in the rights table.
 */
const sensitiveUse: Evaluator = ({ model, region, page }) => {
  if (!collectedCategories(model).some((c) => c.item.sensitive === true)) return met('no category is marked `sensitive`')
  if (spiUseOnlyPermitted(model, page)) return met('the page says sensitive personal information is used only as 11 CCR §7027(m) permits')
  const limits = (model.policy.rights?.limits ?? []).find((l) => l.right === 'right-limit-spi')
  if (limits === undefined && region.rights.some((r) => r.key === 'right-limit-spi') && page.tables.has('rights')) return met('the rights table shows the right to limit')
  return missing('the page neither states that sensitive personal information is used only for the purposes of 11 CCR §7027(m) (a `rights.limits` entry for `right-limit-spi` whose description cites §7027(m)) nor shows the right to limit in `::table{of=rights}`', ['rights'])
}

/**
 * Civ. Code §1798.121, 11 CCR §7014: the "Limit the Use of My Sensitive Personal Information" link
 * lives in the site's header or footer, outside the notice; but 11 CCR §7014 exempts a business that uses
 * sensitive personal information only for the purposes of §7027(m), which the page can say.
 */
const limitLink: Evaluator = ({ model, page }) => {
  if (!collectedCategories(model).some((c) => c.item.sensitive === true)) return met('no category is marked `sensitive`')
  if (spiUseOnlyPermitted(model, page)) return met('no link is needed: the page says sensitive personal information is used only as 11 CCR §7027(m) permits (11 CCR §7014)')
  return notEvaluated('the link lives in the site header or footer, outside the notice')
}

/**
 * Civ. Code §1798.130(a)(2)(B): a request to know covers the 12 months before it and, on request,
 * personal information collected earlier, back to January 1, 2022. Met when the page says both.
 */
const lookback: Evaluator = ({ model, page }) => {
  if (!inEnglish(model)) return notInEnglish('the 12-month look-back')
  const twelve = /\b(12|twelve) months\b/.test(page.page)
  const since = /january 1, 2022|1 january 2022/.test(page.page)
  return check(twelve && since, `the page does not say that a request to know covers the 12 months before it and, if asked, data collected since January 1, 2022: say it in the California part of a section`)
}

/** Bus. & Prof. Code §22575(b)(3): how the operator tells consumers of material changes. Met by a section about changes that says how readers are told. */
const changeProcess: Evaluator = ({ model, page }) => {
  if (!inEnglish(model)) return notInEnglish('how changes are announced')
  const block = pageBlocks(page).find((b) => b.depth === 2 && /\b(change|update)/.test(b.title) && /\b(e-?mail (you|account holders|users)|notify|notification|tell you|inform you|contact you|let you know|banner|(prominent|visible) notice)\b/.test(b.text))
  return block ? met(`in "${block.title}"`) : missing('no section about changes to the notice says how readers are told of a material change (an email, a notice on the site): write one')
}

/**
 * APP 1.4(b): how personal information is held. Met by a sentence of the page that says where or in
 * what form it is held (OAIC APP Guidelines, chapter 1, 1.22: electronic or paper, and the systems).
 */
const howHeld: Evaluator = ({ model, page }) => {
  if (!inEnglish(model)) return notInEnglish('how data is held')
  const said = proseSentencesOnPage(page).some((words) => {
    const sentence = words.join(' ')
    return /\b(hold|holds|held|store|stores|stored|keep|kept)\b/.test(sentence) && /\b(electronic|electronically|paper|servers?|databases?|cloud|data cent(re|er)s?)\b/.test(sentence)
  })
  return check(said, 'the page does not say how personal information is held (in what form and where, for example "in electronic form on servers of our hosting provider"): say it in a section')
}

/**
 * IPP 3A (Privacy Act 2020 s.22, in force 1 May 2026): data collected from someone other than the
 * person needs the IPP 3 matters told to them. On the page: the categories table with its sources
 * column, for each category that comes from someone else.
 */
const indirectNotice: Evaluator = (context) => {
  const indirect = collectedCategories(context.model).map((c) => c.item).filter((c) => (c.sources ?? []).some((s) => s !== 'you' && s !== 'automatic' && s !== 'inferred'))
  if (indirect.length === 0) return met()
  return check(shown(context.page, ['categories', 'ccpa-categories'], indirect), `${noTable('categories')}, so it does not say which data comes from others and from whom`)
}

/**
 * LGPD Art 9 VI: the responsibilities of the agents that process the data. On the page: the
 * recipients table, which gives each recipient's role (processor, controller), and the page naming
 * the controller as such.
 */
const agentResponsibilities: Evaluator = (context) => {
  const shownRecipients = recipients(context)
  if (shownRecipients.status !== 'met') return shownRecipients
  return check(/\bcontroller\b|\bcontrolador\b/.test(context.page.page), 'the page never says who is the controller of the data: say it in a section')
}

/** GDPR Art 12(7): no standardised icons exist yet (no delegated act under Art 12(8)); the machine-readable part is the JSON-LD the page links to. */
const machineReadable: Evaluator = ({ page }) => check(page.page.includes('](policy.jsonld)'), 'the page does not link its JSON-LD')

/**
 * OPC, Guidelines for obtaining meaningful consent (2018), principle 1: emphasise what is collected,
 * with whom it is shared, and for what purposes, in layers. Met when the page shows the categories,
 * recipients and purposes tables and every section has a summary. The fourth element, the risks of
 * harm, is for a reader to judge.
 */
const meaningfulConsent: Evaluator = (context) => {
  const absent = ['categories', 'recipients', 'purposes'].filter((kind) => !context.page.tables.has(kind))
  if (absent.length > 0) return missing(`this page does not show ${absent.map((k) => `\`::table{of=${k}}\``).join(', ')}`)
  const unlayered = context.page.sections.filter((s) => !s.summary?.trim())
  return check(unlayered.length === 0, `not layered: ${ids(unlayered)} without \`summary\``)
}

/**
 * GDPR Art 13(1)(a) and its kin: the controller's identity. The page header names `controller.name`;
 * where the model gives a `legal-name`, the identity is that legal person, so the page must say it.
 */
const controllerIdentity: Evaluator = ({ model, page }) => {
  const { name, 'legal-name': legalName } = model.policy.controller
  const identity = legalName ?? name
  return pageSays(page, identity) ? met() : missing(`the page never names the controller as \`${identity}\`: say it in a section (\`controller.${legalName ? 'legal-name' : 'name'}\`)`, ['controller'])
}

/** The date the notice took effect, as the page header writes it ("Last updated …"). */
const dateLastUpdated: Evaluator = ({ model, page }) => {
  // A notice that states no date (`effective: not-stated`) discloses none, whatever the page prints.
  if (model.policy.effective === 'not-stated') return missing('`effective` is `not-stated`: the notice gives no date', ['effective'])
  const date = pageDate(model.policy.effective, model.policy.language)
  return pageSays(page, date) ? met() : missing(`the page does not show the date it took effect (${date})`, ['effective'])
}

/**
 * Bus. & Prof. Code §22575(b)(5): how the operator responds to Do Not Track signals. No table writes
 * `signals.do-not-track`, so the page's own words must name the signal.
 */
const dntResponse: Evaluator = (context) => {
  if (context.model.policy.signals?.['do-not-track'] === undefined) return field(() => undefined, 'signals.do-not-track')(context)
  if (!inEnglish(context.model)) return notInEnglish('the Do Not Track answer')
  // A sentence of the prose that names the signal and what is done with it (a category's examples naming it is no answer).
  const answered = proseSentencesOnPage(context.page).some((words) => {
    const sentence = words.join(' ')
    return /do not track|\bdnt\b/.test(sentence) && /\b(honou?r|honou?red|treat|ignore|ignored|respond|respect|act on)\b/.test(sentence)
  })
  return check(answered, '`signals.do-not-track` is in the data, but no sentence of the page says how Do Not Track signals are handled: say it in a section')
}

/**
 * Conn. Gen. Stat. §42-520(c) as amended by P.A. 25-113: whether personal data is used to train large
 * language models. No table writes `claims.llm-training`, so the page's own words must say it.
 */
const llmTraining: Evaluator = (context) => {
  if (context.model.policy.claims?.['llm-training'] === undefined) return field(() => undefined, 'claims.llm-training')(context)
  if (!inEnglish(context.model)) return notInEnglish('the statement on training large language models')
  return check(/large language models?|\bllms?\b/.test(context.page.page) && /\btrain/.test(context.page.page), '`claims.llm-training` is in the data, but no page text says whether personal data trains large language models: say it in a section')
}

/**
 * The officer's contact details on the page (GDPR Art 13(1)(b), Art 37(7); LGPD Art 41 §1: "clearly
 * and objectively"): its email or address in the model's words, as the channels table writes them.
 */
const dpoContact: Evaluator = ({ model, page }) => {
  const dpo = model.policy.dpo
  if (!dpo) return missing('no `dpo`')
  return showsAny(page, [dpo.email, dpo.address]) ? met() : missing('the page does not give the data protection officer\'s contact: show `::table{of=channels}` or write it in a section', ['dpo'])
}

/**
 * How each catalog element key is judged "met" from the model. Keys not listed here are shown
 * as "not evaluated": policyc says so rather than guess (layout duties, links in the site
 * header, processes that live outside the notice).
 */
export const EVALUATORS: Readonly<Record<string, Evaluator>> = {
  'controller-identity': controllerIdentity,
  'controller-contact': controllerContact,
  'privacy-contact': ({ model, page }) => {
    const { controller, dpo } = model.policy
    if (!(controller.email ?? controller.contact ?? dpo)) return missing('no `controller.email`, `controller.contact` or `dpo`')
    // The channels table shows `rights.channels`, so a channel's email or URL counts as well.
    const channels = (model.policy.rights?.channels ?? []).flatMap((c) => [c.email, c.url])
    return showsAny(page, [controller.email, controller.contact, dpo?.email, dpo?.address, ...channels]) ? met() : missing('the page shows no email or contact page for privacy questions', ['controller'])
  },
  representative,
  'dpo-contact': dpoContact,
  'data-categories': dataCategories,
  'sensitive-data-categories': sensitiveOnPage,
  'source-of-data': sources,
  'collection-means': sources,
  'collection-fact-and-circumstances': sources,
  'ccpa-source-categories': ccpaSources,
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
  'rights-free-of-charge': requestFact('fee'),
  'uk-right-complain-to-controller': requestFact('complaints'),
  'complaint-handling-process': requestFact('complaints'),
  'appeal-process': appealOnPage,
  'ccpa-verification-process': requestFact('verification'),
  'authorized-agent-instructions': californiaStatement((m) => m.policy.rights?.['authorized-agents'], 'rights.authorized-agents', (c, v) => (v.allowed ? c.agentsAllowed : c.agentsNotAllowed)),
  'automated-decision-making': automatedDecisions,
  'au-adm-kinds': automatedDecisions,
  'ccpa-admt-pre-use-notice': automatedDecisions,
  'cookies-and-similar-technologies': cookies,
  'qc-tracking-technologies': cookies,
  'caloppa-third-party-tracking': cookies,
  // NRS 603A.340(1)(d): whether third parties may collect covered information over time and across sites: the cookies table says who sets what.
  'nv-third-party-tracking': cookies,
  // NRS 603A.340(1)(c): how the operator tells consumers of material changes: the notice's `change-notice` promise.
  'nv-material-change-process': nevadaChangeProcess,
  'ca-shine-the-light': shineTheLight,
  'ca-minors-content-removal': minorsContentRemoval,
  'cookie-duration-and-third-party-access': cookieDetails,
  'date-last-updated': dateLastUpdated,
  'form-written-or-electronic': ({ page }) => check(pageBlocks(page).some((b) => b.depth === 2 && b.text.trim() !== ''), 'the page has no section with text'),
  'sale-and-targeted-ads-disclosure': saleDisclosure,
  'ccpa-categories-collected-12m': ({ page }) => check(ccpaRows(page).length === 12, noCcpaTable),
  'ccpa-categories-sold-shared-12m': ccpaSoldShared,
  'ccpa-third-parties-per-sold-shared-category': ccpaSoldSharedTo,
  'ccpa-purposes-sell-share': ({ model, page }) => check(page.tables.has('purposes') && model.policy.purposes.some((p) => p.sale === true || p.share === true), 'no purpose is marked `sale` or `share`, or no `::table{of=purposes}`'),
  'ccpa-minors-under-16-knowledge': californiaStatement((m) => m.policy.claims?.['minors-under-16'], 'claims.minors-under-16', (c, v) => (v === 'not-sold-or-shared' ? c.minorsNotSold : c.minorsOptIn)),
  'ccpa-categories-disclosed-business-purpose-12m': ccpaDisclosedTo,
  'ccpa-recipients-per-disclosed-category': ccpaDisclosedTo,
  'ccpa-categories-disclosed-to-service-providers-12m': recipientsList((role) => role === 'processor', 'categories'),
  'categories-shared-with-third-parties': recipientsList((role) => role !== 'processor', 'categories'),
  'ccpa-purposes-disclose': recipientsList(() => true, 'purposes'),
  'shared-use-and-purpose': recipientsList(() => true, 'purposes'),
  'caloppa-categories-and-third-parties': ({ page }) => check(page.tables.has('categories') || page.tables.has('ccpa-categories'), noTable('categories')),
  'opt-out-preference-signal-processing': (context) =>
    context.region.id === 'us-ca'
      ? californiaStatement((m) => m.policy.signals?.['global-privacy-control'], 'signals.global-privacy-control', (c, v) => (v === 'honored' ? c.gpcHonored : c.gpcIgnored))(context)
      : signalNamed(context),
  'opt-out-preference-signal': ({ model }) => check(model.policy.signals?.['global-privacy-control'] === 'honored', 'Global Privacy Control is not honoured (`signals.global-privacy-control`)'),
  'dnt-response': dntResponse,
  'ct-llm-training-statement': llmTraining,
  'tx-sensitive-sale-notice': texasNotice('sensitive'),
  'tx-biometric-sale-notice': texasNotice('biometric'),
  'form-concise-transparent': conciseForm,
  'right-object-prominent': rightObjectProminent,
  'do-not-sell-or-share-link': unevaluable('the link lives in the site header or footer, outside the notice'),
  'limit-spi-link': limitLink,
  'limit-spi-notice': sensitiveUse,
  'ccpa-spi-use-statement': sensitiveUse,
  'ccpa-practices-description': californiaPractices,
  'ccpa-notice-at-collection': californiaPractices,
  'ccpa-request-to-know-lookback': lookback,
  'caloppa-material-change-process': changeProcess,
  'au-how-held': howHeld,
  'indirect-collection-notice': indirectNotice,
  'br-agent-responsibilities': agentResponsibilities,
  'icons-machine-readable': machineReadable,
  'meaningful-consent-elements': meaningfulConsent,
  'opt-out-status-display': unevaluable('shown by the site when a request is processed, outside the notice'),
}

export function evaluatorFor(key: string): Evaluator {
  return EVALUATORS[key] ?? (() => notEvaluated('policyc cannot judge this element from the data; check it by reading the notice'))
}
