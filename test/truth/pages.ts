import { FragmentCache } from '../../src/render/fragment-cache.js'
import { loadTemplates } from '../../src/render/html/template-set.js'
import { renderVariant } from '../../src/render/render-variant.js'
import { variantsOf } from '../../src/variant/variants-of.js'
import { loadModel } from '../render/render-helpers.js'

/** Every page of a policy as Markdown, keyed by variant (`global` or the region id), rendered as `build` renders them. */
export async function markdownPages(path: string): Promise<Map<string, string>> {
  const model = await loadModel(path)
  const templates = loadTemplates().templates!
  const cache = new FragmentCache()
  const pages = new Map<string, string>()
  for (const variant of variantsOf(model)) {
    pages.set(variant.key, renderVariant(variant, { templates, cache, links: { home: 'index.html', assets: 'assets/', variants: [] } }).markdown)
  }
  return pages
}

/** The Markdown table row (one line) whose first cell starts with `name`, or undefined. */
export function row(page: string, name: string): string | undefined {
  return page.split('\n').find((line) => line.startsWith(`| ${name}`))
}
