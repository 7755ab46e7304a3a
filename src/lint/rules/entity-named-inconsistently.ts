import type { Nodes, Parent } from 'mdast'
import type { Location } from '../../diagnostics/diagnostic.js'
import { bodyLocator } from '../../prose/body-locator.js'
import { defineRule } from '../rule.js'

/** A paragraph that speaks of logging in with another service's account. */
const SOCIAL_LOGIN = /\b(social (media |network )?(login|log in|log-in|sign[- ]in|account)s?|(sign up|log in|sign in)[^.]*\baccounts? (from|with|of)\b)/i

interface Mention {
  section: string
  at: Location
  names: Set<string>
}

/**
 * The same set of entities named differently in different places: one section names Facebook, X
 * and Google as the social-login providers, another only Google and Microsoft, while the data
 * lists all four. A reader cannot tell which services actually pass their profile on.
 */
export default defineRule({
  id: 'entity-named-inconsistently',
  severity: 'warning',
  description: 'Sections name different sets of the same kind of recipient (the social-login providers) than each other and the data',
  docs: {
    why: 'Which companies receive or pass on personal data must be stated the same way throughout: a notice that lists Facebook, X and Google as login providers in one section and only Google and Microsoft in another leaves the reader unable to know where their profile comes from, and at least one statement is false.',
    law: 'GDPR Art 5(1)(a), Art 12(1), Art 13(1)(e) and Art 14(1)(e), (2)(f) (recipients and sources, stated clearly); UK GDPR Art 13-14; 11 CCR §7011(e)(1)(B) (sources of personal information)',
    fix: 'Name the providers the data lists, the same way in every section (`:ref{id=…}` for each), or say "such as" once and link to the one section that lists them all; remove from the data any provider that is not offered.',
    bad: 'sections:\n  - id: collect\n    title: What we collect\n    body: If you log in with a social media account (Facebook or :ref{id=google}) …\n  - id: social\n    title: Social logins\n    body: You can sign up with accounts from :ref{id=google} and :ref{id=microsoft}.',
    good: 'sections:\n  - id: collect\n    title: What we collect\n    body: If you log in with a social media account (:ref{id=google} or :ref{id=microsoft}) …\n  - id: social\n    title: Social logins\n    body: You can sign up with accounts from :ref{id=google} and :ref{id=microsoft}.',
  },
  check({ model, report }) {
    // The providers the data lists: recipients that pass on a category collected from a social login.
    const fromSocialLogin = new Set(model.policy.categories.filter((c) => c.sources?.includes('social-login')).map((c) => c.id))
    const LOGIN = /\b(sign[- ]?in|log[- ]?in|login)\b/i
    const providers = (model.policy.recipients ?? []).filter(
      (r) => r.role === 'third-party' && (r.categories ?? []).some((id) => fromSocialLogin.has(id)) && LOGIN.test(`${r.name} ${r.description ?? ''}`),
    )
    if (providers.length < 2) return
    const ids = new Set(providers.map((r) => r.id))
    const nameOf = (id: string) => providers.find((r) => r.id === id)?.name ?? id
    const mentions: Mention[] = []
    model.policy.sections.forEach((section, index) => {
      const tree = model.prose.get(section.id)?.tree
      if (!tree) return
      const locate = bodyLocator(model.source, ['sections', index, 'body'])
      const visit = (node: Nodes) => {
        if (node.type === 'paragraph' || node.type === 'listItem') {
          const refs = new Set<string>()
          let words = ''
          const leaves = (n: Nodes) => {
            if (n.type === 'text') words += n.value
            if (n.type === 'textDirective' && n.name === 'ref' && ids.has(n.attributes?.id ?? '')) refs.add(n.attributes!.id!)
            if ('children' in n) for (const child of (n as Parent).children) leaves(child as Nodes)
          }
          leaves(node)
          if (refs.size > 0 && SOCIAL_LOGIN.test(words.replace(/\s+/g, ' '))) mentions.push({ section: section.id, at: locate(node.position?.start, node.position?.end), names: refs })
          return
        }
        if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes)
      }
      visit(tree)
    })
    if (mentions.length < 2) return
    const list = (names: Iterable<string>) => [...names].map(nameOf).join(', ')
    const differs = (a: Set<string>, b: Set<string>) => a.size !== b.size || [...a].some((id) => !b.has(id))
    const first = mentions[0]!
    const other = mentions.find((m) => differs(m.names, first.names))
    if (!other) return
    report({
      path: ['sections', model.policy.sections.findIndex((s) => s.id === first.section), 'body'],
      at: first.at,
      reason: `Section \`${first.section}\` names the social-login providers as ${list(first.names)}, but section \`${other.section}\` at line ${other.at.start.line} names ${list(other.names)}, and the data lists ${list(ids)}`,
      hint: 'Name the same providers everywhere, as the data lists them; drop from the data any provider that is not offered.',
    })
  },
})
