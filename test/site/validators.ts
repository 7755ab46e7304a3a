import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import jsonld from 'jsonld'
import { lint } from 'markdownlint/promise'
import { fixtures, root } from '../helpers/paths.js'

/** Runs the W3C Nu HTML checker once over many files (one JVM start); returns its error messages. */
export function nuErrors(files: readonly string[]): Promise<string[]> {
  const jar = join(root, 'node_modules/vnu-jar/build/dist/vnu.jar')
  return new Promise((resolve, reject) => {
    execFile('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const text = [stdout, stderr].find((s) => s.trim().startsWith('{'))
      if (!text) return reject(error ?? new Error(`vnu printed no JSON: ${stderr}`))
      const report = JSON.parse(text) as { messages: { type: string; url?: string; lastLine?: number; message: string }[] }
      resolve(report.messages.filter((m) => m.type === 'error').map((m) => `${m.url}:${m.lastLine}: ${m.message}`))
    })
  })
}

/** The project's markdownlint configuration (.markdownlint.json): every rule but MD013, line length,
 * which one-sentence-per-line Markdown breaks by design. */
export const MARKDOWNLINT_CONFIG = { default: true, MD013: false }

/** markdownlint problems of Markdown strings, keyed by name. */
export async function markdownProblems(strings: Record<string, string>): Promise<string[]> {
  const results = await lint({ strings, config: MARKDOWNLINT_CONFIG })
  return Object.entries(results).flatMap(([name, errors]) =>
    errors.map((e) => `${name}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ''}${e.errorContext ? ` [${e.errorContext}]` : ''}`),
  )
}

/** Every term of DPV 2.3 (dpv, pd, eu-gdpr, legal-*, loc, tech), from the copy in test/fixtures/dpv/. */
export const DPV_TERMS: ReadonlySet<string> = new Set(
  readFileSync(join(fixtures, 'dpv/dpv-2.3-terms.tsv'), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split('\t')[0]!)
    .filter(Boolean),
)

/**
 * The schema.org terms policyc may emit (REGULATIONS.md §16 and the Organization/Place basics),
 * and the link from a page's short JSON-LD block to its full graph (https://schema.org/encoding,
 * MediaObject, contentUrl, encodingFormat; checked 2026-12-02), and a controller's
 * https://schema.org/foundingDate and a wider policy as https://schema.org/citation to a CreativeWork.
 */
export const SCHEMA_TERMS: ReadonlySet<string> = new Set(
  ['WebPage', 'Organization', 'Place', 'Country', 'AdministrativeArea', 'name', 'url', 'email', 'telephone', 'address', 'legalName', 'dateModified', 'inLanguage', 'spatialCoverage', 'identifier', 'publisher', 'isBasedOn', 'version', 'encoding', 'MediaObject', 'contentUrl', 'encodingFormat', 'foundingDate', 'citation', 'CreativeWork'].map(
    (t) => `https://schema.org/${t}`,
  ),
)

/** Other vocabulary terms: Dublin Core title and description, and the XML Schema duration datatype. */
const OTHER_TERMS: ReadonlySet<string> = new Set(['http://purl.org/dc/terms/title', 'http://purl.org/dc/terms/description', 'http://www.w3.org/2001/XMLSchema#duration'])

const VOCABULARIES = ['https://w3id.org/dpv', 'https://schema.org/', 'http://schema.org/', 'http://purl.org/dc/', 'http://www.w3.org/2001/XMLSchema#']

/** A document loader that refuses the network: the context must be inline. */
const offline = async (url: string): Promise<never> => {
  throw new Error(`JSON-LD tried to fetch ${url}`)
}

/**
 * Expands a JSON-LD document offline and returns the IRIs it uses that are not real terms: every
 * property and type must be a DPV 2.3, allowlisted schema.org or Dublin Core term; node ids may
 * also be blank nodes or web addresses outside those vocabularies (pages, authorities).
 */
export async function unknownIris(document: object): Promise<string[]> {
  const expanded = (await jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader: offline as never })) as unknown[]
  const problems = new Set<string>()
  const isTerm = (iri: string) => DPV_TERMS.has(iri) || SCHEMA_TERMS.has(iri) || OTHER_TERMS.has(iri)
  const checkTerm = (iri: string, what: string) => {
    if (!isTerm(iri)) problems.add(`${what} ${iri}`)
  }
  const checkId = (iri: string) => {
    if (iri.startsWith('_:')) return
    if (VOCABULARIES.some((v) => iri.startsWith(v))) return checkTerm(iri, 'node')
    if (!/^https?:\/\/[^/]+/.test(iri)) problems.add(`relative or odd IRI ${iri}`)
  }
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk)
    if (node === null || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    for (const [key, value] of Object.entries(record)) {
      if (key === '@id') checkId(value as string)
      else if (key === '@type') for (const type of [value].flat() as string[]) checkTerm(type, record['@value'] !== undefined ? 'datatype' : 'type')
      else if (key === '@value') continue
      else if (key.startsWith('@')) walk(value)
      else {
        checkTerm(key, 'property')
        walk(value)
      }
    }
  }
  walk(expanded)
  return [...problems].sort()
}

export interface Link {
  page: string
  href: string
}

/**
 * Links in the HTML and Markdown of a site that do not resolve: a relative path must name a file
 * of the site (a folder means its index.html), and a `#fragment` must be an id on the target page.
 * Markdown heading links are left to markdownlint (MD051), which knows GitHub's slugs.
 */
export function brokenLinks(out: string, files: readonly string[]): string[] {
  const ids = new Map<string, Set<string>>()
  const idsOf = (file: string) => {
    let found = ids.get(file)
    if (!found) {
      const html = readFileSync(join(out, file), 'utf8')
      found = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)))
      ids.set(file, found)
    }
    return found
  }
  const problems: string[] = []
  for (const page of files) {
    const text = readFileSync(join(out, page), 'utf8')
    const hrefs = page.endsWith('.html')
      ? [...text.matchAll(/\shref="([^"]*)"/g)].map((m) => decodeEntities(m[1]!))
      : page.endsWith('.md')
        ? [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!)
        : []
    for (const href of hrefs) {
      if (/^(https?|mailto|tel):/.test(href)) continue
      if (page.endsWith('.md') && href.startsWith('#')) continue
      const [path = '', fragment] = href.split('#')
      let target = path === '' ? page : path.startsWith('/') ? path.slice(1) : posix.normalize(posix.join(posix.dirname(page), path))
      if (target === '' || target === '.' || target.endsWith('/')) target = posix.join(target, 'index.html')
      if (target.startsWith('..') || !existsSync(join(out, target))) {
        problems.push(`${page}: ${href} → missing ${target}`)
        continue
      }
      if (fragment !== undefined && fragment !== '' && !idsOf(target).has(decodeURIComponent(fragment))) problems.push(`${page}: ${href} → no id "${fragment}" in ${target}`)
    }
  }
  return problems
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
}

