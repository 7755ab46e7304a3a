import type { PhrasingContent } from 'mdast'
import type { Channel } from '../../../resolve/model.js'
import { selectRegions } from '../../../variant/variants-of.js'
import { link, text } from '../phrasing.js'
import type { TableBuilder } from './table-spec.js'
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
  return {
    caption: w.caption,
    columns,
    rows: variant.channels.map((channel) => {
      const cells: PhrasingContent[][] = [[text(channel.label ?? channel.id)], reach(channel, m)]
      if (showRegions) {
        const names = channel.regions ? variant.model.regions.filter((r) => selectRegions(channel.regions!, served).includes(r.id)).map((r) => pageRegionName(r, lang)) : []
        cells.push([text(names.length ? names.join(', ') : m.words.everyone)])
      }
      return { entity: { kind: 'channel', id: channel.id }, cells }
    }),
    empty: w.empty,
  }
}

function reach(channel: Channel, m: Messages): PhrasingContent[] {
  if (channel.email) return [link(`mailto:${channel.email}`, channel.email)]
  if (channel.url) return [link(channel.url)]
  if (channel.phone) return [link(`tel:${channel.phone.replace(/[^+0-9]/g, '')}`, channel.phone)]
  if (channel.address) return [text(channel.address.replace(/\s*\n\s*/g, ', '))]
  return [text(m.channelType[channel.type])]
}
