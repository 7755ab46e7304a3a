import { formatDate, messages, supportedLocale } from '../../i18n/index.js'
import { dateWords } from '../../render/words.js'
import { escapeHtml } from './html.js'

/** One version on the timeline. */
export interface TimelinePoint {
  /** The effective date, YYYY-MM-DD. */
  date: string
  /** What it changed from the version before; `first` for the first version. */
  kind: 'material' | 'editorial' | 'first'
  /** Where the point links: the version's redline (or the first version's page). */
  href: string
}

const WIDTH = 720
const HEIGHT = 112
const PAD = 56
const AXIS = 52

function day(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number)
  return Date.UTC(y!, m! - 1, d!) / 86_400_000
}

/**
 * The version timeline of the changelog page: every version at its effective date on one axis, a
 * filled circle for material changes, an open circle for editorial ones, a square for the first
 * version, each a link to its redline. Static SVG: no script, no outside resource, colours from
 * the page's stylesheet (`currentColor`), so it follows dark mode and prints in black. Labels
 * alternate above and below the axis so close dates do not overlap.
 */
export function timelineSvg(points: readonly TimelinePoint[], language: string): string {
  const locale = supportedLocale(language) ?? 'en'
  const w = messages(locale).changes.timeline
  const dateText = (iso: string) => (locale === 'en' ? dateWords(iso) : formatDate(iso, locale))
  const first = points[0] ? day(points[0].date) : 0
  const last = points.at(-1) ? day(points.at(-1)!.date) : 0
  const span = Math.max(1, last - first)
  const x = (iso: string) => (points.length === 1 ? WIDTH / 2 : PAD + ((day(iso) - first) / span) * (WIDTH - 2 * PAD))
  const marks = points.map((point, index) => {
    const cx = Math.round(x(point.date) * 10) / 10
    const above = index % 2 === 1
    const kind = point.kind === 'material' ? w.material : point.kind === 'editorial' ? w.editorial : w.first
    const label = w.label(dateText(point.date), kind)
    const shape =
      point.kind === 'first'
        ? `<rect class="tl-first" x="${cx - 7}" y="${AXIS - 7}" width="14" height="14"/>`
        : `<circle class="tl-${point.kind}" cx="${cx}" cy="${AXIS}" r="${point.kind === 'material' ? 9 : 7}"/>`
    return `<a href="${escapeHtml(point.href)}" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>${shape}<text x="${cx}" y="${above ? AXIS - 18 : AXIS + 30}" text-anchor="middle">${escapeHtml(point.date)}</text></a>`
  })
  return `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="group" aria-labelledby="_timeline-title">
<title id="_timeline-title">${escapeHtml(w.title)}</title>
<line class="tl-axis" x1="${PAD / 2}" y1="${AXIS}" x2="${WIDTH - PAD / 2}" y2="${AXIS}"/>
${marks.join('\n')}
</svg>`
}
