import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { diagnose, type Diagnostic } from '../../diagnostics/diagnostic.js'
import { packagePath } from '../../package-root.js'
import { compileTemplate, renderTemplate, type Template } from './template.js'

/** The pages every template folder must have. */
export const PAGE_TEMPLATES = ['page', 'index', '404'] as const
/**
 * Pages added after template folders were first copied out: a folder without one gets policyc's
 * own, so a project's older copy of the templates keeps building.
 */
export const OPTIONAL_TEMPLATES = ['document', 'redline'] as const
export type PageTemplate = (typeof PAGE_TEMPLATES)[number] | (typeof OPTIONAL_TEMPLATES)[number]

/** A file copied as-is into the site's `assets/` folder. */
export interface Asset {
  path: string
  content: Buffer
}

export interface TemplateSet {
  render(name: PageTemplate, data: object): { html: string; diagnostics: Diagnostic[] }
  /** The files of `assets/`, copied into the site's `assets/`. */
  readonly assets: readonly Asset[]
  /** `404.css`, which the 404 page inlines: it is served at any depth, where relative links break. */
  readonly notFoundStyle: string
}

export interface LoadedTemplates {
  templates: TemplateSet | undefined
  diagnostics: Diagnostic[]
}

/** The templates shipped with policyc. */
export const DEFAULT_TEMPLATES = packagePath('templates')

/**
 * Reads a template folder once per build: `page.html`, `index.html`, `404.html`, partials
 * `_name.html`, `404.css`, and everything under `assets/`. Problems are diagnostics at the template's place.
 */
export function loadTemplates(folder: string = DEFAULT_TEMPLATES, cwd: string = process.cwd()): LoadedTemplates {
  const diagnostics: Diagnostic[] = []
  const shown = (file: string) => relative(cwd, file) || file
  const pages = new Map<string, Template>()
  const partials = new Map<string, Template>()
  let names: string[]
  try {
    names = readdirSync(folder).sort()
  } catch {
    return { templates: undefined, diagnostics: [diagnose({ file: shown(folder), start: { line: 1, column: 1 } }, { ruleId: 'template-missing', source: 'render', reason: 'Cannot read the templates folder' })] }
  }
  for (const name of names.filter((n) => n.endsWith('.html'))) {
    const file = join(folder, name)
    const compiled = compileTemplate(readFileSync(file, 'utf8'), shown(file))
    diagnostics.push(...compiled.diagnostics)
    if (!compiled.template) continue
    if (name.startsWith('_')) partials.set(name.slice(1, -'.html'.length), compiled.template)
    else pages.set(name.slice(0, -'.html'.length), compiled.template)
  }
  for (const page of PAGE_TEMPLATES) {
    if (!pages.has(page) && !diagnostics.some((d) => d.file === shown(join(folder, `${page}.html`)))) {
      diagnostics.push(diagnose({ file: shown(join(folder, `${page}.html`)), start: { line: 1, column: 1 } }, { ruleId: 'template-missing', source: 'render', reason: `Missing template \`${page}.html\``, hint: 'Copy it from policyc\'s own templates/ folder.' }))
    }
  }
  for (const page of OPTIONAL_TEMPLATES) {
    if (pages.has(page) || diagnostics.length) continue
    const file = join(DEFAULT_TEMPLATES, `${page}.html`)
    const compiled = compileTemplate(readFileSync(file, 'utf8'), shown(file))
    diagnostics.push(...compiled.diagnostics)
    if (compiled.template) pages.set(page, compiled.template)
  }
  const assets = readAssets(join(folder, 'assets'))
  if (diagnostics.length) return { templates: undefined, diagnostics }
  return {
    templates: {
      render: (name, data) => renderTemplate(pages.get(name)!, data, partials),
      assets,
      notFoundStyle: readOptional(join(folder, '404.css')),
    },
    diagnostics,
  }
}

function readAssets(folder: string, prefix = ''): Asset[] {
  let names: string[]
  try {
    names = readdirSync(folder).sort()
  } catch {
    return []
  }
  return names.flatMap((name) => {
    const file = join(folder, name)
    if (statSync(file).isDirectory()) return readAssets(file, `${prefix}${name}/`)
    return [{ path: `${prefix}${name}`, content: readFileSync(file) }]
  })
}

function readOptional(file: string): string {
  try {
    return readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}
