import type { Link, Nodes, Parent } from 'mdast'
import type { DataPath } from '../../load/locate.js'
import { bodyLocator } from '../../prose/body-locator.js'
import type { PolicyModel } from '../../resolve/model.js'
import { onlyShowsTo, sectionShownIn } from '../variant-facts.js'
import { defineRule } from '../rule.js'

/** What `policyc build` writes in a policy's folder, and at the site's root (README, "Build the site"). */
const POLICY_FILES = new Set(['', 'index.html', 'index.md', 'policy.jsonld', 'policy.json', 'coverage', 'versions', 'changes', 'changes.xml', 'versions.json', 'exports', 'consent.json'])
const ROOT_FILES = new Set(['', 'index.html', 'regions.json', 'sitemap.xml', '404.html', 'assets'])

/**
 * A link to `#id` that is no section or entity of the policy, or that no page showing the link
 * has (the section is only on other regions' pages); or a relative link into the site to a path
 * the build does not write.
 */
export default defineRule({
  id: 'link-target-missing',
  severity: 'warning',
  description: 'A link to an in-page anchor, or to a path of the site, that does not exist on the page that shows it',
  docs: {
    why: 'A reader who follows "see How long we keep your data" and lands nowhere loses the disclosure the link promised. An anchor can exist in the policy and still be missing from a reader\'s page, when its section is shown only to other regions; the page then shows the link as plain text.',
    law: '— (editorial; GDPR Art 12(1) asks for information that is easily accessible)',
    fix: 'Link to a section id that the same readers see (`[text](#retention)`), name an entity with `:ref{id=…}`, or link to a page the site has (`../us-ca/` for another region\'s page).',
    bad: 'sections:\n  - id: intro\n    title: About\n    body: See [how long we keep data](#retension).',
    good: 'sections:\n  - id: intro\n    title: About\n    body: See [how long we keep data](#retention).\n  - id: retention\n    title: How long we keep data\n    body: ::table{of=retention}',
  },
  check({ model, report }) {
    const served = model.policy.regions
    const bodies: { key: string; path: DataPath; shownTo: readonly string[] }[] = model.policy.sections.map((s, i) => ({ key: s.id, path: ['sections', i, 'body'], shownTo: served.filter((r) => sectionShownIn(s, r, served)) }))
    if (model.policy.intro !== undefined) bodies.push({ key: '#intro', path: ['intro'], shownTo: served })
    for (const { key, path, shownTo } of bodies) {
      const tree = model.prose.get(key)?.tree
      if (!tree) continue
      const locate = bodyLocator(model.source, path)
      const walk = (node: Nodes, readers: readonly string[]) => {
        let reach = readers
        if (node.type === 'containerDirective' && node.name === 'only') reach = readers.filter((r) => onlyShowsTo(node.attributes?.regions, r))
        if (node.type === 'link') {
          const problem = problemOf(model, node, reach)
          if (problem) report({ path, at: locate(node.position?.start, node.position?.end), reason: problem, hint: 'Link to a section these readers see, use `:ref{id=…}` for an entity, or link to a page the site has.' })
        }
        if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes, reach)
      }
      walk(tree, shownTo)
    }
  },
})

function problemOf(model: PolicyModel, link: Link, readers: readonly string[]): string | undefined {
  const url = link.url
  if (url.startsWith('#')) {
    const id = decodeURIComponent(url.slice(1))
    if (model.entities.has(id)) return undefined
    const section = model.sections.get(id)?.section
    if (!section) return `Link to \`${url}\`, which is neither a section nor an entity of this policy`
    const served = model.policy.regions
    const without = readers.filter((r) => !sectionShownIn(section, r, served))
    if (without.length === 0) return undefined
    return `Link to \`${url}\`, but section \`${id}\` is not on the page of ${without.join(', ')}, which shows this link`
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined
  // A path inside the site: relative to a region page (dist/<policy>/<region>/), or from the root.
  const path = url.split(/[?#]/)[0]!
  const segments = path.split('/').filter((s) => s !== '.')
  const rooted = path.startsWith('/')
  const steps = segments.filter((s) => s === '..').length
  const rest = segments.filter((s) => s !== '..' && s !== '')
  const regions = new Set(model.policy.regions)
  const known = rooted
    ? ROOT_FILES.has(rest[0] ?? '') || (rest[0] === model.policy.id && (rest.length === 1 || POLICY_FILES.has(rest[1]!) || regions.has(rest[1]!)))
    : steps === 0
      ? POLICY_FILES.has(rest[0] ?? '')
      : steps === 1
        ? POLICY_FILES.has(rest[0] ?? '') || regions.has(rest[0]!)
        : steps === 2 && (ROOT_FILES.has(rest[0] ?? '') || rest[0] === model.policy.id)
  return known ? undefined : `Link to \`${url}\`, a path the site does not have`
}
