import type { Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { describe, expect, it } from 'vitest'
import { checkPolicies } from '../../src/pipeline.js'
import { loadCatalog, type Jurisdiction } from '../../src/catalog/catalog.js'
import { buildJsonLd } from '../../src/render/jsonld/build-jsonld.js'
import { categoryName } from '../../src/render/markdown/tables/categories.js'
import { TABLES } from '../../src/render/markdown/tables/index.js'
import { headerAuthority } from '../../src/render/page-authority.js'
import type { PolicyModel } from '../../src/resolve/model.js'
import type { Variant } from '../../src/variant/variant.js'
import { variantsOf } from '../../src/variant/variants-of.js'
import { movedModel, movedPolicy } from './moved-controller.js'

/**
 * Every region page of both policies, with the controller moved to Ireland, the United Kingdom and
 * the United States: what policyc writes by itself (bases, transfer tools, sensitive marks, the
 * authority and the deadlines after the rights table, the header's authority, the JSON-LD) may
 * cite only laws that apply to that page's reader, and every "LAW: …" label must carry that law's
 * own articles. Editors' prose is not checked here: only the sentences policyc adds.
 */

const catalog = loadCatalog()

/** Every law short name the catalog knows, longest first (so "UK GDPR" is found before "GDPR"). */
const SHORTS = [...new Set(catalog.jurisdictions.flatMap((j) => j.laws.map((l) => l.short)))].sort((a, b) => b.length - a.length)

/** The jurisdictions whose laws carry a short name. */
function ownersOf(short: string): Jurisdiction[] {
  return catalog.jurisdictions.filter((j) => j.laws.some((l) => l.short === short))
}

/** The law short names a text cites, longest match first, each occurrence once. */
function lawsCited(text: string): string[] {
  const found: string[] = []
  let rest = text
  for (const short of SHORTS) {
    const pattern = new RegExp(`(?<![A-Za-z])${short.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'g')
    if (pattern.test(rest)) {
      found.push(short)
      rest = rest.replace(pattern, ' ')
    }
  }
  return found
}

/** Every citation string of the catalog's per-law facts, with the jurisdiction it belongs to. */
const FACT_CITATIONS: { citation: string; owner: string }[] = catalog.jurisdictions.flatMap((j) => [
  ...(j.deadline ? [j.deadline.citation] : []),
  ...Object.values(j.bases ?? {}),
  ...(j.transfers ? [j.transfers['adequacy-citation'], ...Object.values(j.transfers.mechanisms).map((m) => m.citation)] : []),
].map((citation) => ({ citation, owner: j.id })))

const cell = (nodes: readonly unknown[]) => toString({ type: 'paragraph', children: nodes } as Nodes)

/** The sentences and cells policyc writes by itself on one page. */
function generated(variant: Variant): string[] {
  const out: string[] = []
  const purposes = TABLES.purposes(variant)
  const basisColumn = purposes?.columns.length === 3 ? 2 : -1
  if (basisColumn > 0) for (const row of purposes!.rows) out.push(cell(row.cells[basisColumn]!).replace(/\. (Our interest|Ons belang): [\s\S]*$/, ''))
  const transfers = TABLES.transfers(variant)
  if (transfers && transfers.columns.length === 3) for (const row of transfers.rows) out.push(cell(row.cells[2]!))
  const recipients = TABLES.recipients(variant)
  for (const row of recipients?.rows ?? []) out.push(cell(row.cells[4]!))
  for (const category of variant.model.policy.categories) out.push(categoryName(category, variant).slice(category.label.length))
  const rights = TABLES.rights(variant)
  for (const block of rights?.after ?? []) out.push(toString(block as Nodes))
  for (const row of rights?.rows ?? []) out.push(cell(row.cells[1]!))
  const authority = headerAuthority(variant)
  if (authority) out.push(authority.name)
  return out.filter((text) => text.trim() !== '')
}

/** Problems on one page: a cited law that does not apply, or a label whose article is another law's. */
function problems(variant: Variant): string[] {
  const applicable = new Set(variant.laws.map((l) => l.jurisdiction.id))
  const applies = (short: string) => ownersOf(short).some((j) => applicable.has(j.id))
  const found: string[] = []
  for (const text of generated(variant)) {
    for (const short of lawsCited(text)) if (!applies(short)) found.push(`${variant.key}: cites ${short}, which does not apply: ${text}`)
    // Strip the articles of applicable laws first (longest first), so "UK GDPR Art 45" is not read as "GDPR Art 45".
    let rest = text
    for (const { citation } of [...FACT_CITATIONS].filter((c) => applicable.has(c.owner)).sort((a, b) => b.citation.length - a.citation.length)) rest = rest.replaceAll(citation, ' ')
    for (const { citation, owner } of FACT_CITATIONS) if (rest.includes(citation)) found.push(`${variant.key}: cites ${citation} (${owner}), which does not apply: ${text}`)
    // "UK GDPR: UK Addendum … (UK GDPR Art 46(2)(d); …)": each labelled part cites only its own law.
    for (const part of text.split(/; |(?<=\))\. /)) {
      const label = /^([A-Z][A-Za-z .]*?): (.+)$/.exec(part)
      if (!label || !SHORTS.includes(label[1]!)) continue
      const owners = new Set(ownersOf(label[1]!).map((j) => j.id))
      for (const cited of lawsCited(label[2]!.replace(/not stated|niet vermeld/g, ''))) {
        if (!ownersOf(cited).some((j) => owners.has(j.id))) found.push(`${variant.key}: labelled ${label[1]} but cites ${cited}: ${part}`)
      }
    }
  }
  const jsonld = JSON.stringify(buildJsonLd(variant))
  // eu-gdpr terms are the EU GDPR's articles: only where the GDPR applies to the reader.
  if (jsonld.includes('eu-gdpr:') && !applicable.has('eea')) found.push(`${variant.key}: JSON-LD uses eu-gdpr terms, but the GDPR does not apply`)
  if (variant.region?.id === 'ca' && !applicable.has('eea') && !applicable.has('uk') && jsonld.includes('dpv:LegitimateInterest')) found.push(`${variant.key}: JSON-LD claims legitimate interests under PIPEDA`)
  return found
}

const POLICIES = ['policies/acme', 'policies/xwms'] as const
const CONTROLLERS = ['IE', 'GB', 'US'] as const

describe.each(POLICIES)('%s with the controller moved', (policy) => {
  const models = new Map<string, Promise<PolicyModel>>()
  const model = (country: string) => {
    if (!models.has(country)) models.set(country, movedModel(policy, country))
    return models.get(country)!
  }

  it.each(CONTROLLERS)('to %s: every region page cites only the laws that apply to its reader, each fact labelled by its own law', async (country) => {
    const variants = variantsOf(await model(country)).filter((v) => v.region)
    expect(variants.length).toBeGreaterThan(5)
    expect(variants.flatMap(problems)).toEqual([])
  })

  it.each(CONTROLLERS)('to %s: the EEA page names the lead authority of an EEA establishment only, and every page leaves out the Dutch authority', async (country) => {
    const variants = variantsOf(await model(country)).filter((v) => v.region)
    const eea = variants.find((v) => v.key === 'eea')!
    const lead = headerAuthority(eea)
    if (country === 'IE') expect(lead).toEqual({ name: 'Data Protection Commission (Ireland)', url: 'https://www.dataprotection.ie/' })
    else expect(lead).toBeUndefined()
    const after = (TABLES.rights(eea)?.after ?? []).map((b) => toString(b as Nodes)).join('\n')
    // GDPR Art 77(1): the reader may complain in their own Member State; the EDPB lists every authority.
    expect(after).toContain('(GDPR Art 77(1))')
    expect(after).toContain('European Data Protection Board')
    for (const variant of variants) expect(generated(variant).join('\n')).not.toContain('Autoriteit Persoonsgegevens')
  })

  it.each(CONTROLLERS)('to %s: deadlines are stated per applicable law', async (country) => {
    const variants = variantsOf(await model(country)).filter((v) => v.region)
    const deadlines = (key: string) => {
      const variant = variants.find((v) => v.key === key)
      return variant ? (TABLES.rights(variant)?.after ?? []).map((b) => toString(b as Nodes)).join('\n') : undefined
    }
    expect(deadlines('eea')).toContain('GDPR: we must answer within 1 month (GDPR Art 12(3)), which may be extended by up to 2 months')
    expect(deadlines('uk')).toContain('UK GDPR: we must answer within 1 month (UK GDPR Art 12(3))')
    expect(deadlines('us-ca')).toContain('CCPA: we must answer within 45 days (Cal. Civ. Code §1798.130(a)(2)(A)), which may be extended by up to 45 days')
    expect(deadlines('nz')).toContain('Privacy Act 2020: we must answer within 20 working days (Privacy Act 2020 s.44(1))')
    // Only an EU establishment brings the GDPR's deadline to a Californian (GDPR Art 3(1)); a UK one brings the UK GDPR's.
    expect(deadlines('us-ca')!.includes('GDPR: we must answer within 1 month (GDPR Art 12(3))')).toBe(country === 'IE')
    expect(deadlines('us-ca')!.includes('UK GDPR: we must answer')).toBe(country === 'GB')
  })
})

describe('policies/xwms with the controller in the US', () => {
  it('marks no category sensitive on the Virginia page that the VCDPA does not list, and states no Canadian basis PIPEDA does not know', async () => {
    const model = await movedModel('policies/xwms', 'US')
    const variants = variantsOf(model)
    const virginia = variants.find((v) => v.key === 'us-va')
    if (virginia) {
      const payment = model.policy.categories.find((c) => c.sensitive && !c['special-category'] && !c['sensitive-kinds'])
      expect(payment).toBeDefined()
      expect(categoryName(payment!, virginia)).toBe(payment!.label)
    }
    const california = variants.find((v) => v.key === 'us-ca')!
    const sensitive = model.policy.categories.find((c) => c.sensitive)!
    expect(categoryName(sensitive, california)).toContain('(sensitive: CCPA')
    const canada = variants.find((v) => v.key === 'ca')!
    const bases = TABLES.purposes(canada)!.rows.map((row) => cell(row.cells[2]!))
    expect(bases.join('\n')).not.toContain('Legitimate interests')
  })
})

describe.each(POLICIES)('%s with the controller\'s country not stated', (policy) => {
  const checked = (async () => {
    const dir = movedPolicy(policy, undefined)
    const result = await checkPolicies([dir], { cwd: dir })
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
    return result
  })()

  it('applies each reader\'s own law only, and cites no other on any page', async () => {
    const model = (await checked).models[0]!
    expect(model.policy.controller.country).toBeUndefined()
    const variants = variantsOf(model).filter((v) => v.region)
    for (const variant of variants) expect(variant.laws.map((l) => `${l.jurisdiction.id}:${l.reaches.map((r) => r.kind).join('+')}`)).toEqual([`${variant.region!.id}:reader`])
    expect(variants.flatMap(problems)).toEqual([])
  })

  it('names no lead authority; the EEA page still sends readers to their own Member State (GDPR Art 77(1)) and the EDPB list', async () => {
    const variants = variantsOf((await checked).models[0]!).filter((v) => v.region)
    const eea = variants.find((v) => v.key === 'eea')!
    expect(headerAuthority(eea)).toBeUndefined()
    const after = (TABLES.rights(eea)?.after ?? []).map((b) => toString(b as Nodes)).join('\n')
    expect(after).toContain('(GDPR Art 77(1))')
    expect(after).toContain('European Data Protection Board')
    expect(after).not.toContain('GDPR Art 56(1)')
    // The page says plainly that the country is not stated (GDPR Art 13(1)(a)), never a guess.
    const transfers = TABLES.transfers(eea)
    expect((transfers?.after ?? []).map((b) => toString(b as Nodes)).join('\n')).toMatch(/does not state the country where .+ is established/)
  })

  it('warns that the establishment is not stated, with what that costs', async () => {
    const warnings = (await checked).diagnostics.filter((d) => d.ruleId === 'controller-establishment-not-stated')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.severity).toBe('warning')
    expect(warnings[0]!.reason).toContain('GDPR Art 13(1)(a)')
  })
})
