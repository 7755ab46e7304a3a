import type { Variant } from '../../variant/variant.js'
import { transferPairs } from '../../variant/transfers.js'
import { safeguardWords } from '../transfer-words.js'
import { escapeHtml } from '../html/trusted-html.js'
import { pageList, tableWords } from '../locale-words.js'
import { BOX_WIDTH, FLOW_LINE, FLOW_PAD, GAP, layoutFlow, type FlowBox, type FlowLayout } from './flow-layout.js'

/**
 * The data-flow picture as inline SVG: what flows from which categories to which purposes and on
 * to which recipients, each recipient with its country and transfer safeguard. It needs no script
 * and no external file; `<title>` and `<desc>` give its gist to screen readers, and the tables of
 * the page carry the same facts in full. Colours come from the page's CSS classes, so it follows
 * the light and dark themes; the presentation attributes are the fallback when CSS is off.
 */
export function flowSvg(variant: Variant): string {
  return drawFlow(variant)?.svg ?? ''
}

/**
 * The picture as a file of its own, which every page of the policy that shows the same picture
 * links with `<img>` instead of carrying ~28 kB of SVG each (issue 19 item 4). An image's SVG does
 * not see the page's stylesheet, so the file carries the theme colours of `site.css` itself (light,
 * and dark when the reader's system is); `alt` is the picture's title and description, which the
 * inline picture gave screen readers through `aria-labelledby`.
 */
export interface FlowPicture {
  svg: string
  alt: string
  width: number
  height: number
}

export function flowPicture(variant: Variant): FlowPicture | undefined {
  const image = flowImage(variant)
  return image && { svg: image.svg, alt: flowAlt(variant, image.title), width: image.width, height: image.height }
}

/** The picture's file and title without its `alt`: they read only the model and the page's terms, never its laws. */
export function flowImage(variant: Variant): (Omit<FlowPicture, 'alt'> & { title: string }) | undefined {
  // Drawn without the description, which the file leaves out anyway.
  const drawn = drawFlow(variant, false)
  if (!drawn) return undefined
  // The description names each transfer's tools under the page readers' laws; in `alt` it still does, and
  // without it the file is the same for every region's page, so one file serves them all.
  const svg = drawn.svg
    .replace(/^(<svg[^>]*) aria-labelledby="_flow-title _flow-desc"([^>]*>)/, `$1$2\n<style>${FLOW_STYLE}</style>`)
    .replace(/\n<desc id="_flow-desc">[^<]*<\/desc>/, '')
  return { svg: `${svg}\n`, title: drawn.title, width: drawn.width, height: drawn.height }
}

/** The picture's `alt`: its title (from `flowImage`) and its description, which states the transfers under the page's laws. */
export function flowAlt(variant: Variant, title: string): string {
  return `${title}. ${describe(variant, layoutFlow(variant.model))}`
}

/** The `svg.flow` rules and colours of templates/assets/site.css, for the picture as an image. */
const FLOW_STYLE = [
  ':root{--fg:#1a1a1a;--muted:#4a4f57;--cat-fill:#eef4ff;--cat-stroke:#3b5bdb;--pur-fill:#fff6e5;--pur-stroke:#a86400;--rec-fill:#ecf8f1;--rec-stroke:#2b7a4b}',
  '@media (prefers-color-scheme:dark){:root{--fg:#e8eaed;--muted:#b4bac2;--cat-fill:#1a2540;--cat-stroke:#8aa4ff;--pur-fill:#33260f;--pur-stroke:#f0b55a;--rec-fill:#12301f;--rec-stroke:#6fd69b}}',
  'text,.flow-head{fill:var(--fg)}.flow-note{fill:var(--muted)}',
  '.flow-category rect{fill:var(--cat-fill);stroke:var(--cat-stroke)}.flow-purpose rect{fill:var(--pur-fill);stroke:var(--pur-stroke)}.flow-recipient rect{fill:var(--rec-fill);stroke:var(--rec-stroke)}',
  '.flow-edge-0{stroke:var(--cat-stroke)}.flow-edge-1{stroke:var(--rec-stroke)}',
].join('')

function drawFlow(variant: Variant, described = true): { svg: string; title: string; description: string; width: number; height: number } | undefined {
  const layout = layoutFlow(variant.model)
  if (layout.columns[1].length === 0) return undefined
  // Every word from the catalog of the page's language; in English those are words.ts's, unchanged.
  const { m, terms } = tableWords(variant.model.policy.language, variant.terms)
  const title = m.flow.title(terms)
  const description = described ? describe(variant, layout) : ''
  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="flow" role="img" aria-labelledby="_flow-title _flow-desc" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">`,
    `<title id="_flow-title">${escapeHtml(title)}</title>`,
    `<desc id="_flow-desc">${escapeHtml(description)}</desc>`,
  )
  const headers = [m.flow.data(terms), m.flow.purposes, m.flow.recipients]
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
  return { svg: out.join('\n'), title, description, width: layout.width, height: layout.height }
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
  const language = variant.model.policy.language
  const { m, terms, country } = tableWords(language, variant.terms)
  const [categories, purposes, recipients] = layout.columns
  const parts = [m.flow.counts({ categories: categories.length, purposes: purposes.length, recipients: recipients.length }, terms)]
  const abroad = transferPairs(variant)
  if (abroad.length) {
    const items = abroad.map(({ recipient, country: code }) => m.flow.transfer(recipient.name, country(code), safeguardWords(variant, recipient, code, m)))
    parts.push(m.flow.abroad(pageList(items, language)))
  }
  parts.push(m.flow.tablesNote)
  return parts.join(' ')
}
