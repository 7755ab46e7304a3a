import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Diagnostic } from '../../diagnostics/diagnostic.js'
import { formatDate, messages, regionName, supportedLocale } from '../../i18n/index.js'
import { footerWords, CSP } from '../../render/html/html-page.js'
import { DEFAULT_TEMPLATES, type TemplateSet } from '../../render/html/template-set.js'
import { trusted } from '../../render/html/trusted-html.js'
import { dateWords } from '../../render/words.js'
import type { PolicyModel } from '../../resolve/model.js'
import { GLOBAL, type Variant } from '../../variant/variant.js'
import { globalVariant, regionVariant } from '../../variant/variants-of.js'
import type { Change } from '../diff/change.js'
import { plainSentence, type PlainContext } from '../format/plain.js'
import { readVariant } from './reading.js'
import { redlineBody, type RedlineWords } from './redline-body.js'

/** Links from a redline page to the rest of the site; all unset for a page on its own (`policyc diff --format html`). */
export interface RedlineLinks {
  home?: string
  /** The assets folder; unset: the styles are inlined, so the file reads anywhere. */
  assets?: string
  /** The newer version's page for the same reader. */
  version?: string
  /** The changelog. */
  versions?: string
  json?: string
  /** The same redline for every other reader (global and each region). */
  regions?: readonly { key: string; href: string }[]
}

export interface RedlinePageOptions {
  /** The older and newer version (localized for a translated redline); one is unset when the policy is new or withdrawn. */
  before: PolicyModel | undefined
  after: PolicyModel | undefined
  /** The semantic diff between them (src/history/diff). */
  changes: readonly Change[]
  /** `global`, or a region id. */
  variant: string
  /** The page's language; the policy's own by default. */
  language?: string
  templates: TemplateSet
  links?: RedlineLinks
}

/** A variant of a model, or undefined when the model does not serve that region. */
export function variantOf(model: PolicyModel | undefined, key: string): Variant | undefined {
  if (!model) return undefined
  if (key === GLOBAL) return globalVariant(model)
  const region = model.regions.find((r) => r.id === key)
  return region ? regionVariant(model, region) : undefined
}

/** Subjects whose entities own a row in the page's tables (src/render/markdown/page-plan.ts): the row is their place. */
const ROW_KINDS = new Set(['category', 'purpose', 'recipient', 'retention', 'cookie', 'channel'])
const ROW_PREFIX = 'user-content-'

/**
 * Where a change is on the redline: the row of the thing changed, else its section, else the
 * "last updated" line or intro for the notice's own fields; undefined when this page shows it
 * nowhere (a recipient listed only on another region's page, a setting no text states).
 */
function placeOf(change: Change, ids: ReadonlySet<string>, after: PolicyModel | undefined): string | undefined {
  const candidates: string[] = []
  if (change.subject === 'section') candidates.push(change.id, ...(change.action === 'renamed' && typeof change.before === 'string' ? [change.before] : []))
  if (ROW_KINDS.has(change.subject)) candidates.push(`${ROW_PREFIX}${change.subject}-${change.id}`)
  if (change.subject === 'category' && after) {
    // How long a category is kept shows in the retention table, on the rules that cover it.
    for (const rule of after.policy.retention ?? []) if (rule.categories.includes(change.id)) candidates.push(`${ROW_PREFIX}retention-${rule.id}`)
  }
  if (change.subject === 'retention' && after) {
    for (const id of after.policy.retention?.find((r) => r.id === change.id)?.categories ?? []) candidates.push(`${ROW_PREFIX}category-${id}`)
  }
  if (change.subject === 'policy') candidates.push(change.field === 'intro' ? '_intro' : '_effective')
  return candidates.find((id) => ids.has(id))
}

/**
 * One redline page: the semantic changes in plain words, material first, each linked to its
 * place; below them the notice as this reader reads it with every change marked. Rendered with
 * the `redline.html` template; deterministic (no clock, sorted inputs).
 */
export function redlinePage(options: RedlinePageOptions): { html: string; diagnostics: Diagnostic[] } {
  const model = options.after ?? options.before!
  const language = options.language ?? model.policy.language
  const locale = supportedLocale(language) ?? 'en'
  const m = messages(locale)
  const w = m.changes
  const date = (iso: string | undefined) => (iso === undefined ? m.words.notStated : locale === 'en' ? dateWords(iso) : formatDate(iso, locale))
  const words: RedlineWords = {
    deletedStart: w.deletedStart,
    deletedEnd: w.deletedEnd,
    insertedStart: w.insertedStart,
    insertedEnd: w.insertedEnd,
    rowAdded: w.rowAdded,
    rowRemoved: w.rowRemoved,
    unchanged: w.unchanged,
    sectionAdded: w.sectionAdded,
    sectionRemoved: w.sectionRemoved,
    inShort: m.page.inShort,
    inShortLead: m.page.inShortLead,
    lastUpdated: m.page.lastUpdated,
  }
  const renamedSections = new Map(options.changes.filter((c) => c.subject === 'section' && c.action === 'renamed').map((c) => [String(c.before), c.id]))
  const before = variantOf(options.before, options.variant)
  const after = variantOf(options.after, options.variant)
  const body = redlineBody({
    before: before && readVariant(before),
    after: after && readVariant(after),
    renamedSections,
    dates: { before: date(options.before?.policy.effective), after: date(options.after?.policy.effective) },
    words,
  })
  const ctx: PlainContext = { from: options.before?.policy, to: options.after?.policy, language: locale }
  const ordered = [...options.changes.filter((c) => c.materiality === 'material'), ...options.changes.filter((c) => c.materiality === 'editorial')]
  const items = ordered.map((change) => {
    const place = placeOf(change, body.ids, options.after)
    return {
      kind: change.materiality,
      label: change.materiality === 'material' ? w.material : w.editorial,
      sentence: plainSentence(change, ctx),
      href: place === undefined ? null : `#${place}`,
      see: w.see,
      notOnPage: w.notOnPage,
      // The reasons are written by the classification rules, in English.
      reason: locale === 'en' ? change.reason : null,
    }
  })
  const readerName = options.variant === GLOBAL ? m.page.allRegions : safeRegionName(options.variant, locale, model)
  const links = options.links ?? {}
  const standalone = links.assets === undefined
  const style = standalone ? inlineStyle() : undefined
  const data = {
    lang: language,
    documentTitle: `${w.title(model.policy.title)} · ${readerName}`,
    csp: style ? CSP.replace("style-src 'self'", `style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`) : CSP,
    assets: links.assets ?? null,
    style: style ? trusted(style) : null,
    home: links.home ?? null,
    controller: model.policy.controller.name,
    title: w.title(model.policy.title),
    between: w.between(date(options.before?.policy.effective), date(options.after?.policy.effective)),
    forReaders: options.variant === GLOBAL ? w.forAll : w.forReaders(readerName),
    links: links.json || links.version || links.versions ? { version: links.version ?? null, versions: links.versions ?? null, json: links.json ?? null } : null,
    regions: links.regions?.length
      ? { label: m.page.region(readerName), nav: m.page.regionsNav, links: links.regions.map((r) => ({ name: r.key === GLOBAL ? m.page.allRegions : safeRegionName(r.key, locale, model), href: r.href, current: r.key === options.variant })) }
      : null,
    hasItems: items.length > 0,
    items,
    redline: trusted(body.html),
    words: {
      skip: w.skipToChanges,
      readVersion: w.readVersion,
      allVersions: w.allVersions,
      summaryHeading: w.summaryHeading,
      materialNote: w.materialNote,
      noChanges: w.noChanges,
      redlineHeading: w.redlineHeading,
      legend: w.legend,
    },
    footer: footerWords(language),
  }
  return options.templates.render('redline', data)
}

function safeRegionName(id: string, locale: string, model: PolicyModel): string {
  try {
    return regionName(id, locale)
  } catch {
    return model.regions.find((r) => r.id === id)?.name ?? id
  }
}

let inlined: string | undefined
/** policyc's own stylesheets in one `<style>` (print rules under `@media print`), for a redline read as a lone file. */
function inlineStyle(): string {
  inlined ??= [
    readFileSync(join(DEFAULT_TEMPLATES, 'assets', 'site.css'), 'utf8'),
    readFileSync(join(DEFAULT_TEMPLATES, 'assets', 'redline.css'), 'utf8'),
    `@media print {\n${readFileSync(join(DEFAULT_TEMPLATES, 'assets', 'print.css'), 'utf8')}}\n`,
  ].join('\n')
  return inlined
}
