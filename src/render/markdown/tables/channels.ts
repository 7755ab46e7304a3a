import type { PhrasingContent } from 'mdast'
import type { Channel } from '../../../resolve/model.js'
import { selectRegions } from '../../../variant/variants-of.js'
import { link, text } from '../phrasing.js'
import type { TableBuilder } from './table-spec.js'

/** `::table{of=channels}`: the ways to reach us that this variant's readers are offered. */
export const channelsTable: TableBuilder = (variant) => {
  const served = variant.model.regions.map((r) => r.id)
  const showRegions = !variant.region && variant.channels.some((c) => c.regions)
  const columns = ['Channel', 'How to reach us']
  if (showRegions) columns.push('For')
  return {
    caption: 'How to contact us and make a request',
    columns,
    rows: variant.channels.map((channel) => {
      const cells: PhrasingContent[][] = [[text(channel.label ?? channel.id)], reach(channel)]
      if (showRegions) {
        const names = channel.regions ? variant.model.regions.filter((r) => selectRegions(channel.regions!, served).includes(r.id)).map((r) => r.name) : []
        cells.push([text(names.length ? names.join(', ') : 'Everyone')])
      }
      return { entity: { kind: 'channel', id: channel.id }, cells }
    }),
    empty: 'No contact channels are listed.',
  }
}

function reach(channel: Channel): PhrasingContent[] {
  if (channel.email) return [link(`mailto:${channel.email}`, channel.email)]
  if (channel.url) return [link(channel.url)]
  if (channel.phone) return [link(`tel:${channel.phone.replace(/[^+0-9]/g, '')}`, channel.phone)]
  if (channel.address) return [text(channel.address.replace(/\s*\n\s*/g, ', '))]
  return [text(CHANNEL_WORDS[channel.type])]
}

const CHANNEL_WORDS: Record<Channel['type'], string> = {
  email: 'By email',
  'web-form': 'Through the form on our website',
  'account-settings': 'In your account settings',
  phone: 'By phone',
  postal: 'By post',
  support: 'Through our support team',
}
