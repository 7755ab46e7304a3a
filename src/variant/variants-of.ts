import type { Root } from 'mdast'
import { applicableLaws, type ApplicableLaw } from '../applicability/index.js'
import { matchRegions } from '../catalog/catalog.js'
import type { Jurisdiction, PolicyModel, Section } from '../resolve/model.js'
import { filterOnly } from './filter-only.js'
import { GLOBAL, OUTSIDE, type Variant, type VariantSection } from './variant.js'

/** Region ids a list of selectors (`us-ca`, `us-*`) picks out of the regions a policy serves. */
export function selectRegions(selectors: readonly string[], served: readonly string[]): string[] {
  const picked = new Set(selectors.flatMap((selector) => matchRegions(selector, served)))
  return served.filter((id) => picked.has(id))
}

/**
 * Every variant of a policy: the global one first, then one per region in the policy's order.
 * This is the variant stage's one entry point; it reads the model and never changes it.
 */
export function variantsOf(model: PolicyModel): Variant[] {
  // A notice that names no region has one page, for every reader, and it states no law.
  if (model.regions.length === 0) return [outsideVariant(model, GLOBAL)]
  const outside = model.policy['outside-page'] === true ? [outsideVariant(model, OUTSIDE)] : []
  return [globalVariant(model), ...model.regions.map((region) => regionVariant(model, region)), ...outside]
}

/**
 * Neutral words for a page no law's terminology governs: the GDPR's, the plainest English of the
 * catalog's terms, used only as words (headings, captions), never as a claim that the GDPR applies.
 */
const NO_LAW_TERMS = { 'personal-data': 'personal data', controller: 'controller', 'data-subject': 'data subject', 'sensitive-data': 'sensitive personal data' } as const

/**
 * The page for readers outside every listed region: the sections and `only` blocks that name no
 * region, the channels offered everywhere, and no law (so no rights table, authority, deadline or
 * legal basis: nothing a law requires is stated for readers no listed law protects).
 */
export function outsideVariant(model: PolicyModel, key: string = OUTSIDE): Variant {
  const none = () => false
  const sections: VariantSection[] = []
  model.policy.sections.forEach((section, index) => {
    if (section.regions) return
    sections.push({ section, index, tree: filterOnly(treeOf(model, section.id), none), regions: [], scoped: false })
  })
  const intro = model.prose.get('#intro')?.tree
  return {
    model,
    key,
    region: undefined,
    regions: [],
    sections,
    intro: intro && filterOnly(intro, none),
    terms: NO_LAW_TERMS,
    channels: (model.policy.rights?.channels ?? []).filter((channel) => !channel.regions),
    laws: [],
    outside: true,
  }
}

export function globalVariant(model: PolicyModel): Variant {
  const served = model.regions.map((r) => r.id)
  const sections: VariantSection[] = model.policy.sections.map((section, index) => ({
    section,
    index,
    tree: treeOf(model, section.id),
    regions: regionsOf(model, section),
    scoped: section.regions !== undefined && selectRegions(section.regions, served).length < served.length,
  }))
  return {
    model,
    key: GLOBAL,
    region: undefined,
    regions: model.regions,
    sections,
    intro: model.prose.get('#intro')?.tree,
    // The first region is the one the policy names first: its words are the notice's own.
    terms: model.regions[0]!.terminology,
    channels: model.policy.rights?.channels ?? [],
    laws: everyLaw(model),
  }
}

/**
 * A region's variant, made once per model and region: lint reads every region's page
 * (src/lint/variant-facts.ts) before the build renders the same pages, and with the very same
 * variant both share its page plan and expanded bodies (src/render/markdown/page-plan.ts) instead
 * of planning each page twice (issue 19). A variant is a pure function of the model and region,
 * and is never changed.
 */
export function regionVariant(model: PolicyModel, region: Jurisdiction): Variant {
  let byRegion = regionVariants.get(model)
  if (!byRegion) regionVariants.set(model, (byRegion = new WeakMap()))
  let variant = byRegion.get(region)
  if (!variant) byRegion.set(region, (variant = makeRegionVariant(model, region)))
  return variant
}

const regionVariants = new WeakMap<PolicyModel, WeakMap<Jurisdiction, Variant>>()

function makeRegionVariant(model: PolicyModel, region: Jurisdiction): Variant {
  const served = model.regions.map((r) => r.id)
  const keeps = (selectors: readonly string[]) => selectRegions(selectors, served).includes(region.id)
  const sections: VariantSection[] = []
  model.policy.sections.forEach((section, index) => {
    if (section.regions && !keeps(section.regions)) return
    sections.push({ section, index, tree: filterOnly(treeOf(model, section.id), keeps), regions: [region], scoped: false })
  })
  const intro = model.prose.get('#intro')?.tree
  return {
    model,
    key: region.id,
    region,
    regions: [region],
    sections,
    intro: intro && filterOnly(intro, keeps),
    terms: region.terminology,
    channels: (model.policy.rights?.channels ?? []).filter((channel) => !channel.regions || keeps(channel.regions)),
    laws: applicableLaws(model.policy, region),
  }
}

function treeOf(model: PolicyModel, key: string): Root {
  const prose = model.prose.get(key)
  if (!prose) throw new Error(`policyc: section \`${key}\` has no parsed body; resolve must parse every body`)
  return prose.tree
}

function regionsOf(model: PolicyModel, section: Section): Jurisdiction[] {
  if (!section.regions) return [...model.regions]
  const ids = selectRegions(section.regions, model.regions.map((r) => r.id))
  return model.regions.filter((r) => ids.includes(r.id))
}

/** Every law that applies to some reader the policy serves, each once. */
function everyLaw(model: PolicyModel): ApplicableLaw[] {
  const laws = new Map<string, ApplicableLaw>()
  for (const region of model.regions) {
    for (const law of applicableLaws(model.policy, region)) {
      const known = laws.get(law.jurisdiction.id)
      laws.set(law.jurisdiction.id, known ? { ...known, reaches: [...known.reaches, ...law.reaches.filter((r) => !known.reaches.some((k) => k.kind === r.kind))] } : law)
    }
  }
  return [...laws.values()]
}
