import fc from 'fast-check'
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import type { BlockContent, PhrasingContent, Root } from 'mdast'
import type { Category, Policy, Purpose, RetentionRule, Section } from '../../../src/generated/policy.js'

/**
 * Small generators of valid policies, typed against src/generated/policy.ts so a schema change
 * that drops or renames a field fails type-checking here. Enums are written out from the
 * generated types (TypeScript keeps no runtime list); `satisfies` makes sure every value is one.
 */
const REGIONS = ['eea', 'uk', 'ch', 'us-ca', 'us-va', 'ca', 'au', 'nz', 'br'] as const
const CCPA = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'] as const satisfies readonly NonNullable<Category['ccpa']>[]
const SOURCES = ['you', 'automatic', 'third-party', 'public'] as const satisfies readonly NonNullable<Category['sources']>[number][]
const BASES = ['consent', 'contract', 'legal-obligation', 'legitimate-interests'] as const satisfies readonly Purpose['basis'][]
const PERIODS = ['account-lifetime', 'until-consent-withdrawn', 'until-purpose-fulfilled', 'session', 'P30D', 'P6M', 'P7Y', 'PT1H'] as const satisfies readonly RetentionRule['period'][]
const THEN = ['delete', 'anonymize', 'review'] as const satisfies readonly NonNullable<RetentionRule['then']>[]
const TABLES = ['categories', 'purposes', 'retention'] as const

/** Text a legal editor might type, including Markdown and HTML punctuation and non-ASCII letters. */
const WORD = fc.stringMatching(/^[A-Za-zé中ß0-9]{1,8}$/)
const PUNCT = fc.constantFrom('.', ',', ':', ';', '!', '?', ' &', ' <', ' >', ' *', ' _', ' #', ' `x`', ' [y]', ' 1.', ' -', ' |', ' \\', ' "q"', " 'a'", ' 50%', ' €')
export const plainText = fc.array(fc.tuple(WORD, fc.option(PUNCT, { nil: '' })), { minLength: 1, maxLength: 8 }).map((parts) => parts.map(([w, p]) => w + p).join(' '))

const slugs = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}-${i + 1}`)

export const validPolicy: fc.Arbitrary<Policy> = fc
  .record({
    regions: fc.subarray([...REGIONS], { minLength: 1 }),
    categoryCount: fc.integer({ min: 1, max: 3 }),
    purposeCount: fc.integer({ min: 1, max: 2 }),
    title: plainText,
    summary: plainText,
    prose: fc.array(plainText, { minLength: 1, maxLength: 3 }),
    table: fc.constantFrom(...TABLES),
    labels: fc.array(plainText, { minLength: 3, maxLength: 3 }),
    ccpa: fc.array(fc.constantFrom(...CCPA), { minLength: 3, maxLength: 3 }),
    sources: fc.subarray([...SOURCES], { minLength: 1 }),
    bases: fc.array(fc.constantFrom(...BASES), { minLength: 2, maxLength: 2 }),
    period: fc.constantFrom(...PERIODS),
    then: fc.constantFrom(...THEN),
    version: fc.option(fc.stringMatching(/^[0-9]{1,2}\.[0-9]$/), { nil: undefined }),
  })
  .map((r) => {
    const categoryIds = slugs(r.categoryCount, 'cat')
    const categories: Category[] = categoryIds.map((id, i) => ({ id, label: r.labels[i]!, collected: true, ccpa: r.ccpa[i]!, sources: r.sources }))
    const purposes: Purpose[] = slugs(r.purposeCount, 'use').map((id, i) => ({ id, label: `Purpose ${i + 1}`, categories: categoryIds, basis: r.bases[i]! }))
    const body = [`${r.prose[0]} :ref{id=${categoryIds[0]}}.`, ...r.prose.slice(1), `::table{of=${r.table}}`].join('\n\n')
    const sections: [Section, ...Section[]] = [{ id: 'intro', title: r.title, summary: r.summary, body }]
    const policy: Policy = {
      id: 'generated',
      kind: 'privacy-notice',
      title: r.title,
      ...(r.version === undefined ? {} : { version: r.version }),
      effective: '2026-03-01',
      language: 'en',
      controller: { name: 'Example B.V.', email: 'privacy@example.com', country: 'NL' },
      regions: r.regions as [string, ...string[]],
      categories,
      purposes,
      retention: [{ id: 'keep', categories: [categoryIds[0]!, ...categoryIds.slice(1)], period: r.period, then: r.then }],
      sections,
    }
    return policy
  })

/** Hast trees with what an attacker would put in: dangerous tags, handlers, schemes, clobbering names. */
const TAGS = ['p', 'a', 'div', 'span', 'em', 'strong', 'code', 'table', 'td', 'h2', 'img', 'script', 'style', 'iframe', 'svg', 'form', 'input', 'details', 'caption', 'th']
const HREFS = ['https://a.example/', 'mailto:x@example.com', '#part', 'javascript:alert(1)', 'JaVaScRiPt:x', ' javascript:x', 'java\tscript:x', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', 'tel:+31', '/relative', 'x:y']
const attribute = fc.oneof(
  fc.tuple(fc.constant('href'), fc.constantFrom(...HREFS)),
  fc.tuple(fc.constantFrom('id', 'name'), fc.constantFrom('forms', 'location', 'cookie', 'x', 'user-content-y')),
  fc.tuple(fc.constantFrom('onClick', 'onError', 'onLoad', 'style', 'className', 'title', 'scope', 'tabIndex', 'src', 'ariaLabelledBy'), fc.constantFrom('alert(1)', 'x', 'table-wrap', 'row', '0')),
)
const { element: hastElement } = fc.letrec<{ element: Element; node: ElementContent }>((tie) => ({
  element: fc.record({
    tagName: fc.constantFrom(...TAGS),
    attributes: fc.array(attribute, { maxLength: 3 }),
    children: fc.array(tie('node'), { maxLength: 3 }),
  }).map(({ tagName, attributes, children }): Element => ({ type: 'element', tagName, properties: Object.fromEntries(attributes), children })),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.string({ maxLength: 6 }).map((value): ElementContent => ({ type: 'text', value })), tie('element')),
}))
export const hastTree = fc.array(hastElement, { minLength: 1, maxLength: 3 }).map((children): HastRoot => ({ type: 'root', children }))

/** Mdast a body or a page is made of (policyc's own nodes are lowered to these before writing). */
const phrasing: fc.Arbitrary<PhrasingContent> = fc.oneof(
  { weight: 4, arbitrary: plainText.map((value): PhrasingContent => ({ type: 'text', value })) },
  { weight: 1, arbitrary: plainText.map((value): PhrasingContent => ({ type: 'strong', children: [{ type: 'text', value }] })) },
  { weight: 1, arbitrary: plainText.map((value): PhrasingContent => ({ type: 'emphasis', children: [{ type: 'text', value }] })) },
  { weight: 1, arbitrary: WORD.map((value): PhrasingContent => ({ type: 'inlineCode', value })) },
  { weight: 1, arbitrary: fc.tuple(plainText, fc.constantFrom('https://a.example/x?y=1', '#section', 'mailto:a@example.com', 'index.html')).map(([value, url]): PhrasingContent => ({ type: 'link', url, children: [{ type: 'text', value }] })) },
)
// Phrasing nodes come separated by words, as in any parsed sentence: two code spans or two
// emphases written back to back have no Markdown of their own (`a``b` is one code span).
const paragraph = fc
  .array(phrasing, { minLength: 1, maxLength: 4 })
  .map((nodes): BlockContent => ({ type: 'paragraph', children: nodes.flatMap((node, i): PhrasingContent[] => (i === 0 ? [node] : [{ type: 'text', value: ' and ' }, node])) }))
const block: fc.Arbitrary<BlockContent> = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), plainText).map(([depth, value]): BlockContent => ({ type: 'heading', depth: depth as 1 | 2 | 3 | 4, children: [{ type: 'text', value }] })) },
  { weight: 1, arbitrary: fc.tuple(fc.boolean(), fc.array(paragraph, { minLength: 1, maxLength: 3 })).map(([ordered, items]): BlockContent => ({ type: 'list', ordered, spread: false, children: items.map((p) => ({ type: 'listItem', spread: false, children: [p] })) })) },
  { weight: 1, arbitrary: paragraph.map((p): BlockContent => ({ type: 'blockquote', children: [p] })) },
  { weight: 1, arbitrary: fc.array(fc.array(plainText, { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 3 }).map((rows): BlockContent => ({ type: 'table', align: [null, null], children: rows.map((cells) => ({ type: 'tableRow', children: cells.map((value) => ({ type: 'tableCell', children: [{ type: 'text', value }] })) })) })) },
)
export const mdastTree = fc.array(block, { minLength: 1, maxLength: 5 }).map((children): Root => ({ type: 'root', children }))
