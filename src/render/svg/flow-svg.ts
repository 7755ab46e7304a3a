import type { Variant } from '../../variant/variant.js'
import { transfersOf } from '../../variant/transfers.js'
import { escapeHtml } from '../html/trusted-html.js'
import { capitalise, countryName, joinWords, SAFEGUARD_WORDS } from '../words.js'
import { localWords, pageTerms } from '../locale-words.js'
import { BOX_WIDTH, FLOW_LINE, FLOW_PAD, GAP, layoutFlow, type FlowBox, type FlowLayout } from './flow-layout.js'

/**
 * The data-flow picture as inline SVG: what flows from which categories to which purposes and on
 * to which recipients, each recipient with its country and transfer safeguard. It needs no script
 * and no external file; `<title>` and `<desc>` give its gist to screen readers, and the tables of
 * the page carry the same facts in full. Colours come from the page's CSS classes, so it follows
 * the light and dark themes; the presentation attributes are the fallback when CSS is off.
 */
export function flowSvg(variant: Variant): string {
  const layout = layoutFlow(variant.model)
  if (layout.columns[1].length === 0) return ''
  const terms = variant.terms['personal-data']
  const m = localWords(variant.model.policy.language)
  const local = m && pageTerms(variant.terms, variant.model.policy.language)
  const title = m && local ? m.flow.title(local) : `Where your ${terms} goes`
  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="flow" role="img" aria-labelledby="_flow-title _flow-desc" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">`,
    `<title id="_flow-title">${escapeHtml(title)}</title>`,
    `<desc id="_flow-desc">${escapeHtml(describe(variant, layout))}</desc>`,
  )
  const headers = m && local ? [m.flow.data(local), m.flow.purposes, m.flow.recipients] : [capitalise(terms), 'Purposes', 'Recipients']
  headers.forEach((header, index) => {
    out.push(`<text class="flow-head" x="${1 + index * (BOX_WIDTH + GAP)}" y="20" font-size="14" font-weight="bold" fill="#1a1a1a">${escapeHtml(header)}</text>`)
  })
  out.push('<g class="flow-edges" fill="none" stroke-width="1.2">')
  for (const edge of layout.edges) {
    const x1 = edge.from.x + BOX_WIDTH
    const y1 = edge.from.y + edge.from.height / 2
    const x2 = edge.to.x
    const y2 = edge.to.y + edge.to.height / 2
    const mid = (x1 + x2) / 2
    out.push(`<path class="flow-edge-${edge.column}" stroke="#6b7280" stroke-opacity="0.45" d="M${x1} ${y1}C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}"/>`)
  }
  out.push('</g>')
  layout.columns.forEach((column, index) => {
    for (const b of column) out.push(boxSvg(b, index))
  })
  out.push('</svg>')
  return out.join('\n')
}

const KINDS = ['flow-category', 'flow-purpose', 'flow-recipient']

function boxSvg(b: FlowBox, column: number): string {
  const lines = b.lines.map((line, i) => `<tspan x="${b.x + 10}" y="${b.y + FLOW_PAD + 12 + i * FLOW_LINE}">${escapeHtml(line)}</tspan>`)
  if (b.note) lines.push(`<tspan class="flow-note" x="${b.x + 10}" y="${b.y + FLOW_PAD + 11 + b.lines.length * FLOW_LINE}" font-size="11">${escapeHtml(b.note)}</tspan>`)
  return [
    `<g class="${KINDS[column]}${b.planned ? ' flow-planned' : ''}">`,
    `<title>${escapeHtml(b.title)}</title>`,
    `<rect x="${b.x}" y="${b.y}" width="${BOX_WIDTH}" height="${b.height}" rx="6" fill="#ffffff" stroke="#4b5563"${b.planned ? ' stroke-dasharray="4 3"' : ''}/>`,
    `<text font-size="13" fill="#1a1a1a">${lines.join('')}</text>`,
    '</g>',
  ].join('')
}

/** The picture in words: counts, and every transfer abroad with its safeguard. */
function describe(variant: Variant, layout: FlowLayout): string {
  const [categories, purposes, recipients] = layout.columns
  const parts = [
    `${count(categories.length, 'category', 'categories')} of ${variant.terms['personal-data']} ${categories.length === 1 ? 'is' : 'are'} used for ${count(purposes.length, 'purpose', 'purposes')} and shared with ${count(recipients.length, 'recipient', 'recipients')}.`,
  ]
  const abroad = transfersOf(variant.model)
  if (abroad.length) {
    const items = abroad.map(({ recipient, country }) => `${recipient.name} (${countryName(country)}, ${recipient.transfer ? SAFEGUARD_WORDS[recipient.transfer].toLowerCase() : 'no safeguard stated'})`)
    parts.push(`Recipients outside the controller's country: ${joinWords(items)}.`)
  }
  parts.push('The tables on this page list the same facts in full.')
  return parts.join(' ')
}


function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}
