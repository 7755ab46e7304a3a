/**
 * The scan report page, `<out>/<policy>/scan/`: index.html (through the path every notice body
 * takes: mdast → sanitized HTML → the `document` template, so everything the site sent is escaped
 * text), index.md (the same tree as Markdown) and scan.json (observations and findings). The bytes
 * depend only on the observations, the comparison and the templates: no clock, sorted rows.
 */
import type { PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { formatPlace, type Diagnostic } from '../diagnostics/diagnostic.js'
import type { TemplateSet } from '../render/html/template-set.js'
import type { PolicyModel } from '../resolve/model.js'
import { documentPage } from '../site/document-page.js'
import type { ScanComparison } from './compare.js'
import { describeLifetime } from './match.js'
import type { ScanObservations, Seen } from './observations.js'

export interface ScanReportFiles {
  files: { path: string; content: string }[]
  diagnostics: Diagnostic[]
}

export function scanFolder(policyId: string): string {
  return `${policyId}/scan/`
}

export function renderScanReport(model: PolicyModel, observations: ScanObservations, comparison: ScanComparison, templates: TemplateSet): ScanReportFiles {
  const id = model.policy.id
  const folder = scanFolder(id)
  const tree = reportTree(observations, comparison)
  const title = `Scan of ${observations.start}`
  const description = `What the site did in headless Chromium on ${count(observations.pages.length, 'page')}, compared with ${model.policy.title}.`
  // The page's template gives the title and description; the Markdown carries them itself.
  const markdown = unified()
    .use(remarkGfm)
    .use(remarkStringify)
    .stringify({ type: 'root', children: [{ type: 'heading', depth: 1, children: [text(title)] }, paragraph(description), ...tree.children] })
  const page = documentPage(templates, model, { folder, title, description, tree, kind: 'scan', json: 'scan.json' })
  const json = { format: 'policyc-scan-report/1', policy: id, region: comparison.region ?? null, findings: comparison.diagnostics, notes: comparison.notes, observations }
  return {
    files: [
      { path: `${folder}index.html`, content: page.html },
      { path: `${folder}index.md`, content: markdown },
      { path: `${folder}scan.json`, content: `${JSON.stringify(json, null, 2)}\n` },
    ],
    diagnostics: page.diagnostics,
  }
}

function reportTree(observations: ScanObservations, comparison: ScanComparison): Root {
  const children: RootContent[] = []
  children.push(heading(`Findings (${comparison.diagnostics.length})`))
  if (comparison.diagnostics.length === 0) children.push(paragraph('The site did what the notice says on every point checked.'))
  else children.push(table(['Where to change', 'Finding', 'Rule'], comparison.diagnostics.map((d) => [code(formatPlace(d)), text(d.hint ? `${d.reason}. ${d.hint}` : d.reason), code(d.ruleId)])))
  if (comparison.notes.length > 0) {
    children.push(heading('Notes'))
    children.push({ type: 'list', ordered: false, spread: false, children: comparison.notes.map((note) => ({ type: 'listItem', spread: false, children: [paragraph(note)] })) })
  }
  const passes = observations.passes
  const seenColumns = passes.map(passLabel)
  children.push(heading(`Cookies (${observations.cookies.length})`))
  if (observations.cookies.length > 0) {
    children.push(
      table(
        ['Name', 'Domain', 'Party', 'Lifetime', ...seenColumns, 'First seen on'],
        observations.cookies.map((c) => [code(c.name), code(c.domain), text(c.party), text(describeLifetime(c.lifetime)), ...seenCells(c.seen, passes), code(c.page)]),
      ),
    )
  }
  children.push(heading(`Web storage (${observations.storage.length})`))
  if (observations.storage.length > 0) {
    children.push(table(['Key', 'Area', ...seenColumns, 'First seen on'], observations.storage.map((s) => [code(s.key), text(`${s.area}Storage`), ...seenCells(s.seen, passes), code(s.page)])))
  }
  children.push(heading(`Third-party hosts (${observations.hosts.length})`))
  if (observations.hosts.length > 0) {
    children.push(table(['Host', ...seenColumns, 'First seen on'], observations.hosts.map((h) => [code(h.host), ...seenCells(h.seen, passes), code(h.page)])))
  }
  children.push(heading(`Pages (${observations.pages.length})`))
  children.push(table(['Page', 'Result'], observations.pages.map((p) => [code(p.url), text(typeof p.status === 'number' ? `HTTP ${p.status}` : p.status === 'download' ? 'a download: refused' : 'did not load')])))
  if (observations.skipped.length > 0) {
    children.push(heading(`Links not followed (${observations.skipped.length})`))
    children.push(table(['Link', 'Why'], observations.skipped.map((s) => [code(s.url), text(s.reason)])))
  }
  const settings = [`at most ${count(observations.limits.pages, 'page')} a visit`]
  if (observations.consent) settings.push(`consent given by clicking \`${observations.consent.selector}\``)
  if (observations.limits.reached.length > 0) settings.push(`stopped early by the ${observations.limits.reached.join(', ')} limit`)
  children.push(heading('How the site was visited'))
  children.push(paragraph(`Visits: ${passes.map(passLabel).join('; ')}. Settings: ${settings.join('; ')}.`))
  return { type: 'root', children }
}

function passLabel(pass: string): string {
  return pass === 'before-consent' ? 'Before consent' : pass === 'after-consent' ? 'After consent' : 'With GPC'
}

function seenCells(seen: Seen, passes: readonly string[]): PhrasingContent[] {
  return passes.map((pass) => text(seen[pass as keyof Seen] ? 'yes' : 'no'))
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function heading(value: string): RootContent {
  return { type: 'heading', depth: 2, children: [text(value)] }
}

function paragraph(value: string): RootContent & { type: 'paragraph' } {
  return { type: 'paragraph', children: [text(value)] }
}

function text(value: string): PhrasingContent {
  return { type: 'text', value }
}

function code(value: string): PhrasingContent {
  return { type: 'inlineCode', value }
}

function table(header: string[], rows: PhrasingContent[][]): Table {
  const row = (cells: PhrasingContent[]) => ({ type: 'tableRow' as const, children: cells.map((cell): TableCell => ({ type: 'tableCell', children: [cell] })) })
  return { type: 'table', align: header.map(() => null), children: [row(header.map(text)), ...rows.map(row)] }
}
