import type { PhrasingContent } from 'mdast'
import type { Channel } from '../../../resolve/model.js'
import { selectRegions } from '../../../variant/variants-of.js'
import { link, text } from '../phrasing.js'
import type { TableBuilder, TableRow } from './table-spec.js'
import type { Variant } from '../../../variant/variant.js'
import type { Jurisdiction } from '../../../resolve/model.js'
import { citation } from '../../../i18n/index.js'
import type { Messages } from '../../../i18n/index.js'
import { pageRegionName, tableWords } from '../../locale-words.js'

/** `::table{of=channels}`: the ways to reach us that this variant's readers are offered. */
export const channelsTable: TableBuilder = (variant) => {
  const served = variant.model.regions.map((r) => r.id)
  const showRegions = !variant.region && variant.channels.some((c) => c.regions)
  const lang = variant.model.policy.language
  const { m } = tableWords(lang, variant.terms)
  const w = m.tables.channels
  const columns = [w.channel, w.howToReach]
  if (showRegions) columns.push(w.for)
  const rows: TableRow[] = [
    ...variant.channels.map((channel): TableRow => {
      const cells: PhrasingContent[][] = [[text(channel.label ?? channel.id)], reach(channel, m)]
      if (showRegions) {
        const names = channel.regions ? variant.model.regions.filter((r) => selectRegions(channel.regions!, served).includes(r.id)).map((r) => pageRegionName(r, lang)) : []
        cells.push([text(names.length ? names.join(', ') : m.words.everyone)])
      }
      return { entity: { kind: 'channel', id: channel.id }, cells }
    }),
    ...officerRows(variant, m, showRegions),
  ]
  // The notice's promise to answer every reader's requests, whatever law applies where they live (`rights.regardless-of-residence`).
  const everyReader = variant.model.policy.rights?.['regardless-of-residence'] === true
  return { caption: w.caption, columns, rows, empty: w.empty, ...(everyReader ? { after: [{ type: 'paragraph', children: [text(m.words.regardlessOfResidence)] }] } : {}) }
}

/**
 * The data protection officer and the representatives, after the channels: only what the model
 * states (`dpo`, `representatives`), each labelled with the law of this page that asks a notice
 * for that contact (the catalog's `dpo-contact` and `representative` elements: GDPR and UK GDPR
 * Art 13(1)(a)-(b), Art 27, Art 37(7); FADP Art 10(3)(d), Art 14; PIPEDA Sch. 1, 4.1.2; Québec
 * s.3.1; LGPD Art 41 §1). The officer is a fact of the policy, so every page shows it (GDPR Art
 * 38(4): anyone may contact the officer), citing a law only where one asks for it; a representative
 * acts for one region (GDPR Art 27(4)), so only that region's page and the global page show it.
 */
function officerRows(variant: Variant, m: Messages, showRegions: boolean): TableRow[] {
  const { policy } = variant.model
  const lang = policy.language
  const regions = variant.region ? [variant.region] : variant.regions
  const citeOf = (key: string, among: readonly Jurisdiction[]) => {
    const cited = [...new Set(among.flatMap((r) => r.elements.filter((e) => e.key === key).map((e) => citation(e.citation, lang))))]
    return cited.length > 0 ? cited.join('; ') : undefined
  }
  const w = m.tables.channels
  const rows: TableRow[] = []
  if (policy.dpo) {
    const cite = citeOf('dpo-contact', regions)
    const cells: PhrasingContent[][] = [[text(cite ? `${w.dpo} (${cite})` : w.dpo)], contact(policy.dpo.name, policy.dpo.email, policy.dpo.address)]
    if (showRegions) cells.push([text(m.words.everyone)])
    rows.push({ cells })
  }
  for (const representative of policy.representatives ?? []) {
    const region = regions.find((r) => r.id === representative.region)
    if (!region) continue
    const cite = citeOf('representative', [region])
    const where = pageRegionName(region, lang)
    const cells: PhrasingContent[][] = [[text(w.representative(cite ? `${where}, ${cite}` : where))], contact(representative.name, representative.email, representative.address)]
    if (showRegions) cells.push([text(where)])
    rows.push({ cells })
  }
  return rows
}

/** A contact as the model states it: name, email (a link), postal address; nothing else is said. */
function contact(name: string | undefined, email: string | undefined, address: string | undefined): PhrasingContent[] {
  const parts: PhrasingContent[][] = []
  if (name) parts.push([text(name)])
  if (email) parts.push([link(`mailto:${email}`, email)])
  if (address) parts.push([text(address.replace(/\s*\n\s*/g, ', '))])
  return parts.flatMap((part, i) => (i === 0 ? part : [text('; '), ...part]))
}

function reach(channel: Channel, m: Messages): PhrasingContent[] {
  if (channel.email) return [link(`mailto:${channel.email}`, channel.email)]
  if (channel.url) return [link(channel.url)]
  if (channel.phone) return [link(`tel:${channel.phone.replace(/[^+0-9]/g, '')}`, channel.phone)]
  if (channel.address) return [text(channel.address.replace(/\s*\n\s*/g, ', '))]
  return [text(m.channelType[channel.type])]
}
