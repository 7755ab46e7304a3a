import type { BlockContent, ListItem, PhrasingContent } from 'mdast'
import type { Jurisdiction, PolicyModel } from '../../../resolve/model.js'
import type { RightLimit } from '../../../generated/policy.js'
import { link, linkify, text } from '../phrasing.js'
import type { TableBuilder, TableRow } from './table-spec.js'

const SCOPE_WORDS: Record<RightLimit['scope'], string> = {
  full: 'In full',
  partial: 'In part',
  'account-deactivation-only': 'Only by deleting your account',
  'not-offered': 'Not offered',
}

/**
 * `::table{of=rights}`: the rights of the variant's region, named as its law names them, with the
 * citation and how far each goes in practice, followed by the supervisory authority. The global
 * page groups the same right under each name the laws give it.
 */
export const rightsTable: TableBuilder = (variant) => {
  const { model } = variant
  if (variant.region) {
    const region = variant.region
    return {
      caption: `Your rights under the ${lawNames(region)}`,
      columns: ['Right', 'Where in the law', 'In practice'],
      rows: region.rights.map((right) => ({ cells: [[text(right.name)], [text(right.citation)], practice(model, right.key)] })),
      empty: '',
      after: [authorityParagraph(region)],
    }
  }
  const groups = new Map<string, { name: string; key: string; regions: Jurisdiction[]; citations: string[] }>()
  for (const region of variant.regions) {
    for (const right of region.rights) {
      const id = `${right.key}\u0000${right.name}`
      const group = groups.get(id) ?? { name: right.name, key: right.key, regions: [], citations: [] }
      group.regions.push(region)
      if (!group.citations.includes(right.citation)) group.citations.push(right.citation)
      groups.set(id, group)
    }
  }
  const rows: TableRow[] = [...groups.values()].map((group) => ({
    cells: [[text(group.name)], [text(group.regions.map((r) => r.name).join(', '))], [text(group.citations.join('; '))], practice(model, group.key)],
  }))
  const items: ListItem[] = variant.regions.map((region) => ({
    type: 'listItem',
    spread: false,
    children: [{ type: 'paragraph', children: [text(`${region.name}: `), link(region.authority.url, region.authority.name)] }],
  }))
  return {
    caption: 'Your rights, as each law names them',
    columns: ['Right', 'Where it applies', 'Where in the law', 'In practice'],
    rows,
    empty: '',
    after: [
      { type: 'paragraph', children: [text('You can complain to the supervisory authority of your region:')] },
      { type: 'list', ordered: false, spread: false, children: items },
    ],
  }
}

function lawNames(region: Jurisdiction): string {
  const shorts = region.laws.map((law) => law.short)
  return shorts.length === 1 ? shorts[0]! : `${shorts.slice(0, -1).join(', ')} and ${shorts[shorts.length - 1]}`
}

function practice(model: PolicyModel, key: string): PhrasingContent[] {
  const limit = model.policy.rights?.limits?.find((l) => l.right === key)
  if (!limit) return [text('—')]
  return limit.description ? [text(`${SCOPE_WORDS[limit.scope]}: `), ...linkify(limit.description)] : [text(SCOPE_WORDS[limit.scope])]
}

function authorityParagraph(region: Jurisdiction): BlockContent {
  return {
    type: 'paragraph',
    children: [text('You can complain to the supervisory authority: '), link(region.authority.url, region.authority.name), text('.')],
  }
}
