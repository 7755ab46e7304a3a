import { basisIn, categoryById, type Jurisdiction, type Purpose, type Recipient, type RetentionRule } from '../../resolve/model.js'
import type { SecurityMeasure } from '../../generated/policy.js'
import { basisValidIn, authorityFor, toolLabel, transferToolsFor } from '../../applicability/index.js'
import { transferPairs } from '../../variant/transfers.js'
import type { Variant } from '../../variant/variant.js'
import { citation, messages, rightName } from '../../i18n/index.js'
import { localWords, pageAuthorityName, pagePeriod, pageRegionName, pageWords } from '../locale-words.js'
import { pageLawLabel } from '../locale-words.js'
import { showsLegalBasis } from '../words.js'
import { CONTEXT, knownPrefix } from './context.js'
import { isDeclared } from '../../resolve/declared-region.js'
import { basisTerm, countryLocation, regionLocation, SAFEGUARD_TERM } from './terms.js'

type Node = Record<string, unknown>

export interface JsonLdOptions {
  /** Absolute URL of this variant's page, when `--base-url` is given. */
  pageUrl?: string | undefined
  /** Absolute URL of the policy's global page (region variants are based on it). */
  globalUrl?: string | undefined
}

/**
 * A variant as JSON-LD: a schema.org WebPage (also a DPV PrivacyNotice) published by the
 * controller, and one DPV 2.3 `dpv:Process` per purpose (per legal basis on the global page),
 * with its personal data, purpose, legal basis, recipients by role, storage duration,
 * jurisdiction and transfer safeguards. Only terms that exist are used; what DPV cannot name is
 * said in words (`dct:description`), never with an invented term. Those words are in the page's
 * language (`inLanguage`), like the page's own: names of regions, rights, authorities, safeguards
 * and retention periods come from the message catalogs. A law's title stays its official one.
 */
export function buildJsonLd(variant: Variant, options: JsonLdOptions = {}): Node {
  const { policy } = variant.model
  const controller = policy.controller
  const lang = policy.language
  const graph = new Graph()
  const processNodes = policy.purposes.flatMap((purpose) => processes(variant, purpose, graph))
  const page: Node = {
    ...(options.pageUrl ? { '@id': options.pageUrl, url: options.pageUrl } : {}),
    '@type': ['WebPage', 'dpv:PrivacyNotice'],
    name: variant.region ? `${policy.title} (${pageRegionName(variant.region, lang)})` : policy.title,
    inLanguage: policy.language,
    ...(policy.effective !== 'not-stated' ? { dateModified: policy.effective } : {}),
    ...(policy.version !== undefined ? { version: policy.version } : {}),
    ...(variant.region && options.globalUrl ? { isBasedOn: { '@id': options.globalUrl } } : {}),
    spatialCoverage: variant.regions.map((region) => place(region, lang)),
    publisher: { '@id': '_:controller' },
    'dpv:hasDataController': { '@id': '_:controller' },
    // Only the laws that apply to this page's readers (src/applicability), never another region's.
    'dpv:hasApplicableLaw': unique(variant.laws.flatMap(({ jurisdiction: r }) => r.laws.map((_, index) => lawRef(graph, r, index)))),
    'dpv:hasAuthority': unique([...variant.laws.flatMap(({ jurisdiction: r }) => authorityRef(graph, variant, r, lang)), ...noticeAuthorityRef(graph, variant)]),
    'dpv:hasRight': unique([...variant.regions.flatMap((r) => rightRefs(graph, r, lang)), ...statedRightRefs(graph, variant), ...listedRightRefs(graph, variant)]),
    'dpv:hasProcess': processNodes.map((node) => graph.ref(node)),
    // The security measures the notice states, each typed with its DPV terms (or by its kind) and described in its words.
    ...(policy['security-measures']?.length ? { 'dpv:hasTechnicalOrganisationalMeasure': policy['security-measures'].map((measure) => graph.ref(measureNode(measure))) } : {}),
    // A wider policy the notice adheres to (`parent-policy`): schema.org `citation`, a reference to another work, claims no more.
    ...(policy['parent-policy'] ? { citation: { '@type': 'CreativeWork', name: policy['parent-policy'].name, url: policy['parent-policy'].url } } : {}),
  }
  const organisation: Node = {
    '@id': '_:controller',
    '@type': ['Organization', 'dpv:DataController'],
    name: controller.name,
    ...(controller['legal-name'] ? { legalName: controller['legal-name'] } : {}),
    ...(controller.incorporated ? { foundingDate: controller.incorporated } : {}),
    ...(controller.website ? { url: controller.website } : {}),
    ...(controller.email ? { email: controller.email } : {}),
    ...(controller.phone ? { telephone: controller.phone } : {}),
    ...(controller.address ? { address: controller.address } : {}),
    ...(controller.country ? { 'dpv:hasCountry': { '@id': countryLocation(controller.country) } } : {}),
  }
  // The same nodes on every page of the policy (they read only the model), made once.
  for (const recipient of policy.recipients ?? []) graph.add(once(variant.model, recipient, () => recipientNode(recipient)))
  for (const rule of policy.retention ?? []) graph.add(once(variant.model, rule, () => retentionNode(rule, lang)))
  return { '@context': CONTEXT, '@graph': [page, organisation, ...graph.nodes] }
}

/** Nodes made from one part of a model, by model (a translation has its own words) and part; never changed once made. */
const nodesOf = new WeakMap<object, WeakMap<object, Node>>()

function once(model: object, part: object, make: () => Node): Node {
  let byPart = nodesOf.get(model)
  if (!byPart) nodesOf.set(model, (byPart = new WeakMap()))
  let node = byPart.get(part)
  if (!node) byPart.set(part, (node = make()))
  return node
}

/** The nodes of the document besides the page, each once, referenced by id wherever used. */
class Graph {
  readonly nodes: Node[] = []
  private readonly ids = new Set<string>()

  add(node: Node): void {
    const id = node['@id'] as string
    if (this.ids.has(id)) return
    this.ids.add(id)
    this.nodes.push(node)
  }

  ref(node: Node): Node {
    this.add(node)
    return { '@id': node['@id'] }
  }
}

function place(region: Jurisdiction, lang: string): Node {
  const name = pageRegionName(region, lang)
  if (region.codes.length > 1) return { '@type': 'Place', name }
  const code = region.codes[0]
  return { '@type': code.includes('-') ? 'AdministrativeArea' : 'Country', name, identifier: code }
}

/** A law: its DPV term, or a node of its own when DPV has none. */
function lawRef(graph: Graph, region: Jurisdiction, index: number): Node {
  const law = region.laws[index]!
  if (law.dpv && knownPrefix(law.dpv)) return { '@id': law.dpv }
  return graph.ref({ '@id': `_:law-${region.id}-${index}`, '@type': 'dpv:Law', 'dct:title': law.name, ...(law.url ? { url: law.url } : {}) })
}

/** The authority the page names for a law (src/applicability), or none: US enforcers, an EEA reader without a lead authority. */
function authorityRef(graph: Graph, variant: Variant, region: Jurisdiction, lang: string): Node[] {
  const authority = authorityFor(variant.model.policy, region)
  if (!authority) return []
  const dpv = authority.kind === 'own' ? region.authority?.dpv : undefined
  if (dpv && knownPrefix(dpv)) return [{ '@id': dpv }]
  // No DPV term (REGULATIONS.md §14): the authority's own website is its IRI.
  return [graph.ref({ '@id': authority.url, '@type': 'dpv:DataProtectionAuthority', 'dpv:hasName': pageAuthorityName(region, authority, lang), 'dpv:hasJurisdiction': { '@id': regionLocation(region) } })]
}

function rightRefs(graph: Graph, region: Jurisdiction, lang: string): Node[] {
  // English keeps the catalog's own names and citations; other languages name each right as that law does in them.
  // A declared region's rights (`declared-regions`) keep the policy's own names and citations.
  const local = localWords(lang) !== undefined && !isDeclared(region)
  return region.rights.map((right) => {
    if (right.dpv && knownPrefix(right.dpv)) return { '@id': right.dpv }
    // Rights outside the GDPR have no DPV terms (REGULATIONS.md §15.5): describe them.
    return graph.ref({
      '@id': `_:right-${region.id}-${right.key}`,
      '@type': 'dpv:DataSubjectRight',
      'dct:title': local ? rightName(region.id, right.key, lang) : right.name,
      'dct:description': local ? citation(right.citation, lang) : right.citation,
      // The region's main law; the others (regulations, cookie laws) add no right of their own here.
      'dpv:hasApplicableLaw': lawRef(graph, region, 0),
      'dpv:hasJurisdiction': { '@id': regionLocation(region) },
    })
  })
}

/**
 * The authority the notice itself names for every reader (`rights.authority`): stated on every page
 * that shows the rights, with no jurisdiction, since the notice ties it to none.
 */
function noticeAuthorityRef(graph: Graph, variant: Variant): Node[] {
  const authority = variant.model.policy.rights?.authority
  if (!authority) return []
  return [graph.ref({ '@id': authority.url, '@type': 'dpv:DataProtectionAuthority', 'dpv:hasName': authority.name })]
}

/**
 * The rights the notice lists itself (`rights.listed`), in its words: a `dpv:DataSubjectRight`
 * described by the law the notice names (words, not a law term: the notice's naming a law is no
 * finding that the law applies to the reader, so no `dpv:hasApplicableLaw`).
 */
function listedRightRefs(graph: Graph, variant: Variant): Node[] {
  return (variant.model.policy.rights?.listed ?? []).map((right) => {
    const law = [right.law, right.citation].filter(Boolean).join(' ')
    return graph.ref({ '@id': `_:listed-${right.right}${right.law ? `-${right.law.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : ''}`, '@type': 'dpv:DataSubjectRight', 'dct:title': right.name, ...(law ? { 'dct:description': law } : {}) })
  })
}

/**
 * Rights a policy states for a region beyond its main law's list, each where the page states it
 * (src/render/markdown/tables/rights.ts): California's "Shine the Light" request
 * (`rights.shine-the-light`, Civ. Code §1798.83, unless the business says it makes no such
 * disclosure) and minors' content removal (`children.content-removal`, Bus. & Prof. Code
 * §22581). Named by the catalog element that asks for them, with its citation.
 */
function statedRightRefs(graph: Graph, variant: Variant): Node[] {
  const { policy } = variant.model
  // The page's own labels for them, in its language, without the label's full stop.
  const w = (localWords(policy.language) ?? messages('en')).tables.rights
  const label = (words: string) => words.replace(/\.$/, '')
  const stated: { key: string; title: string; on: boolean }[] = [
    { key: 'ca-shine-the-light', title: label(w.shineTheLight), on: policy.rights?.['shine-the-light'] !== undefined && policy.rights['shine-the-light'].discloses !== 'no' },
    { key: 'ca-minors-content-removal', title: label(w.contentRemoval), on: policy.children?.['content-removal'] !== undefined },
  ]
  const out: Node[] = []
  for (const right of stated.filter((r) => r.on)) {
    const region = variant.regions.find((r) => r.elements.some((e) => e.key === right.key))
    const element = region?.elements.find((e) => e.key === right.key)
    if (!region || !element) continue
    out.push(graph.ref({ '@id': `_:right-${region.id}-${right.key}`, '@type': 'dpv:DataSubjectRight', 'dct:title': right.title, 'dct:description': element.citation, 'dpv:hasJurisdiction': { '@id': regionLocation(region) } }))
  }
  return out
}

/**
 * The processes of one purpose. A region page has one; the global page has one per distinct
 * legal basis, each with the regions that rely on it, so no basis is claimed where it does not apply.
 */
function processes(variant: Variant, purpose: Purpose, graph: Graph): Node[] {
  const groups = new Map<string, { regions: Jurisdiction[]; basis: Node | undefined }>()
  for (const region of variant.regions) {
    const basis = showsLegalBasis(region) ? basisNode(purpose, region, variant.model.policy.language) : undefined
    const key = JSON.stringify(basis ?? null)
    const group = groups.get(key) ?? { regions: [], basis }
    group.regions.push(region)
    groups.set(key, group)
  }
  const many = groups.size > 1
  return [...groups.values()].map((group, index) => processNode(variant, purpose, group.regions, group.basis, many ? `-${index + 1}` : '', graph))
}

function basisNode(purpose: Purpose, region: Jurisdiction, lang: string): Node | undefined {
  const basis = basisIn(purpose, region.id)
  // A purpose the notice maps no basis to (`bases-relied-on`) gets no basis node: none is claimed.
  if (basis === undefined) return undefined
  // A basis the region's law does not know is never claimed (no dpv:LegitimateInterest under PIPEDA).
  if (!basisValidIn(basis, region)) return undefined
  const term = basisTerm(basis, region)
  if (!term) return undefined
  if (basis === 'legitimate-interests' && purpose['legitimate-interest']) return { '@type': term, 'dct:description': purpose['legitimate-interest'] }
  if (basis === 'recognised-legitimate-interest') {
    const cited = 'UK GDPR Art 6(1)(ea)'
    return { '@type': term, 'dct:description': `${pageWords(lang).m.basis[basis]} (${localWords(lang) ? citation(cited, lang) : cited})` }
  }
  return { '@id': term }
}

/**
 * What a purpose's process says that reads only the model (issue 19, item 3): its personal data,
 * recipients by role, storage conditions and technologies, worked out once per policy rather than
 * for each page and each group of regions. Purposes are never changed after the model is built.
 */
interface PurposeFacts {
  recipients: Recipient[]
  personalData: Node[]
  processors: Node[]
  thirdParties: Node[]
  others: Node[]
  retention: Node[]
  technologies: Node[]
}

/** By model, then purpose: a translated model may share a purpose object but not its categories' labels or language. */
const purposeFacts = new WeakMap<object, WeakMap<Purpose, PurposeFacts>>()

function factsOf(variant: Variant, purpose: Purpose): PurposeFacts {
  let byPurpose = purposeFacts.get(variant.model)
  if (!byPurpose) purposeFacts.set(variant.model, (byPurpose = new WeakMap()))
  let facts = byPurpose.get(purpose)
  if (facts) return facts
  const { model } = variant
  const recipients = (model.policy.recipients ?? []).filter((r) => r.purposes?.includes(purpose.id))
  const byRole = (roles: readonly Recipient['role'][]) => recipients.filter((r) => roles.includes(r.role)).map((r) => ({ '@id': `_:recipient-${r.id}` }))
  const cookies = (model.policy.cookies ?? []).filter((c) => c.purpose === purpose.id)
  facts = {
    recipients,
    personalData: unique(purpose.categories.flatMap((id) => personalData(variant, id))),
    processors: byRole(['processor']),
    thirdParties: byRole(['third-party']),
    others: byRole(['affiliate', 'business-partner', 'oauth-client', 'other-users', 'authority', 'acquirer', 'public', 'customer-organisation', 'not-stated']),
    retention: (model.policy.retention ?? []).filter((rule) => rule.categories.some((id) => purpose.categories.includes(id))).map((rule) => ({ '@id': `_:retention-${rule.id}` })),
    // A device's advertising ID is no cookie and DPV 2.3 has no term for it: none is claimed.
    technologies: unique(cookies.filter((c) => c.technology !== 'mobile-advertising-id').map((c) => ({ '@id': c.technology === 'local-storage' || c.technology === 'local-shared-object' ? 'tech:LocalStorage' : 'tech:Cookie' }))),
  }
  byPurpose.set(purpose, facts)
  return facts
}

/** A purpose's transfer nodes by model, purpose and the page's laws (all they read besides the model); never changed once made. */
const transferNodes = new WeakMap<object, Map<string, Node[]>>()

function transfersOfPurpose(variant: Variant, purpose: Purpose, recipients: readonly Recipient[]): Node[] {
  let byLaws = transferNodes.get(variant.model)
  if (!byLaws) transferNodes.set(variant.model, (byLaws = new Map()))
  // Only exporting laws (with transfer rules) make transfers (transferPairs) or tools (transferToolsFor), so
  // only they are the key: the pages of regions without such a law share their nodes. Within one model a
  // jurisdiction id names one jurisdiction (as in tables/spec-once.ts), and a purpose id one purpose.
  const key = `${purpose.id}\u0000${variant.laws.filter((law) => law.jurisdiction.transfers).map((law) => law.jurisdiction.id).join(' ')}`
  let nodes = byLaws.get(key)
  if (nodes) return nodes
  const { model } = variant
  const { m, country: countryName } = pageWords(model.policy.language)
  // Each transfer tool is stated under the exporting law that recognises it, for the laws that apply
  // to this page's readers; only the EU's own tools have DPV terms (eu-gdpr:A46-2-c …).
  nodes = transferPairs(variant)
    .filter((t) => recipients.includes(t.recipient))
    .map(({ recipient, country }) => {
      const byLaw = transferToolsFor(recipient, country, variant.laws)
      const tools = byLaw.flatMap(({ law, tools }) => tools.map((tool) => ({ law, tool })))
      const claimed = unique(tools.filter(({ law, tool }) => law.id === 'eea' && SAFEGUARD_TERM[tool.mechanism]).map(({ tool }) => ({ '@id': SAFEGUARD_TERM[tool.mechanism]! })))
      const words = tools.map(({ law, tool }) => `${pageLawLabel(law, model.policy.language)}: ${toolLabel(law, tool, m.safeguard[tool.mechanism])} (${localWords(model.policy.language) ? citation(tool.citation, model.policy.language) : tool.citation})`)
      return {
        '@id': `_:transfer-${recipient.id}-${country}`,
        '@type': 'dpv:CrossBorderTransfer',
        'dpv:hasThirdCountry': { '@id': countryLocation(country) },
        'dpv:hasRecipient': { '@id': `_:recipient-${recipient.id}` },
        ...(words.length ? { 'dct:description': `${words.join('; ')} (${countryName(country)})` } : {}),
        ...(claimed.length ? { 'dpv:hasLegalBasis': claimed.length === 1 ? claimed[0] : claimed } : {}),
      }
    })
  byLaws.set(key, nodes)
  return nodes
}

function processNode(variant: Variant, purpose: Purpose, regions: readonly Jurisdiction[], basis: Node | undefined, suffix: string, graph: Graph): Node {
  const facts = factsOf(variant, purpose)
  const transfers = transfersOfPurpose(variant, purpose, facts.recipients).map((node) => graph.ref(node))
  return {
    '@id': `_:process-${purpose.id}${suffix}`,
    '@type': 'dpv:Process',
    'dct:title': purpose.label,
    ...(purpose.description ? { 'dct:description': purpose.description } : {}),
    'dpv:hasPurpose': purpose.dpv && knownPrefix(purpose.dpv) ? { '@id': purpose.dpv } : { '@type': 'dpv:Purpose', 'dct:description': purpose.label },
    'dpv:hasPersonalData': facts.personalData,
    ...(basis ? { 'dpv:hasLegalBasis': basis } : {}),
    'dpv:hasJurisdiction': regions.map((r) => ({ '@id': regionLocation(r) })),
    ...(facts.processors.length ? { 'dpv:hasDataProcessor': facts.processors } : {}),
    ...(facts.thirdParties.length ? { 'dpv:hasRecipientThirdParty': facts.thirdParties } : {}),
    ...(facts.others.length ? { 'dpv:hasRecipient': facts.others } : {}),
    ...(facts.retention.length ? { 'dpv:hasStorageCondition': facts.retention } : {}),
    ...(transfers.length ? { 'dpv:hasProcessing': transfers } : {}),
    ...(facts.technologies.length ? { 'dpv:isImplementedUsingTechnology': facts.technologies } : {}),
  }
}

function personalData(variant: Variant, id: string): Node[] {
  const category = categoryById(variant.model, id)
  if (!category) return []
  const terms = (category.dpv ?? []).filter(knownPrefix)
  if (terms.length) return terms.map((term) => ({ '@id': term }))
  return [{ '@type': category['special-category'] || category.sensitive ? 'dpv:SensitivePersonalData' : 'dpv:PersonalData', 'dct:title': category.label }]
}

function recipientNode(recipient: Recipient): Node {
  const type = recipient.role === 'processor' ? 'dpv:DataProcessor' : recipient.role === 'third-party' ? 'dpv:ThirdParty' : 'dpv:Recipient'
  return {
    '@id': `_:recipient-${recipient.id}`,
    '@type': type,
    'dpv:hasName': recipient.name,
    ...(recipient.description ? { 'dct:description': recipient.description } : {}),
    ...(recipient.countries?.length ? { 'dpv:hasCountry': recipient.countries.map((c) => ({ '@id': countryLocation(c) })) } : {}),
    ...(recipient['privacy-policy'] ? { url: recipient['privacy-policy'] } : {}),
  }
}

/** DPV's retention pattern (REGULATIONS.md §15.9): a StorageDuration with an ISO 8601 duration or an event. */
function retentionNode(rule: RetentionRule, lang: string): Node {
  const duration = rule.period.startsWith('P')
    ? { '@value': rule.period, '@type': 'xsd:duration' }
    : { '@type': rule.period === 'indefinite' ? 'dpv:IndeterminateDuration' : 'dpv:UntilEventDuration', 'dct:description': pagePeriod(rule, lang) }
  return {
    '@id': `_:retention-${rule.id}`,
    '@type': 'dpv:StorageDuration',
    // `not-stated`: the notice gives no period, so the graph states none (no guessed event or duration).
    ...(rule.period === 'not-stated' ? {} : { 'dpv:hasDuration': duration }),
    // `period-words` ("temporarily"): the notice's own words, never turned into a duration.
    ...(rule.reason || rule['period-words'] ? { 'dct:description': [rule['period-words'], rule.reason].filter((w) => w !== undefined).join('; ') } : {}),
  }
}

const MEASURE_KIND: Readonly<Record<NonNullable<SecurityMeasure['kind']>, string>> = {
  technical: 'dpv:TechnicalMeasure',
  organisational: 'dpv:OrganisationalMeasure',
  physical: 'dpv:PhysicalMeasure',
}

/** A stated security measure: its DPV terms where the data gives them, else its kind's, else DPV's generic measure. */
function measureNode(measure: SecurityMeasure): Node {
  const types = measure.dpv?.length ? [...measure.dpv] : [measure.kind ? MEASURE_KIND[measure.kind] : 'dpv:TechnicalOrganisationalMeasure']
  return { '@id': `_:measure-${measure.id}`, '@type': types.length === 1 ? types[0] : types, 'dct:description': measure.description }
}

/** Drops repeats (same JSON), keeping the first: several regions share one law or right term. */
function unique(nodes: readonly Node[]): Node[] {
  const seen = new Set<string>()
  return nodes.filter((node) => {
    const key = JSON.stringify(node)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
